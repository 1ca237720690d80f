package io.gongzhi.platform.plugins.control;

import io.gongzhi.platform.persistence.control.Database;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's plugin engine: the plugins directory ({@code gongzhi.plugins-dir}), the time
 * limit of a call into plugin code ({@code gongzhi.plugins.call-timeout-ms}), and the meter that
 * writes {@code gongzhi_plugin_calls_total{plugin,tenant,outcome}} and {@code
 * gongzhi_plugin_call_seconds{plugin,tenant}}.
 */
@ApplicationScoped
public class PluginRuntime {

    @Inject
    @ConfigProperty(name = "gongzhi.plugins-dir", defaultValue = "plugins")
    String directory;

    @Inject
    @ConfigProperty(name = "gongzhi.plugins.call-timeout-ms", defaultValue = "2000")
    long timeoutMillis;

    @Inject
    MetricRegistry metrics;

    @Inject
    Database database;

    private PluginEngine engine;
    private TenantPlugins tenants;

    public synchronized void start() throws IOException {
        if (engine != null) {
            return;
        }
        engine = new PluginEngine(
                Path.of(directory).toAbsolutePath().normalize(), Duration.ofMillis(timeoutMillis), this::record);
        tenants = new TenantPlugins(database::sessions, engine);
        engine.loadDirectory();
    }

    private void record(String plugin, String tenant, String outcome, long nanos) {
        metrics.counter(
                        "gongzhi_plugin_calls",
                        new Tag("plugin", plugin),
                        new Tag("tenant", tenant),
                        new Tag("outcome", outcome))
                .inc();
        metrics.timer("gongzhi_plugin_call", new Tag("plugin", plugin), new Tag("tenant", tenant))
                .update(Duration.ofNanos(nanos));
    }

    public PluginEngine engine() {
        if (engine == null) {
            throw new io.gongzhi.platform.problem.control.ProblemException(503, "database-unavailable");
        }
        return engine;
    }

    public TenantPlugins tenants() {
        engine();
        return tenants;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
