package io.gongzhi.platform.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * JSON Web Key Sets (RFC 7517): reading a realm's published keys and writing the development
 * issuer's. Only signature keys of type RSA and EC P-256 are read; others are skipped.
 */
public final class Jwks {

    private static final Logger LOG = Logger.getLogger(Jwks.class.getName());

    private Jwks() {}

    /** The signature keys of a JWKS document, by key id. */
    public static Map<String, PublicKey> read(JsonObject jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        if (!(jwks.get("keys") instanceof jakarta.json.JsonArray list)) {
            return keys;
        }
        for (JsonValue v : list) {
            if (!(v instanceof JsonObject k) || !(k.get("kid") instanceof JsonString kid)) {
                continue;
            }
            if (!"sig".equals(k.getString("use", "sig"))) {
                continue;
            }
            try {
                switch (k.getString("kty", "")) {
                    case "RSA" -> keys.put(kid.getString(), rsa(k));
                    case "EC" -> {
                        if ("P-256".equals(k.getString("crv", ""))) {
                            keys.put(kid.getString(), ec(k));
                        }
                    }
                    default -> {
                        // not a key type the platform verifies with
                    }
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                LOG.warning("skipped unreadable key " + kid.getString() + ": " + e);
            }
        }
        return keys;
    }

    /** A JWKS document publishing one RSA key. */
    public static JsonObject write(String keyId, RSAPublicKey key) {
        JsonObjectBuilder k = Json.createObjectBuilder()
                .add("kid", keyId)
                .add("kty", "RSA")
                .add("alg", "RS256")
                .add("use", "sig")
                .add("n", b64(key.getModulus()))
                .add("e", b64(key.getPublicExponent()));
        return Json.createObjectBuilder()
                .add("keys", Json.createArrayBuilder().add(k))
                .build();
    }

    private static PublicKey rsa(JsonObject k) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(k, "n"), number(k, "e")));
    }

    private static PublicKey ec(JsonObject k) throws GeneralSecurityException {
        AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
        p.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(new ECPoint(number(k, "x"), number(k, "y")), spec));
    }

    private static BigInteger number(JsonObject k, String name) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(k.getString(name)));
    }

    static String b64(BigInteger n) {
        byte[] bytes = n.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
