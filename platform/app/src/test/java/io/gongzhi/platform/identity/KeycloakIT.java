package io.gongzhi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.KeycloakAdmin;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Forgery;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.KeycloakServer;
import io.gongzhi.platform.testsupport.TestTenants;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in production mode against a real Keycloak (started once for the test run): realms
 * provisioned from the template, idempotently; the token matrix for a pair of tenants, every forged
 * or misplaced token refused with 401 and audited; a suspended tenant's tokens refused; and a key
 * rotation in a realm with no false refusal, the removed key refused within the cache lifetime.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    static final int JWKS_CACHE_SECONDS = 5;
    static final int SKEW_SECONDS = 2;
    static final String OPERATOR_REALM = "gongzhi-operator";
    static final String CLIENT = "harness";

    static KeycloakServer kc;
    static boolean prepared;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        kc = KeycloakServer.start();
        return Deployments.withKeycloak(
                kc,
                "alpha",
                "beta",
                "gongzhi.identity.keycloak.login-theme-prefix=gongzhi-",
                "gongzhi.identity.clock-skew-seconds=" + SKEW_SECONDS,
                "gongzhi.identity.jwks.cache-seconds=" + JWKS_CACHE_SECONDS,
                "gongzhi.identity.jwks.min-refresh-seconds=1");
    }

    /** Users and password-grant clients in the realms the platform provisioned at start. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        for (String realm : List.of("gov-alpha", "gov-beta")) {
            kc.passwordClient(realm, CLIENT, null);
            kc.user(realm, "wang", "pw-wang-1", "resident");
            kc.user(realm, "lihua", "pw-lihua-1", "district-admin");
        }
        kc.passwordClient(OPERATOR_REALM, CLIENT, null);
        kc.user(OPERATOR_REALM, "ops", "pw-ops-1", "operator");
        KeycloakAdmin.expect(
                kc.admin()
                        .send(
                                "POST",
                                "",
                                Json.createObjectBuilder()
                                        .add("realm", "stranger")
                                        .add("enabled", true)
                                        .build()),
                "create a realm no tenant uses");
        kc.passwordClient("stranger", CLIENT, null);
        kc.user("stranger", "wang", "pw-wang-1");
        prepared = true;
    }

    Http http() {
        return new Http(base);
    }

    String token(String tenant, String user) {
        prepare();
        return kc.token("gov-" + tenant, CLIENT, user, "pw-" + user + "-1");
    }

    Http operator() {
        prepare();
        return http().as(kc.token(OPERATOR_REALM, CLIENT, "ops", "pw-ops-1"));
    }

    @Test
    @Order(1)
    void realmsAreProvisionedFromTheTemplateAndProvisioningTwiceChangesNothing() {
        prepare();
        JsonObject realm = kc.admin().send("GET", "/gov-alpha", null).json().asJsonObject();
        assertEquals("gongzhi-alpha", realm.getString("loginTheme"), "the login theme is named after the tenant");
        assertTrue(realm.getBoolean("registrationAllowed"), "residents register themselves");
        JsonObject portal = kc.admin()
                .send("GET", "/gov-alpha/clients?clientId=portal", null)
                .json()
                .asJsonArray()
                .getJsonObject(0);
        assertTrue(portal.getBoolean("publicClient"));
        assertFalse(portal.getBoolean("directAccessGrantsEnabled"), "the portal signs in by code flow only");
        assertEquals("S256", portal.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertTrue(names("/gov-alpha/roles/default-roles-gov-alpha/composites").contains("resident"));
        JsonObject signIn = http().get("api/t/alpha").json().getJsonObject("identity");
        assertEquals(kc.url() + "/realms/gov-alpha", signIn.getString("issuer"), "the profile says where to sign in");
        assertEquals("portal", signIn.getString("client"));

        Map<String, Object> before = snapshot("gov-alpha");
        Http.Answer provisioned = operator().post("api/operator/tenants/alpha/provision", "");
        assertEquals(200, provisioned.status(), provisioned.body());
        JsonObject again = provisioned.json();
        assertFalse(again.getBoolean("created"));
        assertEquals(0, again.getJsonArray("changes").size(), "nothing to change: " + again);
        operator().post("api/operator/tenants/alpha/provision", "");
        assertEquals(before, snapshot("gov-alpha"), "provisioning twice leaves the realm as it was");

        String gamma = TestTenants.manifest("gamma", "active");
        Http.Answer created = operator()
                .post(
                        "api/operator/tenants",
                        Json.createObjectBuilder(asJson(gamma)).build().toString());
        assertEquals(201, created.status(), created.body());
        assertEquals(200, kc.admin().send("GET", "/gov-gamma", null).status(), "creating a tenant made its realm");
        JsonObject second =
                operator().post("api/operator/tenants/gamma/provision", "").json();
        assertFalse(second.getBoolean("created"));
        assertEquals(0, second.getJsonArray("changes").size(), second.toString());
    }

    @Test
    @Order(2)
    void theTokenMatrixForAPairOfTenants() throws Exception {
        assertEquals(
                200, http().as(token("alpha", "wang")).get("api/t/alpha/me").status(), "a valid token works");
        List<String> wrong = new ArrayList<>();
        wrong.addAll(refuseAll("alpha", "beta"));
        wrong.addAll(refuseAll("beta", "alpha"));
        assertEquals(List.of(), wrong);
    }

    /** Every kind of bad token on {@code target}'s API, made from {@code source}'s realm. */
    List<String> refuseAll(String source, String target) throws Exception {
        String realm = "gov-" + source;
        String valid = token(source, "wang");
        Map<String, String> bad = new LinkedHashMap<>();
        if (!source.equals(target)) {
            bad.put("a valid token of another tenant", valid);
        }
        String targetValid = token(target, "wang");
        bad.put("no audience", noAudienceToken("gov-" + target));
        bad.put("alg none", Forgery.unsigned(targetValid));
        String publicKey = kc.realmInfo("gov-" + target).getString("public_key");
        bad.put(
                "HS256 with the public key as text",
                Forgery.hmac(targetValid, publicKey.getBytes(StandardCharsets.US_ASCII)));
        bad.put(
                "HS256 with the public key's bytes",
                Forgery.hmac(targetValid, Base64.getDecoder().decode(publicKey)));
        bad.put("unknown issuer", kc.token("stranger", CLIENT, "wang", "pw-wang-1"));
        bad.put("the operator realm", kc.token(OPERATOR_REALM, CLIENT, "ops", "pw-ops-1"));
        bad.put("tampered name", Forgery.tampered(targetValid, "preferred_username", "lihua"));
        bad.put("tampered roles", Forgery.withRoles(targetValid, "district-admin"));
        bad.put("expired", expiredToken("gov-" + target));

        Http admin = http().as(token(target, "lihua"));
        int before = admin.get("api/t/" + target + "/audit?action=auth.refused&limit=500")
                .array()
                .size();
        List<String> wrong = new ArrayList<>();
        for (var e : bad.entrySet()) {
            Http.Answer a = http().as(e.getValue()).get("api/t/" + target + "/me");
            if (a.status() != 401) {
                wrong.add(e.getKey() + " from " + realm + " on " + target + ": " + a.status() + " " + a.body());
            }
        }
        int after = admin.get("api/t/" + target + "/audit?action=auth.refused&limit=500")
                .array()
                .size();
        if (after - before != bad.size()) {
            wrong.add(target + ": " + bad.size() + " refusals but " + (after - before) + " audited");
        }
        return wrong;
    }

    @Test
    @Order(3)
    void aSuspendedTenantsTokensAreRefusedAndTheOperatorAPIWantsTheOperator() {
        String resident = token("beta", "wang");
        assertEquals(401, http().get("api/operator/tenants").status());
        assertEquals(403, http().as(resident).get("api/operator/tenants").status(), "a tenant user is no operator");
        assertEquals(200, operator().get("api/operator/tenants").status());

        assertEquals(
                200, operator().post("api/operator/tenants/beta/suspend", "").status());
        Http.Answer refused = http().as(resident).get("api/t/beta/me");
        assertEquals(401, refused.status());
        assertEquals("urn:gongzhi:problem:tenant-suspended", refused.json().getString("type"));
        assertEquals(
                200, http().as(token("alpha", "wang")).get("api/t/alpha/me").status(), "alpha is untouched");
        assertEquals(
                200, operator().post("api/operator/tenants/beta/resume", "").status());
        assertEquals(200, http().as(resident).get("api/t/beta/me").status());
    }

    @Test
    @Order(4)
    void keyRotationWithoutFalseRefusalsAndTheRemovedKeyIsGoneWithinTheCacheLifetime() throws Exception {
        String old = token("alpha", "wang");
        String oldKid = Forgery.decode(old.split("\\.")[0]).getString("kid");
        String oldProvider =
                kc.admin().send("GET", "/gov-alpha/keys", null).json().asJsonObject().getJsonArray("keys").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(k -> oldKid.equals(k.getString("kid", null)))
                        .findFirst()
                        .orElseThrow()
                        .getString("providerId");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        TreeSet<String> kids = new TreeSet<>();
        Thread load = new Thread(() -> {
            while (running.get()) {
                String t = token("alpha", "wang");
                synchronized (kids) {
                    kids.add(Forgery.decode(t.split("\\.")[0]).getString("kid"));
                }
                Http.Answer a = http().as(t).get("api/t/alpha/me");
                calls.incrementAndGet();
                if (a.status() != 200) {
                    refusals.add(a.status() + " " + a.body());
                }
            }
        });
        load.start();
        Thread.sleep(1500);
        String realmId =
                kc.admin().send("GET", "/gov-alpha", null).json().asJsonObject().getString("id");
        JsonObject component = Json.createObjectBuilder()
                .add("name", "rotated")
                .add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId)
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("priority", Json.createArrayBuilder().add("1000"))
                                .add("keySize", Json.createArrayBuilder().add("2048"))
                                .add("algorithm", Json.createArrayBuilder().add("RS256")))
                .build();
        KeycloakAdmin.expect(kc.admin().send("POST", "/gov-alpha/components", component), "add a new signing key");
        Thread.sleep(3000);
        assertEquals(200, http().as(old).get("api/t/alpha/me").status(), "the old key is still published");

        KeycloakAdmin.expect(
                kc.admin().send("DELETE", "/gov-alpha/components/" + oldProvider, null), "remove the old key");
        Instant removed = Instant.now();
        Duration gone = null;
        while (Duration.between(removed, Instant.now()).toSeconds() < JWKS_CACHE_SECONDS + 10) {
            if (http().as(old).get("api/t/alpha/me").status() == 401) {
                gone = Duration.between(removed, Instant.now());
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        running.set(false);
        load.join();
        System.out.println("key rotation: " + calls.get() + " calls with fresh tokens, " + refusals.size()
                + " refused; signing keys seen " + kids + "; old key refused " + gone + " after its removal");
        assertEquals(List.of(), refusals, "no false refusal while rotating (" + calls.get() + " calls)");
        assertTrue(calls.get() > 10, "the load ran: " + calls.get());
        assertTrue(kids.size() >= 2, "tokens were signed with the new key too: " + kids);
        assertNotEquals(null, gone, "the removed key was still accepted after " + (JWKS_CACHE_SECONDS + 10) + " s");
        assertTrue(
                gone.toMillis() <= (JWKS_CACHE_SECONDS + 2) * 1000L,
                "refused within the cache lifetime of " + JWKS_CACHE_SECONDS + " s (+ refresh): " + gone);
    }

    // ---------------------------------------------------------------------------------------------

    /** A token from a client whose default scopes lack the platform audience. */
    String noAudienceToken(String realm) {
        String client = "harness-noaud";
        if (kc.admin()
                .send("GET", "/" + realm + "/clients?clientId=" + client, null)
                .json()
                .asJsonArray()
                .isEmpty()) {
            kc.passwordClient(realm, client, null);
            String clientId = idOf("/" + realm + "/clients?clientId=" + client, "clientId", client);
            String scopeId = idOf("/" + realm + "/client-scopes", "name", "gongzhi-audience");
            KeycloakAdmin.expect(
                    kc.admin()
                            .send(
                                    "DELETE",
                                    "/" + realm + "/clients/" + clientId + "/default-client-scopes/" + scopeId,
                                    null),
                    "drop the audience scope");
        }
        String t = kc.token(realm, client, "wang", "pw-wang-1");
        JsonValue aud = Forgery.decode(t.split("\\.")[1]).get("aud");
        assertFalse(aud != null && aud.toString().contains("gongzhi"), "precondition: no platform audience: " + aud);
        return t;
    }

    /** A token whose one-second lifetime (and the allowed skew) has run out. */
    String expiredToken(String realm) throws InterruptedException {
        String client = "harness-short";
        if (kc.admin()
                .send("GET", "/" + realm + "/clients?clientId=" + client, null)
                .json()
                .asJsonArray()
                .isEmpty()) {
            kc.passwordClient(realm, client, "1");
        }
        String t = kc.token(realm, client, "wang", "pw-wang-1");
        long exp = Forgery.decode(t.split("\\.")[1]).getJsonNumber("exp").longValue();
        long wait = (exp + SKEW_SECONDS + 1) * 1000 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        return t;
    }

    String idOf(String path, String field, String value) {
        return kc.admin().send("GET", path, null).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> value.equals(o.getString(field, null)))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    TreeSet<String> names(String path) {
        TreeSet<String> out = new TreeSet<>();
        JsonArray a = kc.admin().send("GET", path, null).json().asJsonArray();
        a.forEach(
                v -> out.add(v.asJsonObject().getString("name", v.asJsonObject().getString("clientId", ""))));
        return out;
    }

    Map<String, Object> snapshot(String realm) {
        Map<String, Object> s = new LinkedHashMap<>();
        JsonObject r = kc.admin().send("GET", "/" + realm, null).json().asJsonObject();
        for (String k : List.of("displayName", "loginTheme", "registrationAllowed", "defaultLocale", "sslRequired")) {
            s.put(k, String.valueOf(r.get(k)));
        }
        s.put("roles", names("/" + realm + "/roles"));
        s.put("clients", names("/" + realm + "/clients"));
        s.put("scopes", names("/" + realm + "/client-scopes"));
        s.put("default scopes", names("/" + realm + "/default-default-client-scopes"));
        s.put("default roles", names("/" + realm + "/roles/default-roles-" + realm + "/composites"));
        String portal = idOf("/" + realm + "/clients?clientId=portal", "clientId", "portal");
        s.put("portal scopes", names("/" + realm + "/clients/" + portal + "/default-client-scopes"));
        s.put(
                "audience mappers",
                names("/" + realm + "/client-scopes/" + idOf("/" + realm + "/client-scopes", "name", "gongzhi-audience")
                        + "/protocol-mappers/models"));
        return s;
    }

    /** A test manifest (YAML) as the JSON the operator API takes. */
    static JsonObject asJson(String yaml) {
        Object doc = new org.yaml.snakeyaml.Yaml().load(yaml);
        return Json.createObjectBuilder(cast(doc)).build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    static String string(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : String.valueOf(v);
    }
}
