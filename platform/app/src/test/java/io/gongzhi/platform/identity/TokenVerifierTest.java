package io.gongzhi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.KeySource;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.TokenRefusedException;
import io.gongzhi.platform.identity.control.TokenVerifier;
import io.gongzhi.platform.testsupport.Forgery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every check of the verifier, with keys and tokens made here. */
class TokenVerifierTest {

    static final String ISS = "https://id.example/realms/gov-a";
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    final KeyPair rsa = generate("RSA", null);
    final KeyPair ec = generate("EC", "secp256r1");
    final KeyPair stranger = generate("RSA", null);
    final KeySource keys =
            kid -> Optional.ofNullable(Map.<String, PublicKey>of("r1", rsa.getPublic(), "e1", ec.getPublic())
                    .get(kid));
    final TokenVerifier verifier =
            new TokenVerifier("gongzhi", Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aValidRs256TokenGivesTheIdentityAndItsPlatformRoles() {
        Identity id = verify(rs256(claims()));
        assertEquals("u-1", id.subject());
        assertEquals("wang", id.username());
        assertEquals(Set.of(Role.GRID_WORKER, Role.RESIDENT), id.roles(), "unknown realm roles are ignored");
    }

    @Test
    void aValidEs256TokenIsAccepted() {
        String token =
                Forgery.sign(header("ES256", "e1"), claims().build(), ec.getPrivate(), "SHA256withECDSAinP1363Format");
        assertEquals("u-1", verify(token).subject());
    }

    @Test
    void theOperatorRoleCountsOnlyInTheOperatorRealm() {
        JsonObject c =
                claims().add("realm_access", roles("operator", "resident")).build();
        assertEquals(Set.of(Role.RESIDENT), verify(rs256(c)).roles());
        assertEquals(
                Set.of(Role.OPERATOR),
                verifier.verify(rs256(c), "ops", ISS, keys, true).roles());
    }

    @Test
    void forgedAndBrokenTokensAreRefusedEachForItsReason() {
        String good = rs256(claims());
        assertRefused("algorithm", Forgery.unsigned(good));
        assertRefused("algorithm", Forgery.hmac(good, rsa.getPublic().getEncoded()));
        assertRefused("signature", Forgery.tampered(good, "sub", "someone-else"));
        assertRefused("signature", Forgery.withRoles(good, "district-admin"));
        assertRefused(
                "signature",
                Forgery.sign(header("RS256", "r1"), claims().build(), stranger.getPrivate(), "SHA256withRSA"));
        assertRefused("key", Forgery.sign(header("RS256", "r9"), claims().build(), rsa.getPrivate(), "SHA256withRSA"));
        assertRefused(
                "key",
                Forgery.sign(header("ES256", "r1"), claims().build(), ec.getPrivate(), "SHA256withECDSAinP1363Format"));
        assertRefused("issuer", rs256(claims().add("iss", "https://id.example/realms/gov-b")));
        assertRefused("audience", rs256(claims().remove("aud")));
        assertRefused("audience", rs256(claims().add("aud", "account")));
        assertRefused("expired", rs256(claims().add("exp", NOW.minusSeconds(31).getEpochSecond())));
        assertRefused("expired", rs256(claims().remove("exp")));
        assertRefused(
                "not-yet-valid", rs256(claims().add("nbf", NOW.plusSeconds(31).getEpochSecond())));
        assertRefused("subject", rs256(claims().remove("sub")));
        assertRefused("malformed", "a.b");
        assertRefused("malformed", "!!.??.**");
        assertRefused("malformed", "x".repeat(20_000));
    }

    @Test
    void clockSkewWithinTheAllowanceIsTolerated() {
        verify(rs256(claims().add("exp", NOW.minusSeconds(29).getEpochSecond())));
        verify(rs256(claims().add("nbf", NOW.plusSeconds(29).getEpochSecond())));
    }

    @Test
    void aStringAudienceCountsLikeAList() {
        verify(rs256(claims().add("aud", "gongzhi")));
    }

    private Identity verify(String token) {
        return verifier.verify(token, "gov-a", ISS, keys, false);
    }

    private void assertRefused(String reason, String token) {
        TokenRefusedException e = assertThrows(TokenRefusedException.class, () -> verify(token));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private String rs256(JsonObjectBuilder claims) {
        return rs256(claims.build());
    }

    private String rs256(JsonObject claims) {
        return Forgery.sign(header("RS256", "r1"), claims, rsa.getPrivate(), "SHA256withRSA");
    }

    static JsonObject header(String alg, String kid) {
        return Json.createObjectBuilder()
                .add("alg", alg)
                .add("typ", "JWT")
                .add("kid", kid)
                .build();
    }

    static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISS)
                .add("sub", "u-1")
                .add("aud", Json.createArrayBuilder().add("account").add("gongzhi"))
                .add("exp", NOW.plusSeconds(300).getEpochSecond())
                .add("iat", NOW.getEpochSecond())
                .add("preferred_username", "wang")
                .add("realm_access", roles("grid-worker", "resident", "offline_access"));
    }

    static JsonObjectBuilder roles(String... names) {
        return Json.createObjectBuilder().add("roles", Json.createArrayBuilder(java.util.List.of(names)));
    }

    static KeyPair generate(String algorithm, String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                g.initialize(new ECGenParameterSpec(curve));
            } else {
                g.initialize(2048);
            }
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
