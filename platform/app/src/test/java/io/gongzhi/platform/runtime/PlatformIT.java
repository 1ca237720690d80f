package io.gongzhi.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.TestDatabases;
import io.gongzhi.platform.testsupport.TestTenants;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged WAR on Payara Micro against PostgreSQL: the public contract (health, metrics,
 * OpenAPI, tenant profiles, host resolution) and the error contract (problem+json, no stack
 * traces, 400/413 for bad input).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(
                TestDatabases.freshPostgres(4),
                TestTenants.demoPlus(TestTenants.manifest("dormant", "suspended")),
                "development");
    }

    Http http() {
        return new Http(base);
    }

    /** A district admin of the first demo tenant, who may write its notices. */
    Http admin() {
        return http().asDemo(TestTenants.demoIds().get(0), "district-admin");
    }

    @Test
    void readyLiveAndStartedAreUpWithTheDatabaseChecked() {
        Http.Answer ready = http().get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject db = ready.json().getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", db.getString("status"));
        assertEquals(200, http().get("health/live").status());
        assertEquals(200, http().get("health/started").status());
    }

    @Test
    void everyDemoTenantServesItsPublicProfile() {
        assertEquals(5, TestTenants.demoIds().size(), "five demo districts ship in tenants/");
        for (String id : TestTenants.demoIds()) {
            Http.Answer a = http().get("api/t/" + id);
            assertEquals(200, a.status(), id + ": " + a.body());
            JsonObject p = a.json();
            assertEquals(id, p.getString("id"));
            assertFalse(p.getJsonObject("names").getString("zh").isBlank());
            assertFalse(p.getJsonObject("names").getString("en").isBlank());
            assertFalse(p.getJsonObject("plugin").getString("id").isBlank());
            assertTrue(p.getJsonObject("branding").getString("primary").matches("#[0-9a-fA-F]{6}"));
        }
    }

    @Test
    void unknownAndSuspendedTenantsAre404ProblemsInTheAskedLanguage() {
        for (String id : new String[] {"atlantis", "dormant"}) {
            Http.Answer zh = http().get("api/t/" + id);
            assertEquals(404, zh.status());
            assertEquals("application/problem+json", zh.contentType());
            assertEquals(404, zh.json().getInt("status"));
            assertTrue(zh.json().getString("detail").contains("地区"), zh.body());
            Http.Answer en = http().get("api/t/" + id + "/notices", "Accept-Language", "en-US,en;q=0.9");
            assertEquals(404, en.status());
            assertEquals("application/problem+json", en.contentType());
            assertTrue(en.json().getString("detail").contains("no district"), en.body());
        }
    }

    @Test
    void thePortalHostNameResolvesItsTenant() {
        String id = TestTenants.demoIds().get(0);
        String host = http().get("api/t/" + id).json().getJsonArray("hosts").getString(0);
        Http.Answer site = http().getWithHost("api/site", host + ":8080");
        assertEquals(200, site.status(), site.body());
        assertEquals(id, site.json().getString("id"));
        Http.Answer none = http().getWithHost("api/site", "nobody.example");
        assertEquals(404, none.status());
        assertEquals("application/problem+json", none.contentType());
    }

    @Test
    void metricsAreInPrometheusTextAndOpenApiDescribesTheTenantApi() {
        String id = TestTenants.demoIds().get(0);
        assertEquals(200, http().get("api/t/" + id).status());
        assertEquals(404, http().get("api/t/atlantis").status());
        Http.Answer metrics = http().get("metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE "), "Prometheus exposition format");
        assertTrue(
                metrics.body()
                        .lines()
                        .anyMatch(l -> l.startsWith("gongzhi_api_requests_total{")
                                && l.contains("tenant=\"" + id + "\"")
                                && l.contains("status=\"2xx\"")),
                "requests counted per tenant");
        assertTrue(
                metrics.body().lines().noneMatch(l -> l.startsWith("gongzhi_api") && l.contains("atlantis")),
                "unknown tenant ids never become labels");
        Http.Answer openapi = http().get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/t/{tenant}"), openapi.body());
        for (String path :
                java.util.List.of("/units/import", "/residents/import", "/cases/{id}/{action}", "/calendar")) {
            assertTrue(openapi.body().contains(path), "the OpenAPI document describes " + path);
        }
    }

    @Test
    void badJsonWrongTypesAndWrongParametersAre400WithoutStackTraces() {
        String tenant = "api/t/" + TestTenants.demoIds().get(0) + "/notices";
        assertProblem(admin().post(tenant, "{\"code\": \"A-1\", \"title\": "), 400, "unreadable-body");
        assertProblem(
                admin().post(
                                tenant,
                                "{\"code\": \"A-1\", \"kind\": \"NOT-A-KIND\", \"title\": \"t\", \"body\": \"b\"}"),
                400,
                "unreadable-body");
        assertProblem(
                admin().post(
                                tenant,
                                "{\"code\": \"A-1\", \"kind\": \"FINANCE\", \"title\": \"t\", \"body\": \"b\", \"publishedAt\": 12}"),
                400,
                "unreadable-body");
        assertProblem(
                admin().post(tenant, "{\"code\": \"A-1\", \"kind\": \"FINANCE\", \"body\": \"b\"}"),
                400,
                "field-required");
        assertProblem(http().get(tenant + "?limit=many"), 400, "invalid-parameter");
        assertProblem(http().get(tenant + "?kind=SECRET"), 400, "invalid-parameter");
        assertProblem(
                admin().send(
                                http().json(tenant).POST(HttpRequest.BodyPublishers.ofString("x")),
                                "Content-Type",
                                "text/plain"),
                415,
                "unsupported-media-type");
        assertProblem(http().delete(tenant), 405, "method-not-allowed");
        assertProblem(http().get("api/no/such/thing"), 404, "no-such-resource");
    }

    @Test
    void oversizeBodiesAre413AndNothingIsStored() {
        String tenant = "api/t/" + TestTenants.demoIds().get(0) + "/notices";
        String big = "{\"code\": \"BIG-1\", \"kind\": \"AFFAIRS\", \"title\": \"big\", \"body\": \""
                + "字".repeat(40_000) + "\"}";
        assertProblem(admin().post(tenant, big), 413, "body-too-large");
        // chunked, no declared length: refused while reading
        HttpRequest.Builder chunked = http().json(tenant)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertProblem(admin().send(chunked), 413, "body-too-large");
        assertEquals(404, http().get(tenant + "/BIG-1").status());
    }

    private static void assertProblem(Http.Answer a, int status, String key) {
        assertEquals(status, a.status(), a.body());
        assertEquals("application/problem+json", a.contentType(), a.body());
        assertEquals("urn:gongzhi:problem:" + key, a.json().getString("type"), a.body());
        assertFalse(a.body().contains("Exception"), "no exception text reaches the client: " + a.body());
        assertFalse(a.body().contains("\tat ") || a.body().contains(".java:"), "no stack trace: " + a.body());
    }
}
