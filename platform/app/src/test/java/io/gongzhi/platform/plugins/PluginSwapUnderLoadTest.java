package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.plugins.control.PluginEngine;
import io.gongzhi.platform.plugins.control.PluginSlot;
import io.gongzhi.platform.testsupport.TestPlugins;
import io.gongzhi.platform.testsupport.TestPlugins.Router;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrading a plugin while 4 threads call it for 30 s: not one call fails. */
class PluginSwapUnderLoadTest {

    static final Duration LOAD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void upgradesUnderLoadFailNoCall() throws Exception {
        List<Path> versions = new ArrayList<>();
        for (int v = 1; v <= 6; v++) {
            versions.add(TestPlugins.build(dir, "alpha", "1." + v + ".0", Router.ANSWERS));
        }
        try (PluginEngine engine =
                new PluginEngine(dir.resolve("plugins"), Duration.ofSeconds(5), (p, t, o, n) -> {})) {
            List<PluginSlot> slots = new ArrayList<>();
            slots.add(install(engine, versions.get(0)));
            AtomicLong calls = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            var seen = ConcurrentHashMap.<String>newKeySet();
            long end = System.nanoTime() + LOAD.toNanos();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String tenant = "tenant-" + t;
                callers.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        String answer = engine.call("alpha", tenant, PluginEngineTest::routerAnswer, "FAILED");
                        calls.incrementAndGet();
                        if (answer.equals("FAILED")) {
                            failed.incrementAndGet();
                        } else {
                            seen.add(answer);
                        }
                    }
                }));
            }
            for (int v = 1; v < versions.size(); v++) {
                Thread.sleep(LOAD.toMillis() / versions.size());
                slots.add(install(engine, versions.get(v)));
            }
            for (Thread t : callers) {
                t.join();
            }
            System.out.printf(
                    "swap under load: %d calls by 4 threads in %d s, %d upgrades, %d failed%n",
                    calls.get(), LOAD.toSeconds(), versions.size() - 1, failed.get());
            assertEquals(0, failed.get());
            assertTrue(calls.get() > 1000, "the load was real: " + calls.get());
            assertEquals(versions.size(), seen.size(), "every version served calls: " + seen);
            for (int i = 0; i < slots.size() - 1; i++) {
                assertTrue(
                        slots.get(i).unloaded(), "old version " + slots.get(i).version() + " unloaded");
            }
        }
    }

    static PluginSlot install(PluginEngine engine, Path jar) throws Exception {
        try (InputStream in = Files.newInputStream(jar)) {
            return engine.install(in);
        }
    }
}
