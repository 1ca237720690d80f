package io.gongzhi.platform.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: real requests against the deployed platform. */
public final class Http {

    /**
     * HTTP/1.1 as browsers speak it over cleartext. (The JDK client otherwise upgrades to h2c, and
     * Payara Micro 6.2025.10 over h2c leaves a request hanging for 30 s when it answers 413 before
     * reading the body: measured, see the identity issue's note.)
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String bearer;

    public Http(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null);
    }

    private Http(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same client sending {@code token} as its bearer token on every request. */
    public Http as(String token) {
        return new Http(base, token);
    }

    /** A demo user's token from the development issuer ({@code POST /dev/token}). */
    public String devToken(String realm, String user) {
        Answer a = new Http(base, null).post("dev/token", "{\"realm\": \"" + realm + "\", \"user\": \"" + user + "\"}");
        if (a.status() != 200) {
            throw new IllegalStateException(
                    "no dev token for " + user + "@" + realm + ": " + a.status() + " " + a.body());
        }
        return a.json().getString("access_token");
    }

    /** This client signed in as a demo user of the development issuer. */
    public Http asDemo(String realm, String user) {
        return as(devToken(realm, user));
    }

    /** A response with its body as text. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    public Answer post(String path, String json, String... headers) {
        return send(json(path, headers).POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public Answer put(String path, String json, String... headers) {
        return send(json(path, headers).PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public Answer delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), headers);
    }

    public Answer send(HttpRequest.Builder request, String... headers) {
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r =
                    CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET of a binary body (a workbook, a photo): the status and the bytes. */
    public HttpResponse<byte[]> bytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder json(String path, String... headers) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
    }

    /**
     * GET with a chosen Host header, over a plain socket: the JDK client will not send a Host that
     * differs from the URI's. Returns the status and the body.
     */
    public Answer getWithHost(String path, String host) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + base.resolve(path).getRawPath() + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
            String body = response.substring(split + 4);
            if (head.contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            String type = head.lines()
                    .filter(l -> l.startsWith("content-type:"))
                    .map(l -> l.substring(13).trim())
                    .findFirst()
                    .orElse("");
            return new Answer(status, type, body, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = chunked.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOfCrlf(bytes, i);
            int size = Integer.parseInt(
                    new String(bytes, i, lineEnd - i, java.nio.charset.StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, lineEnd + 2, size, java.nio.charset.StandardCharsets.UTF_8));
            i = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return b.length;
    }

    public URI base() {
        return base;
    }
}
