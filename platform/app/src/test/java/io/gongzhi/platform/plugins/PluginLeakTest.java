package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.plugins.control.PluginEngine;
import io.gongzhi.platform.plugins.control.PluginSlot;
import io.gongzhi.platform.testsupport.TestPlugins;
import io.gongzhi.platform.testsupport.TestPlugins.Router;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 200 install/uninstall cycles leave at most one plugin class loader reachable. */
class PluginLeakTest {

    static final int CYCLES = 200;

    @TempDir
    Path dir;

    @Test
    void classLoadersAreReleased() throws Exception {
        Path jar = TestPlugins.build(dir, "alpha", "1.0.0", Router.ANSWERS);
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        try (PluginEngine engine =
                new PluginEngine(dir.resolve("plugins"), Duration.ofSeconds(2), (p, t, o, n) -> {})) {
            for (int i = 0; i < CYCLES; i++) {
                PluginSlot slot;
                try (var in = Files.newInputStream(jar)) {
                    slot = engine.install(in);
                }
                engine.call("alpha", "tenant-a", PluginEngineTest::routerAnswer, "fallback");
                ClassLoader pluginLoader = io.gongzhi.platform.plugins.control.PluginTestAccess.routers(slot)
                        .get(0)
                        .getClass()
                        .getClassLoader();
                assertTrue(
                        pluginLoader instanceof org.pf4j.PluginClassLoader,
                        "the router comes from the plugin's own loader");
                loaders.add(new WeakReference<>(pluginLoader));
                pluginLoader = null;
                engine.uninstall("alpha");
                assertTrue(slot.unloaded(), "cycle " + i + ": uninstalled and unloaded");
            }
        }
        long reachable = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            Thread.sleep(100);
            reachable = loaders.stream().filter(r -> r.get() != null).count();
            if (reachable <= 1) {
                break;
            }
        }
        System.out.printf("plugin class loaders still reachable after %d cycles: %d%n", CYCLES, reachable);
        assertTrue(reachable <= 1, reachable + " of " + CYCLES + " plugin class loaders are still reachable");
    }
}
