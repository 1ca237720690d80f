package io.gongzhi.platform.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.plugins.control.PluginEngine;
import io.gongzhi.platform.plugins.control.PluginRefusedException;
import io.gongzhi.platform.plugins.control.PluginSlot;
import io.gongzhi.platform.plugins.control.PluginStatus;
import io.gongzhi.platform.testsupport.TestPlugins;
import io.gongzhi.platform.testsupport.TestPlugins.Router;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that fail: at start, in a hook, by hanging; jars that must be refused. Each is contained
 * and reported, and the other plugin keeps serving its tenant.
 */
class PluginFaultsTest {

    @TempDir
    Path dir;

    PluginEngine engine;
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    @BeforeEach
    void engine() throws Exception {
        engine = new PluginEngine(
                dir.resolve("plugins"), Duration.ofMillis(500), (p, t, o, n) -> outcomes.computeIfAbsent(
                                p + "/" + t + "/" + o, k -> new AtomicInteger())
                        .incrementAndGet());
        install(TestPlugins.build(dir, "healthy", "1.0.0", Router.ANSWERS));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aPluginThatThrowsInStartIsFailedWithItsReasonAndNeverCalled() throws Exception {
        PluginSlot slot =
                install(TestPlugins.build(dir, "broken", "1.0.0", TestPlugins.SPI_RANGE, Router.ANSWERS, true));
        assertEquals(PluginStatus.FAILED, slot.status());
        assertTrue(slot.reason().contains("the locality database is missing"), slot.reason());
        assertEquals("fallback", call("broken", "tenant-b"));
        assertEquals(1, outcomes.get("broken/tenant-b/unavailable").get());
        assertEquals("version 1.0.0", call("healthy", "tenant-a"));
    }

    @Test
    void aHookThatThrowsIsContainedCountedAndReported() throws Exception {
        PluginSlot slot = install(TestPlugins.build(dir, "buggy", "1.0.0", Router.THROWS));
        assertEquals(PluginStatus.STARTED, slot.status());
        assertEquals("fallback", call("buggy", "tenant-b"));
        assertEquals(1, slot.failureCount());
        assertTrue(slot.lastFailure().contains("router bug"), slot.lastFailure());
        assertEquals(1, outcomes.get("buggy/tenant-b/error").get());
        assertEquals("version 1.0.0", call("healthy", "tenant-a"));
    }

    @Test
    void aHookThatHangsIsCutAtTheTimeLimitWhileOtherTenantsAreServed() throws Exception {
        install(TestPlugins.build(dir, "slow", "1.0.0", Router.HANGS));
        Thread hung = Thread.ofVirtual().start(() -> assertEquals("fallback", call("slow", "tenant-b")));
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertEquals("version 1.0.0", call("healthy", "tenant-a"));
        }
        hung.join(5_000);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the hang did not hold up the others");
        assertEquals(1, outcomes.get("slow/tenant-b/timeout").get());
        assertTrue(engine.slot("slow").orElseThrow().lastFailure().contains("ran past 500 ms"));
    }

    @Test
    void aPluginNeedingAnotherSpiIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        List<String> before = files();
        PluginRefusedException e = assertThrows(
                PluginRefusedException.class,
                () -> install(TestPlugins.build(dir, "future", "1.0.0", ">=2.0.0 & <3.0.0", Router.ANSWERS, false)));
        assertTrue(
                e.getMessage().contains("requires SPI >=2.0.0 & <3.0.0, but this platform provides SPI 1.0.0"),
                e.getMessage());
        assertEquals(before, files());
        assertTrue(engine.slot("future").isEmpty());
        assertEquals("version 1.0.0", call("healthy", "tenant-a"));
    }

    @Test
    void aCorruptJarIsRefusedAndNothingChanges() throws Exception {
        List<String> before = files();
        PluginRefusedException e = assertThrows(
                PluginRefusedException.class,
                () -> engine.install(new ByteArrayInputStream("PK\u0003\u0004 not really a zip".getBytes())));
        assertTrue(e.getMessage().startsWith("not a readable plugin jar"), e.getMessage());
        assertEquals(before, files());
        assertEquals(1, engine.slots().size());
        assertEquals("version 1.0.0", call("healthy", "tenant-a"));
    }

    @Test
    void aFailingUpgradeLeavesTheWorkingVersionServing() throws Exception {
        PluginSlot failed =
                install(TestPlugins.build(dir, "healthy", "1.1.0", TestPlugins.SPI_RANGE, Router.ANSWERS, true));
        assertEquals(PluginStatus.FAILED, failed.status());
        assertEquals("version 1.0.0", call("healthy", "tenant-a"));
        assertEquals("1.0.0", engine.slot("healthy").orElseThrow().version());
        assertTrue(
                engine.slots().stream().anyMatch(s -> s.version().equals("1.1.0") && s.status() == PluginStatus.FAILED),
                "the refused upgrade is reported");
    }

    PluginSlot install(Path jar) throws Exception {
        try (InputStream in = Files.newInputStream(jar)) {
            return engine.install(in);
        }
    }

    String call(String plugin, String tenant) {
        return engine.call(plugin, tenant, PluginEngineTest::routerAnswer, "fallback");
    }

    List<String> files() throws Exception {
        try (var s = Files.walk(engine.directory())) {
            return s.filter(Files::isRegularFile)
                    .map(p -> engine.directory().relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
