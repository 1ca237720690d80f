package io.gongzhi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.gongzhi.platform.identity.control.Jwks;
import io.gongzhi.platform.identity.control.RemoteJwks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JWKS cache against a real HTTP server on loopback: cached within its lifetime, refreshed on a
 * new key id (at most once per interval), a removed key gone after the lifetime, and fail-closed
 * when the server is away.
 */
class RemoteJwksTest {

    static final Duration LIFETIME = Duration.ofSeconds(300);
    static final Duration MIN_REFRESH = Duration.ofSeconds(10);

    HttpServer server;
    final Map<String, RSAPublicKey> published = new LinkedHashMap<>();
    final AtomicInteger served = new AtomicInteger();
    final MutableClock clock = new MutableClock();
    RemoteJwks jwks;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", ex -> {
            served.incrementAndGet();
            JsonArrayBuilder keys = Json.createArrayBuilder();
            synchronized (published) {
                published.forEach((kid, key) ->
                        keys.add(Jwks.write(kid, key).getJsonArray("keys").get(0)));
            }
            byte[] body = Json.createObjectBuilder()
                    .add("keys", keys)
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        jwks = new RemoteJwks(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"),
                HttpClient.newHttpClient(),
                LIFETIME,
                MIN_REFRESH,
                clock,
                clock::advance);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void knownKeysComeFromTheCacheWithinItsLifetime() {
        publish("k1");
        for (int i = 0; i < 100; i++) {
            assertTrue(jwks.find("k1").isPresent());
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, served.get(), "one fetch for 100 lookups within the lifetime");
    }

    @Test
    void inventedKeyIdsNeverCauseMoreThanOneFetchPerInterval() {
        publish("k1");
        jwks.find("k1");
        Instant begin = clock.instant();
        for (int i = 0; i < 50; i++) {
            assertFalse(jwks.find("invented-" + i).isPresent());
        }
        assertEquals(51, served.get());
        assertTrue(
                !clock.instant().isBefore(begin.plus(MIN_REFRESH.multipliedBy(50))),
                "50 fetches took at least 50 intervals: " + Duration.between(begin, clock.instant()));
    }

    @Test
    void aKeyThatAppearsRightAfterAFetchIsStillFound() {
        publish("k1");
        assertTrue(jwks.find("k1").isPresent());
        publish("k2");
        Instant before = clock.instant();
        assertTrue(jwks.find("k2").isPresent(), "the lookup waits out the interval and fetches");
        assertTrue(!clock.instant().isAfter(before.plus(MIN_REFRESH)), "it waited at most one interval");
    }

    @Test
    void aRotatedInKeyIsFoundAndARemovedKeyIsGoneAfterTheLifetime() {
        publish("k1");
        assertTrue(jwks.find("k1").isPresent());
        clock.advance(MIN_REFRESH.plusSeconds(1));
        publish("k2");
        assertTrue(jwks.find("k2").isPresent(), "the new key is fetched on first sight");
        unpublish("k1");
        clock.advance(LIFETIME.minusSeconds(60));
        assertTrue(jwks.find("k1").isPresent(), "still cached within the lifetime");
        clock.advance(Duration.ofSeconds(61));
        assertFalse(jwks.find("k1").isPresent(), "gone once the lifetime ran out");
        assertTrue(jwks.find("k2").isPresent());
    }

    @Test
    void withTheServerAwayCachedKeysServeAndEverythingElseIsRefused() {
        publish("k1");
        assertTrue(jwks.find("k1").isPresent());
        server.stop(0);
        clock.advance(LIFETIME.plusSeconds(1));
        assertTrue(jwks.find("k1").isPresent(), "a restart of the identity server does not sign everyone out");
        clock.advance(MIN_REFRESH.plusSeconds(1));
        assertFalse(jwks.find("k2").isPresent(), "nothing unknown is accepted while it is away");
        clock.advance(LIFETIME.multipliedBy(10));
        assertFalse(jwks.find("k1").isPresent(), "after ten lifetimes without an answer the cache is dropped");
    }

    @Test
    void neverReachedMeansNothingIsAccepted() {
        server.stop(0);
        assertFalse(jwks.find("k1").isPresent());
    }

    private void publish(String kid) {
        synchronized (published) {
            published.put(kid, (RSAPublicKey) rsa().getPublic());
        }
    }

    private void unpublish(String kid) {
        synchronized (published) {
            published.remove(kid);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
