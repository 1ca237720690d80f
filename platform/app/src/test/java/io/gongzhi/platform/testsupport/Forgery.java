package io.gongzhi.platform.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and bends compact JWS tokens for the token tests: signed with a key of the test's own, with
 * {@code alg: none}, HMAC-signed with a public key as the secret, or a real token with its payload
 * changed after signing.
 */
public final class Forgery {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Forgery() {}

    public static String encode(JsonObject json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject decode(String part) {
        try (var r = Json.createReader(
                new StringReader(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }

    /** Header and claims signed with {@code key} by the JCA algorithm (SHA256withRSA, ...). */
    public static String sign(JsonObject header, JsonObject claims, PrivateKey key, String jcaAlgorithm) {
        String input = encode(header) + "." + encode(claims);
        try {
            Signature s = Signature.getInstance(jcaAlgorithm);
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a real token under {@code alg: none} with no signature. */
    public static String unsigned(String token) {
        String[] p = token.split("\\.");
        JsonObject header = with(decode(p[0]), "alg", "none");
        return encode(header) + "." + p[1] + ".";
    }

    /** The claims of a real token re-signed with HS256 using {@code secret} (e.g. the realm's public key). */
    public static String hmac(String token, byte[] secret) {
        String[] p = token.split("\\.");
        String input = encode(with(decode(p[0]), "alg", "HS256")) + "." + p[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token whose payload has one claim changed, keeping the original signature. */
    public static String tampered(String token, String claim, String value) {
        String[] p = token.split("\\.");
        return p[0] + "." + encode(with(decode(p[1]), claim, value)) + "." + p[2];
    }

    /** A real token with its roles claim replaced, keeping the original signature. */
    public static String withRoles(String token, String... roles) {
        String[] p = token.split("\\.");
        JsonObjectBuilder b = Json.createObjectBuilder(decode(p[1]));
        b.add(
                "realm_access",
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder(java.util.List.of(roles))));
        return p[0] + "." + encode(b.build()) + "." + p[2];
    }

    private static JsonObject with(JsonObject o, String name, String value) {
        return Json.createObjectBuilder(o).add(name, value).build();
    }
}
