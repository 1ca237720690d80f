package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.plugins.control.PluginEngine;
import io.gongzhi.platform.plugins.control.PluginSlot;
import io.gongzhi.platform.plugins.control.PluginStatus;
import io.gongzhi.platform.testsupport.TestPlugins;
import io.gongzhi.platform.testsupport.TestPlugins.Router;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real plugin jars: load, start, find extensions, upgrade v1 to v2 at run time, uninstall. */
class PluginEngineTest {

    @TempDir
    Path dir;

    PluginEngine engine;

    @BeforeEach
    void engine() {
        engine = new PluginEngine(dir.resolve("plugins"), Duration.ofSeconds(2), (p, t, o, n) -> {});
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aPluginFromTheDirectoryLoadsStartsAndShowsItsModelAndHooks() throws Exception {
        Files.createDirectories(engine.directory());
        Files.move(
                TestPlugins.build(dir, "alpha", "1.0.0", Router.ANSWERS),
                engine.directory().resolve("alpha.jar"));
        List<PluginSlot> loaded = engine.loadDirectory();
        assertEquals(1, loaded.size());
        PluginSlot slot = loaded.get(0);
        assertEquals(PluginStatus.STARTED, slot.status(), slot.reason());
        assertEquals("alpha", slot.model().id());
        assertEquals("parking", slot.model().categories().get(0).code());
        assertEquals("version 1.0.0", route("alpha"));
        assertNotNull(
                io.gongzhi.platform.plugins.control.PluginTestAccess.routers(slot)
                        .get(0),
                "its router hook is found");
    }

    @Test
    void upgradingAtRunTimeSendsNewCallsToTheNewVersionAndUnloadsTheOld() throws Exception {
        PluginSlot v1 = install("alpha", "1.0.0");
        assertEquals("version 1.0.0", route("alpha"));
        PluginSlot v2 = install("alpha", "2.0.0");
        assertEquals(PluginStatus.STARTED, v2.status(), v2.reason());
        assertEquals("version 2.0.0", route("alpha"));
        assertTrue(v1.unloaded(), "the old version is unloaded once no call runs in it");
        assertEquals(List.of("alpha-2.0.0.jar"), jarsInDirectory(), "only the new jar stays installed");
    }

    @Test
    void uninstallingRemovesThePluginAndItsJar() throws Exception {
        PluginSlot v1 = install("alpha", "1.0.0");
        assertTrue(engine.uninstall("alpha"));
        assertTrue(v1.unloaded());
        assertEquals("fallback", route("alpha"));
        assertEquals(List.of(), jarsInDirectory());
    }

    @Test
    void aRestartLoadsTheInstalledVersion() throws Exception {
        install("alpha", "1.0.0");
        install("alpha", "1.1.0");
        engine.close();
        engine = new PluginEngine(dir.resolve("plugins"), Duration.ofSeconds(2), (p, t, o, n) -> {});
        engine.loadDirectory();
        assertEquals("version 1.1.0", route("alpha"));
    }

    PluginSlot install(String id, String version) throws Exception {
        try (InputStream in = Files.newInputStream(TestPlugins.build(dir, id, version, Router.ANSWERS))) {
            return engine.install(in);
        }
    }

    String route(String id) {
        return engine.call(id, "tenant-a", slot -> routerAnswer(slot), "fallback");
    }

    static String routerAnswer(PluginSlot slot) {
        io.gongzhi.spi.CaseRouter router = slot.model() == null
                ? null
                : io.gongzhi.platform.plugins.control.PluginTestAccess.routers(slot)
                        .get(0);
        return router.route(new io.gongzhi.spi.model.CaseFacts("parking", null, "grid", "resident"), null)
                .orElseThrow()
                .reason()
                .en();
    }

    List<String> jarsInDirectory() throws Exception {
        try (var s = Files.list(engine.directory())) {
            return s.filter(p -> p.toString().endsWith(".jar"))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
