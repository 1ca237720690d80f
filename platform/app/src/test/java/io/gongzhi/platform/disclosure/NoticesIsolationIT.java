package io.gongzhi.platform.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(
                TestDatabases.freshPostgres(2),
                TestTenants.demoPlus(TestTenants.manifest("alpha", "active"), TestTenants.manifest("beta", "active")),
                "development");
    }

    @BeforeEach
    void sameCodesInBothTenants() {
        http = new Http(base);
        for (String t : new String[] {A, B}) {
            for (var n : http.get(t).array()) {
                http.delete(t + "/" + n.asJsonObject().getString("code"));
            }
        }
        assertEquals(201, http.post(A, notice("SAME-1", "alpha's")).status());
        assertEquals(201, http.post(B, notice("SAME-1", "beta's")).status());
        assertEquals(201, http.post(B, notice("BETA-ONLY", "beta's only")).status());
    }

    @Test
    void readsAndListsSeeOnlyTheirTenant() {
        assertEquals("alpha's", http.get(A + "/SAME-1").json().getString("title"));
        assertEquals(1, http.get(A).array().size());
        assertEquals(404, http.get(A + "/BETA-ONLY").status());
        assertEquals(2, http.get(B).array().size());
    }

    @Test
    void updatesAsAlphaNeverChangeBeta() {
        long v = http.get(A + "/SAME-1").json().getJsonNumber("version").longValue();
        Http.Answer changed = http.put(A + "/SAME-1", notice("SAME-1", "alpha's, revised", v));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                404,
                http.put(A + "/BETA-ONLY", notice("BETA-ONLY", "hijack", 1L)).status());
        assertEquals("beta's", http.get(B + "/SAME-1").json().getString("title"));
        assertEquals("beta's only", http.get(B + "/BETA-ONLY").json().getString("title"));
    }

    @Test
    void deletesAsAlphaNeverRemoveBeta() {
        assertEquals(404, http.delete(A + "/BETA-ONLY").status());
        assertEquals(204, http.delete(A + "/SAME-1").status());
        assertEquals(404, http.get(A + "/SAME-1").status());
        assertEquals(2, http.get(B).array().size());
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        JsonObject n = http.get(A + "/SAME-1").json();
        long v = n.getJsonNumber("version").longValue();
        assertEquals(200, http.put(A + "/SAME-1", notice("SAME-1", "first", v)).status());
        Http.Answer stale = http.put(A + "/SAME-1", notice("SAME-1", "second", v));
        assertEquals(409, stale.status());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals("first", http.get(A + "/SAME-1").json().getString("title"));
    }

    @Test
    void aDuplicateCodeInTheSameTenantIs409() {
        Http.Answer dup = http.post(A, notice("SAME-1", "again"));
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
