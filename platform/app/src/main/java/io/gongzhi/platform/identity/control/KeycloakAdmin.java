package io.gongzhi.platform.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A small client of Keycloak's admin REST API over the JDK's HTTP client (no Keycloak client
 * library: it would bring a second JAX-RS implementation into the application server). Signs in to
 * the admin realm with a password grant and keeps the token until shortly before it expires.
 * Thread-safe.
 */
public final class KeycloakAdmin {

    /** An answer of the admin API: status and body (JSON when there is one). */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonStructure json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }
    }

    private final String base;
    private final String adminRealm;
    private final String client;
    private final String user;
    private final String password;
    private final HttpClient http;

    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public KeycloakAdmin(String base, String adminRealm, String client, String user, String password) {
        this.base = base.replaceAll("/+$", "");
        this.adminRealm = adminRealm;
        this.client = client;
        this.user = user;
        this.password = password;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String base() {
        return base;
    }

    /** Sends {@code method} to {@code /admin/realms/...path} with an optional JSON body. */
    public Reply send(String method, String path, JsonValue body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/admin/realms" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return call(b.build());
    }

    /** Checks a reply; an {@link IllegalStateException} naming the call when it failed. */
    public static Reply expect(Reply r, String what) {
        if (!r.ok()) {
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + abbreviate(r.body()));
        }
        return r;
    }

    /** A form POST to a realm's token endpoint (for sign-in flows). */
    public Reply token(String realm, String form) {
        return call(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        Reply r = expect(
                token(
                        adminRealm,
                        form("grant_type", "password", "client_id", client, "username", user, "password", password)),
                "Keycloak admin sign-in to realm " + adminRealm);
        jakarta.json.JsonObject o = r.json().asJsonObject();
        token = o.getString("access_token");
        tokenExpires = Instant.now().plusSeconds(Math.max(5, o.getInt("expires_in", 60) - 15));
        return token;
    }

    private Reply call(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + base + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
