package io.gongzhi.platform.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A compact JWS, split and decoded but not yet trusted. Parsing is strict: exactly three parts,
 * base64url without padding, JSON objects in header and payload; anything else is refused as
 * {@code malformed}.
 */
public record Jwt(JsonObject header, JsonObject claims, byte[] signingInput, byte[] signature) {

    /** Tokens longer than this are refused before any decoding (a header is a few hundred bytes). */
    static final int MAX_LENGTH = 16 * 1024;

    /** One reader factory: {@code Json.createReader} looks the JSON-P provider up on every call. */
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    public static Jwt parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw new TokenRefusedException("malformed", "empty or oversized token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenRefusedException("malformed", parts.length + " parts");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            JsonObject header = object(b64.decode(parts[0]));
            JsonObject claims = object(b64.decode(parts[1]));
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return new Jwt(header, claims, input, b64.decode(parts[2]));
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new TokenRefusedException("malformed", e.getClass().getSimpleName());
        }
    }

    private static JsonObject object(byte[] json) {
        try (JsonReader r = READERS.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }

    public String algorithm() {
        return header.getString("alg", "");
    }

    public String keyId() {
        return header.getString("kid", "");
    }
}
