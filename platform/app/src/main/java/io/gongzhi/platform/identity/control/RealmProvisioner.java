package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Provisions Keycloak realms from the platform's realm template, idempotently: every step looks
 * before it writes, so running it twice (or after a half-finished run) converges on the same realm.
 *
 * <p>A tenant realm gets: the tenant roles, {@code resident} as the default role of self-registered
 * users, a client scope that puts the platform in every token's audience (a default scope of every
 * client), the public {@code portal} client (authorization code with PKCE S256 only, redirects to
 * the tenant's hosts), self-registration, zh-CN and English, brute-force protection and, when a
 * prefix is configured, the login theme {@code <prefix><tenant id>}. The operator realm gets the
 * {@code operator} role and the {@code console} client, without self-registration.
 */
@ApplicationScoped
public class RealmProvisioner {

    public static final String PORTAL_CLIENT = "portal";
    public static final String CONSOLE_CLIENT = "console";
    static final String AUDIENCE_SCOPE = "gongzhi-audience";

    private static final Logger LOG = Logger.getLogger(RealmProvisioner.class.getName());

    @Inject
    IdentityConfig config;

    private volatile KeycloakAdmin admin;

    /** What one provisioning did. */
    public record Result(String realm, boolean created, List<String> changes) {}

    public boolean enabled() {
        return config.canProvision();
    }

    /** Names a tenant realm may not take. */
    public boolean reserved(String realm) {
        return realm.equals(config.operatorRealm()) || realm.equals(config.adminRealm());
    }

    public Result ensureTenant(Tenant t) {
        List<String> redirects = new ArrayList<>();
        t.hosts().forEach(h -> {
            redirects.add("https://" + h + "/*");
            redirects.add("http://" + h + ":*");
        });
        redirects.add(config.publicUrl() + "t/" + t.id() + "/*");
        JsonObjectBuilder realm = realmSettings(t.realm(), t.nameZh(), true);
        config.loginThemePrefix().ifPresent(p -> realm.add("loginTheme", p + t.id()));
        JsonObject settings = realm.build();
        List<String> roles = Role.tenantRoles().stream().map(Role::realmName).toList();
        return ensure(t.realm(), settings, roles, Optional.of(Role.RESIDENT.realmName()), PORTAL_CLIENT, redirects);
    }

    public Result ensureOperatorRealm() {
        JsonObject settings = realmSettings(config.operatorRealm(), "公治平台运维 Gongzhi operators", false)
                .build();
        return ensure(
                config.operatorRealm(),
                settings,
                List.of(Role.OPERATOR.realmName()),
                Optional.empty(),
                CONSOLE_CLIENT,
                List.of(config.publicUrl() + "operator/*"));
    }

    private Result ensure(
            String realm,
            JsonObject settings,
            List<String> roles,
            Optional<String> defaultRole,
            String clientId,
            List<String> redirects) {
        if (!enabled()) {
            throw new ProblemException(409, "provisioning-off");
        }
        KeycloakAdmin kc = admin();
        List<String> changes = new ArrayList<>();
        String r = "/" + realm;
        boolean created = kc.send("GET", r, null).status() == 404;
        if (created) {
            KeycloakAdmin.expect(kc.send("POST", "", settings), "create realm " + realm);
            changes.add("realm created");
        } else {
            KeycloakAdmin.expect(kc.send("PUT", r, settings), "update realm " + realm);
        }
        for (String role : roles) {
            if (kc.send("GET", r + "/roles/" + role, null).status() == 404) {
                KeycloakAdmin.expect(
                        kc.send(
                                "POST",
                                r + "/roles",
                                Json.createObjectBuilder().add("name", role).build()),
                        "create role " + role);
                changes.add("role " + role);
            }
        }
        String defaults = r + "/roles/default-roles-" + realm.toLowerCase(java.util.Locale.ROOT) + "/composites";
        defaultRole.filter(role -> findId(kc, defaults, "name", role).isEmpty()).ifPresent(role -> {
            JsonObject rep = KeycloakAdmin.expect(kc.send("GET", r + "/roles/" + role, null), "read role " + role)
                    .json()
                    .asJsonObject();
            KeycloakAdmin.expect(
                    kc.send("POST", defaults, Json.createArrayBuilder().add(rep).build()),
                    "make " + role + " a default role");
            changes.add("default role " + role);
        });
        String scopeId = ensureAudienceScope(kc, r, changes);
        ensureClient(kc, r, clientId, redirects, scopeId, changes);
        LOG.info(() -> "realm " + realm + (created ? " created" : " checked") + ": " + changes);
        return new Result(realm, created, changes);
    }

    private String ensureAudienceScope(KeycloakAdmin kc, String r, List<String> changes) {
        String id = findId(kc, r + "/client-scopes", "name", AUDIENCE_SCOPE).orElse(null);
        if (id == null) {
            JsonObject scope = Json.createObjectBuilder()
                    .add("name", AUDIENCE_SCOPE)
                    .add("protocol", "openid-connect")
                    .add("description", "Puts the Gongzhi platform in the token's audience")
                    .add("attributes", Json.createObjectBuilder().add("include.in.token.scope", "false"))
                    .build();
            KeycloakAdmin.expect(kc.send("POST", r + "/client-scopes", scope), "create client scope");
            id = findId(kc, r + "/client-scopes", "name", AUDIENCE_SCOPE).orElseThrow();
            changes.add("client scope " + AUDIENCE_SCOPE);
        }
        String mappers = r + "/client-scopes/" + id + "/protocol-mappers/models";
        if (findId(kc, mappers, "name", "platform audience").isEmpty()) {
            JsonObject mapper = Json.createObjectBuilder()
                    .add("name", "platform audience")
                    .add("protocol", "openid-connect")
                    .add("protocolMapper", "oidc-audience-mapper")
                    .add(
                            "config",
                            Json.createObjectBuilder()
                                    .add("included.custom.audience", config.audience())
                                    .add("access.token.claim", "true")
                                    .add("id.token.claim", "false"))
                    .build();
            KeycloakAdmin.expect(kc.send("POST", mappers, mapper), "create audience mapper");
            changes.add("audience mapper");
        }
        if (findId(kc, r + "/default-default-client-scopes", "name", AUDIENCE_SCOPE)
                .isEmpty()) {
            KeycloakAdmin.expect(
                    kc.send("PUT", r + "/default-default-client-scopes/" + id, null), "make audience scope a default");
            changes.add("audience scope a default");
        }
        return id;
    }

    private void ensureClient(
            KeycloakAdmin kc, String r, String clientId, List<String> redirects, String scopeId, List<String> changes) {
        JsonArrayBuilder uris = Json.createArrayBuilder();
        redirects.forEach(uris::add);
        JsonObject rep = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", clientId)
                .add("enabled", true)
                .add("publicClient", true)
                .add("standardFlowEnabled", true)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("serviceAccountsEnabled", false)
                .add("redirectUris", uris)
                .add("webOrigins", Json.createArrayBuilder().add("+"))
                .add(
                        "attributes",
                        Json.createObjectBuilder()
                                .add("pkce.code.challenge.method", "S256")
                                .add("post.logout.redirect.uris", "+"))
                .build();
        Optional<String> id = findId(kc, r + "/clients?clientId=" + clientId, "clientId", clientId);
        if (id.isEmpty()) {
            KeycloakAdmin.expect(kc.send("POST", r + "/clients", rep), "create client " + clientId);
            id = findId(kc, r + "/clients?clientId=" + clientId, "clientId", clientId);
            changes.add("client " + clientId);
        } else {
            KeycloakAdmin.expect(kc.send("PUT", r + "/clients/" + id.get(), rep), "update client " + clientId);
        }
        String scopes = r + "/clients/" + id.orElseThrow() + "/default-client-scopes";
        if (findId(kc, scopes, "id", scopeId).isEmpty()) {
            KeycloakAdmin.expect(
                    kc.send("PUT", scopes + "/" + scopeId, null), "give client " + clientId + " the audience scope");
            changes.add("client " + clientId + " audience scope");
        }
    }

    private static Optional<String> findId(KeycloakAdmin kc, String path, String field, String value) {
        JsonValue list =
                KeycloakAdmin.expect(kc.send("GET", path, null), "list " + path).json();
        if (!(list instanceof JsonArray a)) {
            return Optional.empty();
        }
        return a.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> value.equals(o.getString(field, null)))
                .map(o -> o.getString("id"))
                .findFirst();
    }

    private static JsonObjectBuilder realmSettings(String realm, String displayName, boolean registration) {
        return Json.createObjectBuilder()
                .add("realm", realm)
                .add("enabled", true)
                .add("displayName", displayName)
                .add("registrationAllowed", registration)
                .add("resetPasswordAllowed", true)
                .add("loginWithEmailAllowed", true)
                .add("duplicateEmailsAllowed", false)
                .add("bruteForceProtected", true)
                .add("sslRequired", "external")
                .add("internationalizationEnabled", true)
                .add("supportedLocales", Json.createArrayBuilder().add("zh-CN").add("en"))
                .add("defaultLocale", "zh-CN");
    }

    private KeycloakAdmin admin() {
        KeycloakAdmin a = admin;
        if (a == null) {
            a = new KeycloakAdmin(
                    config.keycloakUrl().orElseThrow(),
                    config.adminRealm(),
                    config.adminClient(),
                    config.adminUser(),
                    config.adminPassword());
            admin = a;
        }
        return a;
    }
}
