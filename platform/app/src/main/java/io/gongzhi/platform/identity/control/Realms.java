package io.gongzhi.platform.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realms tokens come from: each tenant's own, and the operator realm. Knows each realm's issuer
 * address and keys for whichever issuer is in force, and verifies tokens against exactly one realm,
 * the one the request belongs to.
 */
@ApplicationScoped
public class Realms {

    @Inject
    IdentityConfig config;

    private final Map<String, RemoteJwks> remote = new ConcurrentHashMap<>();
    private volatile DevIssuer dev;
    /** Tokens verified before, per realm; bounded (a busy district's signed-in users fit). */
    static final int VERIFIED_TOKENS = 20_000;

    private volatile VerifiedTokens verifier;
    private volatile HttpClient http;

    /** Checks the configuration and prepares the issuer; called once at start-up. */
    public void start() {
        config.check();
        verifier = new VerifiedTokens(
                new TokenVerifier(config.audience(), config.skew(), Clock.systemUTC()),
                VERIFIED_TOKENS,
                config.skew(),
                Clock.systemUTC());
        if (config.devIssuer() && dev == null) {
            dev = new DevIssuer(config.audience(), Clock.systemUTC());
        }
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(3))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
    }

    /** The {@code iss} a token of this realm carries. */
    public String issuer(String realm) {
        return config.keycloakUrl()
                .map(base -> base + "/realms/" + realm)
                .orElseGet(() -> config.publicUrl() + "dev/realms/" + realm);
    }

    public String operatorRealm() {
        return config.operatorRealm();
    }

    /** Verifies a token for a tenant realm (operator roles are never taken from it). */
    public Identity verifyTenant(String token, String realm) {
        return verify(token, realm, false);
    }

    public Identity verifyOperator(String token) {
        return verify(token, config.operatorRealm(), true);
    }

    private Identity verify(String token, String realm, boolean operator) {
        VerifiedTokens v = verifier;
        if (v == null) {
            throw new TokenRefusedException("not-started", "identity not started");
        }
        return v.verify(token, realm, issuer(realm), keys(realm), operator);
    }

    private KeySource keys(String realm) {
        if (dev != null) {
            return dev;
        }
        return remote.computeIfAbsent(
                realm,
                r -> new RemoteJwks(
                        URI.create(issuer(r) + "/protocol/openid-connect/certs"),
                        http,
                        config.jwksLifetime(),
                        config.jwksMinRefresh(),
                        Clock.systemUTC()));
    }

    /** The development issuer, when it is in force. */
    public Optional<DevIssuer> devIssuer() {
        return Optional.ofNullable(dev);
    }

    HttpClient http() {
        return http;
    }
}
