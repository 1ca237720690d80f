package io.gongzhi.platform.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.TestDatabases;
import io.gongzhi.platform.testsupport.TestTenants;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A acting on tenant B's notices through the HTTP API of the deployed platform: both hold a
 * notice with the same code, B has one A has not. Every read, list, update and delete as A sees or
 * changes 0 of B's rows.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIsolationIT {

    static final String A = "api/t/alpha/notices";
    static final String B = "api/t/beta/notices";

    @ArquillianResource
    URL base;

    Http alpha;
    Http beta;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(
                TestDatabases.freshPostgres(2),
                TestTenants.demoPlus(TestTenants.manifest("alpha", "active"), TestTenants.manifest("beta", "active")),
                "development");
    }

    @BeforeEach
    void sameCodesInBothTenants() {
        alpha = new Http(base).asDemo("alpha", "district-admin");
        beta = new Http(base).asDemo("beta", "district-admin");
        for (Http h : new Http[] {alpha, beta}) {
            String t = h == alpha ? A : B;
            for (var n : h.get(t).array()) {
                assertEquals(
                        204,
                        h.delete(t + "/" + n.asJsonObject().getString("code")).status());
            }
        }
        assertEquals(201, alpha.post(A, notice("SAME-1", "alpha's")).status());
        assertEquals(201, beta.post(B, notice("SAME-1", "beta's")).status());
        assertEquals(201, beta.post(B, notice("BETA-ONLY", "beta's only")).status());
    }

    @Test
    void readsAndListsSeeOnlyTheirTenant() {
        assertEquals("alpha's", alpha.get(A + "/SAME-1").json().getString("title"));
        assertEquals(1, alpha.get(A).array().size());
        assertEquals(404, alpha.get(A + "/BETA-ONLY").status());
        assertEquals(2, beta.get(B).array().size());
    }

    @Test
    void updatesAsAlphaNeverChangeBeta() {
        long v = alpha.get(A + "/SAME-1").json().getJsonNumber("version").longValue();
        Http.Answer changed = alpha.put(A + "/SAME-1", notice("SAME-1", "alpha's, revised", v));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                404,
                alpha.put(A + "/BETA-ONLY", notice("BETA-ONLY", "hijack", 1L)).status());
        assertEquals("beta's", beta.get(B + "/SAME-1").json().getString("title"));
        assertEquals("beta's only", beta.get(B + "/BETA-ONLY").json().getString("title"));
    }

    @Test
    void deletesAsAlphaNeverRemoveBeta() {
        assertEquals(404, alpha.delete(A + "/BETA-ONLY").status());
        assertEquals(204, alpha.delete(A + "/SAME-1").status());
        assertEquals(404, alpha.get(A + "/SAME-1").status());
        assertEquals(2, beta.get(B).array().size());
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        JsonObject n = alpha.get(A + "/SAME-1").json();
        long v = n.getJsonNumber("version").longValue();
        assertEquals(200, alpha.put(A + "/SAME-1", notice("SAME-1", "first", v)).status());
        Http.Answer stale = alpha.put(A + "/SAME-1", notice("SAME-1", "second", v));
        assertEquals(409, stale.status());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals("first", alpha.get(A + "/SAME-1").json().getString("title"));
    }

    @Test
    void alphasTokenOnBetasNoticesIsRefusedAndChangesNothing() {
        String alphaToken = new Http(base).devToken("alpha", "district-admin");
        Http crossing = new Http(base).as(alphaToken);
        assertEquals(401, crossing.post(B, notice("FROM-ALPHA", "planted")).status());
        assertEquals(401, crossing.delete(B + "/BETA-ONLY").status());
        assertEquals(
                401, crossing.put(B + "/SAME-1", notice("SAME-1", "hijack", 0L)).status());
        assertEquals(401, crossing.get("api/t/beta/me").status());
        assertEquals(2, beta.get(B).array().size());
        assertEquals("beta's", beta.get(B + "/SAME-1").json().getString("title"));
        var refused = beta.as(new Http(base).devToken("beta", "district-admin"))
                .get("api/t/beta/audit?action=auth.refused")
                .array();
        assertTrue(refused.size() >= 4, "every refusal is in beta's audit trail: " + refused);
    }

    @Test
    void aDuplicateCodeInTheSameTenantIs409() {
        Http.Answer dup = alpha.post(A, notice("SAME-1", "again"));
        assertEquals(409, dup.status());
        assertEquals("urn:gongzhi:problem:duplicate-code", dup.json().getString("type"));
    }

    static String notice(String code, String title) {
        return notice(code, title, null);
    }

    static String notice(String code, String title, Long version) {
        return "{\"code\":\"" + code + "\",\"kind\":\"FINANCE\",\"title\":\"" + title
                + "\",\"body\":\"2026年第三季度财务收支公开\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
