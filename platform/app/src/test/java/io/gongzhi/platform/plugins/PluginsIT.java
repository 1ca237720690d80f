package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.TestPlugins;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin engine inside Payara Micro: the Shuangluan plugin built under plugins/ serves its
 * tenant, its state is in the readiness details, calls are metered per plugin and tenant, and the
 * operator installs, refuses and uninstalls jars at run time.
 */
@ExtendWith(ArquillianExtension.class)
class PluginsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void theShuangluanPluginServesItsTenantOnly() {
        Http http = new Http(base);
        Http.Answer model = http.get("api/t/shuangluan/model");
        assertEquals(200, model.status(), model.body());
        JsonObject m = model.json();
        assertEquals("shuangluan", m.getString("id"));
        assertTrue(m.getJsonArray("tiers").size() >= 3);
        Http.Answer other = http.get("api/t/jianye/model");
        assertEquals(404, other.status(), "jianye's own plugin is not installed, it never gets shuangluan's");
        assertEquals("application/problem+json", other.contentType());
    }

    @Test
    void pluginStatesAreInTheReadinessDetailsAndCallsAreMetered() {
        Http http = new Http(base);
        String category = http.get("api/t/shuangluan/model")
                .json()
                .getJsonArray("categories")
                .getJsonObject(0)
                .getString("code");
        assertEquals(
                200,
                http.asDemo("shuangluan", "resident")
                        .get("api/t/shuangluan/model/routing?category=" + category)
                        .status());
        Http.Answer ready = http.get("health/ready");
        assertTrue(ready.body().contains("\"plugins\"") && ready.body().contains("STARTED"), ready.body());
        String metrics = http.get("metrics").body();
        assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("gongzhi_plugin_calls_total{")
                                && l.contains("plugin=\"shuangluan\"")
                                && l.contains("tenant=\"shuangluan\"")),
                "plugin calls metered");
    }

    @Test
    void settingsAreValidatedBeforeSavingAndResolvedPerTenant() {
        Http http = new Http(base).asDemo("operator", "operator");
        String path = "api/operator/plugins/shuangluan/settings";
        Http.Answer bad = http.put(path + "/shuangluan", "{\"grid.patrols-per-day\": \"9\"}", "Accept-Language", "en");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().getString("detail").contains("a whole number from 1 to 6"), bad.body());
        assertEquals(204, http.put(path, "{\"grid.patrols-per-day\": \"3\"}").status());
        assertEquals(
                204,
                http.put(path + "/shuangluan", "{\"grid.patrols-per-day\": \"4\"}")
                        .status());
        assertEquals("4", http.get(path + "/shuangluan").json().getString("grid.patrols-per-day"));
        assertEquals(
                "3",
                http.get(path + "/jianye").json().getString("grid.patrols-per-day"),
                "shuangluan's override stays its own");
        assertEquals(
                404,
                http.put(path + "/atlantis", "{\"grid.patrols-per-day\": \"4\"}")
                        .status());
    }

    @Test
    void theOperatorInstallsRefusesAndUninstallsAtRunTime() throws Exception {
        Http http = new Http(base).asDemo("operator", "operator");
        Http anon = new Http(base);
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-jars-");
        Path jar = TestPlugins.build(dir, "jianye", "1.0.0", TestPlugins.Router.ANSWERS);
        Http.Answer installed = http.send(HttpRequest.newBuilder(http.base().resolve("api/operator/plugins"))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofFile(jar)));
        assertEquals(201, installed.status(), installed.body());
        assertEquals(200, anon.get("api/t/jianye/model").status(), "jianye is served by its plugin now");
        assertEquals(
                204,
                http.send(HttpRequest.newBuilder(http.base().resolve("api/operator/plugins/jianye/tenants/jianye"))
                                .DELETE())
                        .status());
        assertEquals(404, anon.get("api/t/jianye/model").status(), "disabled for jianye");
        assertEquals(
                204,
                http.send(HttpRequest.newBuilder(http.base().resolve("api/operator/plugins/jianye/tenants/jianye"))
                                .PUT(HttpRequest.BodyPublishers.noBody()))
                        .status());
        assertEquals(200, anon.get("api/t/jianye/model").status(), "enabled again");

        Http.Answer corrupt = http.send(HttpRequest.newBuilder(http.base().resolve("api/operator/plugins"))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofString("not a jar")));
        assertEquals(422, corrupt.status());
        assertEquals("urn:gongzhi:problem:plugin-refused", corrupt.json().getString("type"));

        Path future = TestPlugins.build(dir, "wuhan", "1.0.0", ">=2.0.0", TestPlugins.Router.ANSWERS, false);
        Http.Answer refused = http.send(HttpRequest.newBuilder(http.base().resolve("api/operator/plugins"))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofFile(future)));
        assertEquals(422, refused.status());
        assertTrue(refused.json().getString("detail").contains("SPI"), refused.body());

        assertEquals(204, http.delete("api/operator/plugins/jianye").status());
        assertEquals(404, anon.get("api/t/jianye/model").status());
        assertEquals(200, anon.get("api/t/shuangluan/model").status(), "the other plugin was never touched");
    }
}
