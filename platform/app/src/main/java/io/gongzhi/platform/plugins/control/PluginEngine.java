package io.gongzhi.platform.plugins.control;

import io.gongzhi.spi.SpiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;

/**
 * Installs, upgrades and uninstalls plugin jars at run time and makes every call into plugin code a
 * guarded one. Plain Java: the CDI wrapper {@code PluginRuntime} gives it its directory, time limit
 * and meter.
 *
 * <p>Thread-safe. Installing, upgrading and uninstalling are serialised; calls never wait for them:
 * a call takes the plugin's current slot, and an upgrade replaces the current slot atomically.
 */
public class PluginEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginEngine.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Path directory;
    private final Duration timeLimit;
    private final PluginMeter meter;
    private final Map<String, PluginSlot> current = new ConcurrentHashMap<>();
    private final Map<String, PluginSlot> refusedUpgrades = new ConcurrentHashMap<>();
    private final ExecutorService callers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("plugin-call-", 0).factory());
    private final DefaultVersionManager versions = new DefaultVersionManager();

    public PluginEngine(Path directory, Duration timeLimit, PluginMeter meter) {
        this.directory = directory;
        this.timeLimit = timeLimit;
        this.meter = meter;
    }

    /** Loads every jar of the directory, the highest version of each plugin id. */
    public synchronized List<PluginSlot> loadDirectory() throws IOException {
        Files.createDirectories(directory);
        List<Path> jars;
        try (Stream<Path> s = Files.list(directory)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        Map<String, PluginDescriptor> newest = new java.util.TreeMap<>();
        Map<String, Path> files = new java.util.HashMap<>();
        for (Path jar : jars) {
            try {
                PluginDescriptor d = admissible(jar);
                PluginDescriptor seen = newest.get(d.getPluginId());
                if (seen == null || versions.compareVersions(d.getVersion(), seen.getVersion()) > 0) {
                    newest.put(d.getPluginId(), d);
                    files.put(d.getPluginId(), jar);
                }
            } catch (PluginRefusedException e) {
                LOG.severe("plugin jar " + jar.getFileName() + " not loaded: " + e.getMessage());
            }
        }
        newest.forEach((id, d) -> activate(PluginSlot.load(files.get(id), d)));
        return List.copyOf(current.values());
    }

    /**
     * Installs a jar, or upgrades the plugin it contains. A refused jar changes nothing. An upgrade
     * whose new version fails to start leaves the old version serving and is reported.
     */
    public synchronized PluginSlot install(InputStream jarContent) {
        Path incoming;
        try {
            Files.createDirectories(directory.resolve(".incoming"));
            incoming = Files.createTempFile(directory.resolve(".incoming"), "upload-", ".jar");
            Files.copy(jarContent, incoming, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded plugin: " + e.getMessage(), e);
        }
        try {
            PluginDescriptor d = admissible(incoming);
            PluginSlot existing = current.get(d.getPluginId());
            if (existing != null
                    && existing.version().equals(d.getVersion())
                    && existing.status() == PluginStatus.STARTED) {
                throw new PluginRefusedException("plugin " + d.getPluginId() + " " + d.getVersion()
                        + " is already installed and started; give the new build a new Plugin-Version");
            }
            Path target = directory.resolve(d.getPluginId() + "-" + d.getVersion() + ".jar");
            Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
            PluginSlot slot = PluginSlot.load(target, d);
            if (slot.status() != PluginStatus.STARTED
                    && existing != null
                    && existing.status() == PluginStatus.STARTED) {
                refusedUpgrades.put(d.getPluginId(), slot);
                slot.retire();
                Files.deleteIfExists(target);
                return slot;
            }
            refusedUpgrades.remove(d.getPluginId());
            activate(slot);
            return slot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the plugin: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the temporary upload is removed on the next start at the latest
            }
        }
    }

    /** Stops and removes a plugin; its running calls finish first. False when it is not installed. */
    public synchronized boolean uninstall(String id) {
        PluginSlot slot = current.remove(id);
        refusedUpgrades.remove(id);
        if (slot == null) {
            return false;
        }
        retire(slot);
        return true;
    }

    private void activate(PluginSlot slot) {
        PluginSlot old = current.put(slot.id(), slot);
        if (old != null && old != slot) {
            retire(old);
        }
    }

    private void retire(PluginSlot old) {
        old.retire();
        if (!old.jar().startsWith(directory.resolve(".incoming"))) {
            try {
                PluginSlot now = current.get(old.id());
                if (now == null || !now.jar().equals(old.jar())) {
                    Files.deleteIfExists(old.jar());
                }
            } catch (IOException e) {
                LOG.warning("could not delete " + old.jar() + ": " + e.getMessage());
            }
        }
    }

    /** Reads the jar's descriptor and checks it may be loaded at all. */
    PluginDescriptor admissible(Path jar) {
        PluginDescriptor d;
        try {
            d = new ManifestPluginDescriptorFinder().find(jar);
        } catch (RuntimeException e) {
            throw new PluginRefusedException("not a readable plugin jar (" + PluginSlot.describe(e) + ")", e);
        }
        String id = d.getPluginId();
        if (id == null || !ID.matcher(id).matches()) {
            throw new PluginRefusedException("the jar's Plugin-Id '" + id + "' must be 1-63 of a-z, 0-9 and '-'");
        }
        if (d.getVersion() == null || d.getVersion().isBlank()) {
            throw new PluginRefusedException("plugin " + id + " has no Plugin-Version");
        }
        String requires = d.getRequires();
        if (requires == null || requires.isBlank() || "*".equals(requires.trim())) {
            throw new PluginRefusedException("plugin " + id
                    + " must state the SPI versions it supports in Plugin-Requires (e.g. >=1.0.0 & <2.0.0)");
        }
        boolean compatible;
        try {
            compatible = versions.checkVersionConstraint(SpiVersion.CURRENT, requires);
        } catch (RuntimeException e) {
            throw new PluginRefusedException(
                    "plugin " + id + " has an unreadable Plugin-Requires '" + requires + "'", e);
        }
        if (!compatible) {
            throw new PluginRefusedException("plugin " + id + " " + d.getVersion() + " requires SPI " + requires
                    + ", but this platform provides SPI " + SpiVersion.CURRENT);
        }
        return d;
    }

    /**
     * Calls plugin code for a tenant, guarded: on the plugin's current version, within the time
     * limit, with every failure contained. Returns the fallback when the plugin is missing, not
     * started, throws or runs late.
     */
    public <T> T call(String pluginId, String tenantId, Function<PluginSlot, T> work, T fallback) {
        long start = System.nanoTime();
        PluginSlot slot = enter(pluginId);
        if (slot == null) {
            meter.record(pluginId, tenantId, "unavailable", System.nanoTime() - start);
            return fallback;
        }
        slot.calls.incrementAndGet();
        Future<T> f;
        try {
            f = callers.submit(() -> {
                try {
                    return work.apply(slot);
                } finally {
                    slot.leave();
                }
            });
        } catch (RuntimeException e) {
            slot.leave();
            throw e;
        }
        String outcome = "ok";
        try {
            T result = f.get(timeLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return result == null ? fallback : result;
        } catch (TimeoutException e) {
            f.cancel(true);
            outcome = "timeout";
            slot.recordFailure("a call for tenant " + tenantId + " ran past " + timeLimit.toMillis() + " ms");
            return fallback;
        } catch (ExecutionException e) {
            outcome = "error";
            slot.recordFailure("a call for tenant " + tenantId + " failed: " + PluginSlot.describe(e.getCause()));
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "error";
            return fallback;
        } finally {
            meter.record(pluginId, tenantId, outcome, System.nanoTime() - start);
        }
    }

    private PluginSlot enter(String pluginId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            PluginSlot slot = current.get(pluginId);
            if (slot == null || slot.status() != PluginStatus.STARTED) {
                return null;
            }
            if (slot.enter()) {
                return slot;
            }
        }
        return null;
    }

    public Optional<PluginSlot> slot(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** Every installed plugin, and every upgrade that was refused because it failed to start. */
    public List<PluginSlot> slots() {
        List<PluginSlot> all = new ArrayList<>(current.values());
        all.addAll(refusedUpgrades.values());
        all.sort(Comparator.comparing(PluginSlot::id).thenComparing(PluginSlot::version));
        return all;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        current.values().forEach(PluginSlot::retire);
        current.clear();
        callers.shutdownNow();
    }
}
