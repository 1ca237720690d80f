package io.gongzhi.platform.testsupport;

import io.gongzhi.platform.identity.control.KeycloakAdmin;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real Keycloak for the identity tests: the server from Maven Central (unpacked by the build into
 * {@code target/keycloak}), started once per test JVM in development mode on loopback ports of its
 * own with a fresh data directory, stopped when the JVM exits. Also the tests' helpers for the
 * admin API: users with passwords and roles, clients that allow the password grant.
 */
public final class KeycloakServer {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test";

    private static KeycloakServer instance;

    private final String url;
    private final Process process;
    private final KeycloakAdmin admin;
    private final Duration startup;

    private KeycloakServer(String url, Process process, Duration startup) {
        this.url = url;
        this.process = process;
        this.startup = startup;
        this.admin = new KeycloakAdmin(url, "master", "admin-cli", ADMIN, ADMIN_PASSWORD);
    }

    public static synchronized KeycloakServer start() {
        if (instance != null) {
            return instance;
        }
        String home = System.getProperty("keycloak.home");
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException(
                    "keycloak.home must name an unpacked Keycloak (run with mvn verify): " + home);
        }
        try {
            deleteTree(Path.of(home, "data"));
            int http = freePort();
            int management = freePort();
            Path log = Path.of("target", "keycloak.log").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(
                            Path.of(home, "bin", "kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + http,
                            "--http-management-port=" + management,
                            "--health-enabled=true")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Instant begin = Instant.now();
            Process p = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }));
            String url = "http://127.0.0.1:" + http;
            waitUntilUp(url, p, log);
            instance = new KeycloakServer(url, p, Duration.between(begin, Instant.now()));
            System.out.println(
                    "Keycloak ready at " + url + " in " + instance.startup.toMillis() + " ms, RSS " + rssMb(p) + " MB");
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    public KeycloakAdmin admin() {
        return admin;
    }

    /**
     * The platform's configuration lines ({@code key=value}) that let it administer this Keycloak
     * (and so provision the tenants' realms at start), followed by {@code more}.
     */
    public String[] platformSettings(String... more) {
        return Stream.concat(
                        Stream.of(
                                "gongzhi.identity.keycloak.url=" + url,
                                "gongzhi.identity.keycloak.admin-user=" + ADMIN,
                                "gongzhi.identity.keycloak.admin-password=" + ADMIN_PASSWORD),
                        Stream.of(more))
                .toArray(String[]::new);
    }

    /** A user with the names and email a password grant needs, and these realm roles. */
    public void user(String realm, String username, String password, String... roles) {
        JsonObject rep = Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@" + realm + ".test")
                .add("emailVerified", true)
                .add("firstName", "Test")
                .add("lastName", username)
                .add("enabled", true)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", password)
                                        .add("temporary", false)))
                .build();
        KeycloakAdmin.expect(admin.send("POST", "/" + realm + "/users", rep), "create user " + username);
        String id = ((JsonArray) admin.send("GET", "/" + realm + "/users?exact=true&username=" + username, null)
                        .json())
                .getJsonObject(0)
                .getString("id");
        var list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(KeycloakAdmin.expect(admin.send("GET", "/" + realm + "/roles/" + role, null), "role " + role)
                    .json());
        }
        KeycloakAdmin.expect(
                admin.send("POST", "/" + realm + "/users/" + id + "/role-mappings/realm", list.build()),
                "give " + username + " roles");
    }

    /** A public client that allows the password grant (tests only; the portal client does not). */
    public void passwordClient(String realm, String clientId, String lifespanSeconds) {
        var attributes = Json.createObjectBuilder();
        if (lifespanSeconds != null) {
            attributes.add("access.token.lifespan", lifespanSeconds);
        }
        JsonObject rep = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("publicClient", true)
                .add("directAccessGrantsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("attributes", attributes)
                .build();
        KeycloakAdmin.expect(admin.send("POST", "/" + realm + "/clients", rep), "create client " + clientId);
    }

    /** A realm's public information ({@code GET /realms/{realm}}), which includes its public key. */
    public JsonObject realmInfo(String realm) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/realms/" + realm))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token by the password grant. */
    public String token(String realm, String clientId, String username, String password) {
        KeycloakAdmin.Reply r = KeycloakAdmin.expect(
                admin.token(
                        realm,
                        KeycloakAdmin.form(
                                "grant_type", "password",
                                "client_id", clientId,
                                "username", username,
                                "password", password,
                                "scope", "openid")),
                "password grant for " + username + "@" + realm);
        return r.json().asJsonObject().getString("access_token");
    }

    private static void waitUntilUp(String url, Process p, Path log) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(URI.create(url + "/realms/master"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not up within 4 minutes; see " + log);
    }

    private static long rssMb(Process p) {
        long kb = Stream.concat(Stream.of(p.toHandle()), p.descendants())
                .mapToLong(h -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(h.pid()), "status")).stream()
                                .filter(l -> l.startsWith("VmRSS:"))
                                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                                .sum();
                    } catch (IOException e) {
                        return 0;
                    }
                })
                .sum();
        return kb / 1024;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
