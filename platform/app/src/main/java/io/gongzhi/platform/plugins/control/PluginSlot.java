package io.gongzhi.platform.plugins.control;

import io.gongzhi.spi.CaseRouter;
import io.gongzhi.spi.IndicatorCalculator;
import io.gongzhi.spi.LocalityModel;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.testkit.ModelValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * One installed version of one plugin: its own PF4J manager and class loader, its extensions, its
 * validated model, its state, and the count of calls running in it. Retired slots unload
 * themselves when their last call finishes.
 */
public final class PluginSlot {

    private static final Logger LOG = Logger.getLogger(PluginSlot.class.getName());

    private final Path jar;
    private final PluginDescriptor descriptor;
    private SingleJarPluginManager manager;
    private volatile PluginStatus status;
    private volatile String reason;
    private GovernanceModel model;
    private List<CaseRouter> routers = List.of();
    private List<IndicatorCalculator> calculators = List.of();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean retired = new AtomicBoolean();
    private final AtomicBoolean unloaded = new AtomicBoolean();
    final AtomicLong calls = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    private volatile String lastFailure;

    private PluginSlot(Path jar, PluginDescriptor descriptor) {
        this.jar = jar;
        this.descriptor = descriptor;
    }

    /** Loads and starts the jar; a plugin that fails to start or to describe itself is FAILED. */
    static PluginSlot load(Path jar, PluginDescriptor descriptor) {
        PluginSlot slot = new PluginSlot(jar, descriptor);
        slot.manager = new SingleJarPluginManager(jar);
        try {
            slot.manager.loadPlugins();
            slot.manager.startPlugins();
            PluginWrapper w = slot.manager.getPlugin(descriptor.getPluginId());
            if (w == null) {
                slot.fail("PF4J did not load the plugin (see the server log)");
            } else if (w.getPluginState() != PluginState.STARTED) {
                Throwable t = w.getFailedException();
                slot.fail("the plugin did not start: " + (t == null ? w.getPluginState() : describe(t)));
            } else {
                slot.discover();
            }
        } catch (RuntimeException | LinkageError e) {
            slot.fail("the plugin could not be loaded: " + describe(e));
        }
        LOG.info(() -> "plugin " + slot.id() + " " + slot.version() + ": " + slot.status
                + (slot.reason == null ? "" : " (" + slot.reason + ")"));
        return slot;
    }

    private void discover() {
        String id = descriptor.getPluginId();
        List<LocalityModel> models = manager.getExtensions(LocalityModel.class, id);
        if (models.size() != 1) {
            fail("a locality plugin provides exactly one LocalityModel extension, this one provides " + models.size());
            return;
        }
        GovernanceModel m;
        try {
            m = models.get(0).model();
        } catch (RuntimeException | LinkageError e) {
            fail("its model() failed: " + describe(e));
            return;
        }
        if (m == null) {
            fail("its model() returned nothing");
            return;
        }
        List<String> problems = ModelValidator.validate(m);
        if (!m.id().equals(id)) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("model id '" + m.id() + "' differs from Plugin-Id '" + id + "'");
        }
        if (!problems.isEmpty()) {
            fail("its model is not valid: " + String.join("; ", problems));
            return;
        }
        model = m;
        routers = List.copyOf(manager.getExtensions(CaseRouter.class, id));
        calculators = List.copyOf(manager.getExtensions(IndicatorCalculator.class, id));
        status = PluginStatus.STARTED;
    }

    private void fail(String why) {
        status = PluginStatus.FAILED;
        reason = why;
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Takes a place for one call; false when the slot was retired meanwhile (use the new one). */
    boolean enter() {
        inFlight.incrementAndGet();
        if (retired.get()) {
            leave();
            return false;
        }
        return true;
    }

    void leave() {
        if (inFlight.decrementAndGet() == 0 && retired.get()) {
            unload();
        }
    }

    /** No new calls; unloads now or when the last running call leaves. */
    void retire() {
        if (retired.compareAndSet(false, true)) {
            if (status == PluginStatus.STARTED) {
                status = PluginStatus.RETIRING;
            }
            if (inFlight.get() == 0) {
                unload();
            }
        }
    }

    private void unload() {
        if (!unloaded.compareAndSet(false, true)) {
            return;
        }
        try {
            manager.stopPlugins();
            manager.unloadPlugins();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unloading plugin " + id() + " " + version() + " failed", e);
        }
        manager = null;
        model = null;
        routers = List.of();
        calculators = List.of();
        LOG.info(() -> "plugin " + id() + " " + version() + " unloaded");
    }

    void recordFailure(String what) {
        failures.incrementAndGet();
        lastFailure = what;
    }

    public String id() {
        return descriptor.getPluginId();
    }

    public String version() {
        return descriptor.getVersion();
    }

    public String requires() {
        return descriptor.getRequires();
    }

    public String provider() {
        return descriptor.getProvider();
    }

    public Path jar() {
        return jar;
    }

    public PluginStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public long callCount() {
        return calls.get();
    }

    public long failureCount() {
        return failures.get();
    }

    public boolean unloaded() {
        return unloaded.get();
    }

    public GovernanceModel model() {
        return model;
    }

    List<CaseRouter> routers() {
        return routers;
    }

    List<IndicatorCalculator> calculators() {
        return calculators;
    }
}
