package io.gongzhi.platform.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A realm's keys fetched from its JWKS address and cached.
 *
 * <ul>
 *   <li>Within {@code lifetime} of the last successful fetch, keys come from the cache.
 *   <li>An unknown key id (the realm rotated) triggers a fetch, but at most one per {@code
 *       minInterval}, so a flood of tokens with invented key ids cannot flood the identity server.
 *       A lookup that comes within the interval after a fetch waits for the interval to end and
 *       then fetches (unless another lookup fetched meanwhile), so a key that appears right after
 *       a fetch is still found: rotation causes no false refusals.
 *   <li>After {@code lifetime} the next lookup fetches again: a key the realm removed stops being
 *       accepted then.
 *   <li>When a fetch fails (identity server unreachable), cached keys keep working and anything else
 *       is refused: the source fails closed.
 * </ul>
 *
 * Thread-safe; fetches are serialised so concurrent misses cause one request.
 */
public final class RemoteJwks implements KeySource {

    private static final Logger LOG = Logger.getLogger(RemoteJwks.class.getName());

    private final URI address;
    private final HttpClient http;
    private final Duration lifetime;
    private final Duration minInterval;
    private final Clock clock;
    private final Sleeper sleeper;

    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetchedAt = Instant.EPOCH;
    private volatile Instant attemptedAt = Instant.EPOCH;
    private volatile int fetches;

    /** How a lookup waits for the refresh interval to end (real time, or a test's clock). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public RemoteJwks(URI address, HttpClient http, Duration lifetime, Duration minInterval, Clock clock) {
        this(address, http, lifetime, minInterval, clock, d -> Thread.sleep(d.toMillis()));
    }

    public RemoteJwks(
            URI address, HttpClient http, Duration lifetime, Duration minInterval, Clock clock, Sleeper sleeper) {
        this.address = address;
        this.http = http;
        this.lifetime = lifetime;
        this.minInterval = minInterval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Optional<PublicKey> find(String keyId) {
        Instant start = clock.instant();
        if (start.isAfter(fetchedAt.plus(lifetime))) {
            refresh(start, false);
        }
        PublicKey key = keys.get(keyId);
        if (key == null) {
            refresh(start, true);
            key = keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    /** How many fetches were attempted; for tests and metrics. */
    public int fetches() {
        return fetches;
    }

    private synchronized void refresh(Instant start, boolean unknownKey) {
        if (attemptedAt.isAfter(start)) {
            return; // another lookup fetched after this one began: its answer is as fresh as ours
        }
        if (!unknownKey && !start.isAfter(fetchedAt.plus(lifetime))) {
            return;
        }
        Instant now = clock.instant();
        Instant allowed = attemptedAt.plus(minInterval);
        if (now.isBefore(allowed)) {
            try {
                sleeper.sleep(Duration.between(now, allowed));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            now = clock.instant();
        }
        attemptedAt = now;
        fetches++;
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(address)
                            .timeout(Duration.ofSeconds(5))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                LOG.warning("keys of " + address + " not refreshed: HTTP " + r.statusCode());
                expireIfStale(now);
                return;
            }
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                keys = Map.copyOf(Jwks.read(reader.readObject()));
            }
            fetchedAt = now;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning("keys of " + address + " not refreshed: " + e);
            expireIfStale(now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Cached keys outlive a failed refresh (the identity server may be restarting) but not forever:
     * after ten lifetimes without a successful fetch they are dropped and every token is refused.
     */
    private void expireIfStale(Instant now) {
        if (now.isAfter(fetchedAt.plus(lifetime.multipliedBy(10)))) {
            keys = Map.of();
        }
    }
}
