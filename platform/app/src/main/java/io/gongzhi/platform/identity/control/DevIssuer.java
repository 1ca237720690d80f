package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.runtime.Ids;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The development issuer: signs RS256 tokens with a key generated at start (so tokens die with the
 * process) for the demo users, in exactly the shape Keycloak issues them ({@code iss} the realm's
 * address, {@code aud} the platform, roles under {@code realm_access.roles}), so everything behind
 * it is the same code path as production. Only ever active in development mode.
 */
public final class DevIssuer implements KeySource {

    /** The demo users of every tenant realm: one per tenant role, named after it. */
    public static final List<String> TENANT_USERS =
            Role.tenantRoles().stream().map(Role::realmName).toList();

    public static final String OPERATOR_USER = "operator";

    private static final Duration LIFETIME = Duration.ofHours(8);

    private final KeyPair keys;
    private final String keyId;
    private final String audience;
    private final Clock clock;

    public DevIssuer(String audience, Clock clock) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.keyId = "dev-" + Ids.uuid();
        this.audience = audience;
        this.clock = clock;
    }

    @Override
    public Optional<PublicKey> find(String kid) {
        return keyId.equals(kid) ? Optional.of(keys.getPublic()) : Optional.empty();
    }

    public JsonObject jwks() {
        return Jwks.write(keyId, (RSAPublicKey) keys.getPublic());
    }

    /** The stable subject id of a demo user: the same on every start, different per realm. */
    public static String subject(String realm, String user) {
        return UUID.nameUUIDFromBytes((realm + "/" + user).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A signed access token for {@code user} of {@code realm} with these realm roles. */
    public String issue(String issuer, String realm, String user, List<String> realmRoles) {
        Instant now = clock.instant();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        realmRoles.forEach(roles::add);
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject(realm, user))
                .add("aud", Json.createArrayBuilder().add(audience))
                .add("azp", "portal")
                .add("typ", "Bearer")
                .add("iat", now.getEpochSecond())
                .add("nbf", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", Ids.newId())
                .add("preferred_username", user)
                .add("name", user)
                .add("realm_access", Json.createObjectBuilder().add("roles", roles))
                .build();
        JsonObject header = Json.createObjectBuilder()
                .add("alg", "RS256")
                .add("typ", "JWT")
                .add("kid", keyId)
                .build();
        return sign(header, claims);
    }

    private String sign(JsonObject header, JsonObject claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
