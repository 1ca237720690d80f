package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.plugins.control.PluginEngine;
import io.gongzhi.platform.plugins.control.TenantPlugins;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.testsupport.IsolationFixture;
import io.gongzhi.platform.testsupport.TestPlugins;
import io.gongzhi.platform.testsupport.TestPlugins.Router;
import io.gongzhi.spi.Documents;
import io.gongzhi.spi.model.CaseFacts;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins as tenants see them, on PostgreSQL: enablement, settings and documents are per tenant,
 * and one tenant's never reach another's.
 */
class TenantPluginsTest {

    @TempDir
    static Path dir;

    static IsolationFixture fx;
    static PluginEngine engine;
    static TenantPlugins plugins;
    static Tenant alpha;
    static Tenant beta;

    @BeforeAll
    static void setUp() throws Exception {
        fx = new IsolationFixture(2, "alpha", "beta");
        engine = new PluginEngine(dir.resolve("plugins"), Duration.ofSeconds(2), (p, t, o, n) -> {});
        // both test tenants name the plugin of their own id: install one plugin per tenant
        for (String id : List.of("alpha", "beta")) {
            try (InputStream in = Files.newInputStream(TestPlugins.build(dir, id, "1.0.0", Router.ANSWERS))) {
                engine.install(in);
            }
        }
        plugins = new TenantPlugins(() -> fx.sessions, engine);
        alpha = fx.registry.active("alpha").orElseThrow();
        beta = fx.registry.active("beta").orElseThrow();
    }

    @AfterAll
    static void tearDown() {
        engine.close();
        fx.close();
    }

    @Test
    void aTenantIsServedByItsManifestsPluginUntilTheOperatorDisablesIt() {
        assertEquals("alpha", plugins.model(alpha).id());
        assertEquals(
                "grid",
                plugins.route(alpha, new CaseFacts("parking", null, "grid", "resident"))
                        .tier());
        plugins.setEnabled("alpha", "alpha", false);
        ProblemException e = assertThrows(ProblemException.class, () -> plugins.model(alpha));
        assertEquals(404, e.status());
        assertEquals("beta", plugins.model(beta).id(), "disabling for alpha leaves beta served");
        plugins.setEnabled("alpha", "alpha", true);
        assertEquals("alpha", plugins.model(alpha).id());
    }

    @Test
    void anUnknownCategoryIs400() {
        assertEquals(
                400,
                assertThrows(
                                ProblemException.class,
                                () -> plugins.route(alpha, new CaseFacts("flying-cars", null, null, "resident")))
                        .status());
    }

    @Test
    void settingsResolveOverrideThenDefaultThenThePluginsOwnAndStayWithTheirTenant() {
        assertEquals(Optional.of("2"), plugins.setting("alpha", "alpha", "patrols"), "the plugin's own default");
        plugins.setDefault("alpha", "patrols", "3");
        assertEquals(Optional.of("3"), plugins.setting("alpha", "alpha", "patrols"));
        plugins.setOverride("alpha", "alpha", "patrols", "5");
        assertEquals(Optional.of("5"), plugins.setting("alpha", "alpha", "patrols"));
        assertEquals(Optional.of("3"), plugins.setting("beta", "alpha", "patrols"), "alpha's override is not beta's");
        assertEquals(
                Optional.of("5"), plugins.context(alpha, "alpha").config("patrols"), "the plugin sees it per call");
    }

    @Test
    void invalidSettingsAreRefusedBeforeAnythingIsSaved() {
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> plugins.setOverride("alpha", "alpha", "patrols", "9"))
                        .status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> plugins.setOverride("alpha", "alpha", "patrols", "many"))
                        .status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> plugins.setDefault("alpha", "colour", "red"))
                        .status());
        assertEquals(
                404,
                assertThrows(ProblemException.class, () -> plugins.setDefault("nobody", "patrols", "2"))
                        .status());
        assertFalse(plugins.setting("alpha", "alpha", "patrols").orElseThrow().equals("9"));
    }

    @Test
    void documentsAreTheTenantsOwn() {
        Documents a = plugins.context(alpha, "alpha").documents();
        Documents b = plugins.context(beta, "alpha").documents();
        a.put("covenant", "c-1", "{\"title\":\"院规民约\"}");
        assertEquals(Optional.of("{\"title\":\"院规民约\"}"), a.get("covenant", "c-1"));
        assertEquals(Optional.empty(), b.get("covenant", "c-1"));
        assertEquals(List.of(), b.keys("covenant"));
        assertFalse(b.delete("covenant", "c-1"));
        assertTrue(a.get("covenant", "c-1").isPresent(), "beta's delete did not touch alpha's document");
        b.put("covenant", "c-1", "{\"title\":\"beta\"}");
        assertEquals(Optional.of("{\"title\":\"院规民约\"}"), a.get("covenant", "c-1"));
        assertThrows(IllegalArgumentException.class, () -> a.put("covenant", "../x", "{}"));
        assertThrows(IllegalArgumentException.class, () -> a.put("covenant", "c-2", "not json"));
        assertTrue(a.delete("covenant", "c-1"));
    }
}
