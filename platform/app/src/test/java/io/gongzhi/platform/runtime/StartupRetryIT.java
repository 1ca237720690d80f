package io.gongzhi.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform starts before its database exists: it is live but not ready, says why, answers API
 * calls with 503, and becomes ready by itself once the database is there, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class StartupRetryIT {

    static final DatabaseSettings LATER = TestDatabases.plannedPostgres(2);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(LATER, Deployments.tenantsDir(), "development");
    }

    @Test
    void becomesReadyWhenTheDatabaseArrives() throws Exception {
        Http http = new Http(base);
        assertEquals(200, http.get("health/live").status());
        Http.Answer notReady = http.get("health/ready");
        assertEquals(503, notReady.status());
        assertTrue(
                notReady.body().contains(TestDatabases.databaseName(LATER)),
                "the reason names the database: " + notReady.body());
        Http.Answer api = http.get("api/t/jianye/notices");
        assertEquals(503, api.status(), api.body());
        assertEquals("application/problem+json", api.contentType());

        TestDatabases.create(LATER);
        long deadline = System.nanoTime() + 60_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline
                && (status = http.get("health/ready").status()) != 200) {
            Thread.sleep(500);
        }
        assertEquals(200, status, "ready within a minute of the database appearing");
        assertEquals(200, http.get("api/t/jianye").status());
        assertEquals(200, http.get("health/started").status());
    }
}
