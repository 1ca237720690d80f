package io.gongzhi.platform.runtime;

import io.gongzhi.platform.config.PlatformConfig;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the platform up when the application starts: the database (migrated), then the tenant
 * directory (manifests applied). A failure does not stop the deployment: it is kept, logged with
 * what to do, and reported by the health checks, so an orchestrator sees "not ready" with a reason.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PlatformConfig config;

    @Inject
    Database database;

    @Inject
    TenantRegistry registry;

    @Inject
    PluginRuntime plugins;

    private volatile String failure;
    private volatile boolean done;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Instant begin = Instant.now();
        try {
            config.mode();
            database.start();
            registry.reload();
            registry.applyManifests(config.tenantsDir());
            plugins.start();
            done = true;
            LOG.info(() -> "Gongzhi platform ready in "
                    + Duration.between(begin, Instant.now()).toMillis() + " ms, mode "
                    + config.mode().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + registry.all().size()
                    + " tenants: " + config.publicUrl());
        } catch (Exception | LinkageError e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.log(Level.SEVERE, "Gongzhi platform failed to start: " + failure, e);
        }
    }

    public boolean done() {
        return done;
    }

    /** Why start-up failed, or null. For operators (health details), never for the public. */
    public String failure() {
        return failure;
    }
}
