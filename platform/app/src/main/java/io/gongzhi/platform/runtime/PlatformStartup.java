package io.gongzhi.platform.runtime;

import io.gongzhi.platform.config.Misconfiguration;
import io.gongzhi.platform.config.PlatformConfig;
import io.gongzhi.platform.hierarchy.control.DemoUnits;
import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.identity.control.RealmProvisioner;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the platform up when the application starts: the database (migrated), then the tenant
 * directory (manifests applied), then the plugins. A failure does not stop the deployment: it is
 * kept, logged, reported by the health checks (an orchestrator sees "not ready" with the reason),
 * and retried until it succeeds.
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

    @Inject
    Realms realms;

    @Inject
    RealmProvisioner provisioner;

    @Inject
    DemoIdentities demo;

    @Inject
    DemoUnits demoUnits;

    @Inject
    io.gongzhi.platform.demo.control.DemoRegisters demoRegisters;

    @Inject
    @ConfigProperty(name = "gongzhi.startup.retry-seconds", defaultValue = "10")
    long retrySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    io.gongzhi.platform.cases.control.CaseJobs caseJobs;

    private volatile String failure;
    private volatile boolean done;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        attempt();
    }

    /**
     * One attempt to bring the platform up. After a failure the next attempt is scheduled (every
     * {@code gongzhi.startup.retry-seconds}), so a database that comes up later, or a role that an
     * operator fixes, makes the platform ready without a restart.
     */
    synchronized void attempt() {
        if (done) {
            return;
        }
        Instant begin = Instant.now();
        try {
            config.mode();
            realms.start();
            database.start();
            registry.reload();
            TenantRegistry.Applied applied = registry.applyManifests(config.tenantsDir());
            provisionRealms(applied);
            if (realms.devIssuer().isPresent()) {
                demo.seed(registry.all());
            }
            plugins.start();
            if (config.development()) {
                registry.all().forEach(demoUnits::seed);
                registry.all().forEach(demoRegisters::seed);
                registry.all().forEach(demoUnits::seedDemoUsersPlaces);
            }
            caseJobs.start();
            done = true;
            failure = null;
            LOG.info(() -> "Gongzhi platform ready in "
                    + Duration.between(begin, Instant.now()).toMillis() + " ms, mode "
                    + config.mode().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + registry.all().size()
                    + " tenants: " + config.publicUrl());
        } catch (Misconfiguration e) {
            failure = e.getMessage();
            LOG.severe("Gongzhi platform refuses to start (fix the configuration and restart): " + failure);
        } catch (Exception | LinkageError e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.log(
                    Level.SEVERE,
                    "Gongzhi platform failed to start (next attempt in " + retrySeconds + " s): " + failure,
                    e);
            scheduler.schedule(this::attempt, retrySeconds, TimeUnit.SECONDS);
        }
    }

    /**
     * The operator realm, and the realms of tenants whose manifests were created or changed (an
     * unchanged manifest was provisioned when it last changed), when Keycloak administration is
     * configured.
     */
    private void provisionRealms(TenantRegistry.Applied applied) {
        if (!provisioner.enabled()) {
            return;
        }
        provisioner.ensureOperatorRealm();
        java.util.Set<String> changed = new java.util.HashSet<>(applied.created());
        changed.addAll(applied.updated());
        registry.all().stream().filter(t -> changed.contains(t.id())).forEach(provisioner::ensureTenant);
    }

    public boolean done() {
        return done;
    }

    /** Why start-up failed, or null. For operators (health details), never for the public. */
    public String failure() {
        return failure;
    }
}
