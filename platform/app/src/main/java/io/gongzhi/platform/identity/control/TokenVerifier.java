package io.gongzhi.platform.identity.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Verifies a bearer token for one realm. Checks, in order: the algorithm is RS256 or ES256 (the
 * header's {@code alg} picks the check, but only from these two, so {@code none} and HS* tokens are
 * refused whatever key they claim), the key id names a key the realm publishes and that key's type
 * fits the algorithm, the signature, the issuer equals the realm's, the audience names the
 * platform, and expiry and not-before hold within the allowed clock skew. Stateless and
 * thread-safe.
 */
public final class TokenVerifier {

    private final String audience;
    private final Duration skew;
    private final Clock clock;

    public TokenVerifier(String audience, Duration skew, Clock clock) {
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    /**
     * The verified identity; a {@link TokenRefusedException} for every failed check. Operator roles
     * are kept only when {@code operatorRealm} is true.
     */
    public Identity verify(String token, String realm, String issuer, KeySource keys, boolean operatorRealm) {
        Jwt jwt = Jwt.parse(token);
        String alg = jwt.algorithm();
        if (!alg.equals("RS256") && !alg.equals("ES256")) {
            throw new TokenRefusedException("algorithm", "alg " + alg + " not allowed");
        }
        PublicKey key = keys.find(jwt.keyId())
                .orElseThrow(() -> new TokenRefusedException("key", "no key " + jwt.keyId() + " in realm " + realm));
        checkSignature(jwt, alg, key);
        JsonObject c = jwt.claims();
        if (!issuer.equals(string(c, "iss"))) {
            throw new TokenRefusedException("issuer", "issuer " + string(c, "iss") + " is not " + issuer);
        }
        if (!audiences(c).contains(audience)) {
            throw new TokenRefusedException("audience", "audience " + c.get("aud") + " lacks " + audience);
        }
        Instant now = clock.instant();
        Instant exp = instant(c, "exp");
        if (exp == null || now.isAfter(exp.plus(skew))) {
            throw new TokenRefusedException("expired", "expired at " + exp);
        }
        Instant nbf = instant(c, "nbf");
        if (nbf != null && now.plus(skew).isBefore(nbf)) {
            throw new TokenRefusedException("not-yet-valid", "not before " + nbf);
        }
        String subject = string(c, "sub");
        if (subject == null || subject.isBlank()) {
            throw new TokenRefusedException("subject", "no subject");
        }
        String username = string(c, "preferred_username");
        String name = string(c, "name");
        return new Identity(
                realm,
                subject,
                username == null ? subject : username,
                name == null ? (username == null ? subject : username) : name,
                roles(c, operatorRealm),
                exp);
    }

    private static void checkSignature(Jwt jwt, String alg, PublicKey key) {
        boolean rsa = alg.equals("RS256");
        if (rsa ? !(key instanceof RSAPublicKey) : !(key instanceof ECPublicKey)) {
            throw new TokenRefusedException("key", "key " + jwt.keyId() + " does not fit " + alg);
        }
        try {
            Signature s = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSAinP1363Format");
            s.initVerify(key);
            s.update(jwt.signingInput());
            if (!s.verify(jwt.signature())) {
                throw new TokenRefusedException("signature", "signature does not match");
            }
        } catch (GeneralSecurityException e) {
            throw new TokenRefusedException("signature", e.getClass().getSimpleName());
        }
    }

    private static Set<Role> roles(JsonObject c, boolean operatorRealm) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        JsonValue access = c.get("realm_access");
        if (access instanceof JsonObject o && o.get("roles") instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonString s) {
                    Role.ofRealmName(s.getString()).ifPresent(out::add);
                }
            }
        }
        if (operatorRealm) {
            out.retainAll(Set.of(Role.OPERATOR));
        } else {
            out.remove(Role.OPERATOR);
        }
        return out;
    }

    private static Set<String> audiences(JsonObject c) {
        JsonValue aud = c.get("aud");
        if (aud instanceof JsonString s) {
            return Set.of(s.getString());
        }
        if (aud instanceof JsonArray a) {
            return a.stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .collect(java.util.stream.Collectors.toSet());
        }
        return Set.of();
    }

    private static String string(JsonObject c, String name) {
        return c.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Instant instant(JsonObject c, String name) {
        return c.get(name) instanceof jakarta.json.JsonNumber n ? Instant.ofEpochSecond(n.longValue()) : null;
    }
}
