package io.gongzhi.platform.plugins.control;

import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.plugins.entity.PluginDefault;
import io.gongzhi.platform.plugins.entity.PluginEnablement;
import io.gongzhi.platform.plugins.entity.PluginSetting;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.CaseRouter;
import io.gongzhi.spi.Documents;
import io.gongzhi.spi.PlatformContext;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.ConfigOption;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingDecision;
import io.gongzhi.spi.model.Text;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.pf4j.DefaultVersionManager;

/**
 * The plugins as tenants see them: which plugin serves a tenant (its manifest's plugin, enabled,
 * installed, started, and in the manifest's version range), its settings (the tenant's override,
 * else the operator's default, else the model's), the tenant-scoped {@link PlatformContext} plugin
 * code gets, and the guarded hooks.
 */
public class TenantPlugins {

    private final Supplier<TenantSessions> sessions;
    private final PluginEngine engine;
    private final DefaultVersionManager versions = new DefaultVersionManager();

    public TenantPlugins(Supplier<TenantSessions> sessions, PluginEngine engine) {
        this.sessions = sessions;
        this.engine = engine;
    }

    /** The started plugin slot that serves this tenant now, if any. */
    public Optional<PluginSlot> serving(Tenant tenant) {
        return engine.slot(tenant.pluginId())
                .filter(s -> s.status() == PluginStatus.STARTED)
                .filter(s -> inRange(s.version(), tenant.pluginVersion()))
                .filter(s -> enabled(tenant.id(), s.id()));
    }

    /** The tenant's governance model; 404 problem when no plugin serves the tenant. */
    public GovernanceModel model(Tenant tenant) {
        return serving(tenant)
                .map(PluginSlot::model)
                .filter(m -> m != null)
                .orElseThrow(() -> new ProblemException(404, "no-model", tenant.pluginId()));
    }

    /**
     * Where a new case goes first: the plugin's routers (guarded), else the category's declared
     * first tier. An unknown category is the caller's mistake.
     */
    public RoutingDecision route(Tenant tenant, CaseFacts facts) {
        GovernanceModel m = model(tenant);
        CaseCategory category = m.categories().stream()
                .filter(c -> c.code().equals(facts.category()))
                .findFirst()
                .orElseThrow(() -> new ProblemException(400, "unknown-category", facts.category()));
        RoutingDecision declared =
                new RoutingDecision(category.firstTier(), new Text("按事项类别的首办层级", "first tier of the category"));
        PlatformContext context = context(tenant, m.id());
        Optional<RoutingDecision> chosen = engine.call(
                m.id(),
                tenant.id(),
                slot -> {
                    for (CaseRouter r : slot.routers()) {
                        Optional<RoutingDecision> d = r.route(facts, context);
                        if (d != null && d.isPresent()) {
                            return d;
                        }
                    }
                    return Optional.<RoutingDecision>empty();
                },
                Optional.empty());
        return chosen.filter(d -> m.tiers().stream().anyMatch(t -> t.code().equals(d.tier())))
                .orElse(declared);
    }

    /**
     * Whether the plugin is enabled for the tenant. Asked on every routed call, so the answer is
     * kept per tenant and plugin for {@value #ENABLED_TTL_MS} ms (a change made on this instance
     * takes effect at once; one made on another instance within that time).
     */
    public boolean enabled(String tenantId, String pluginId) {
        String key = tenantId + "\n" + pluginId;
        long now = System.currentTimeMillis();
        Known k = enabledCache.get(key);
        if (k != null && k.until() > now) {
            return k.enabled();
        }
        boolean on = sessions.get().inTenant(tenantId, em -> em.createQuery(
                        "select e from PluginEnablement e where e.pluginId = :p", PluginEnablement.class)
                .setParameter("p", pluginId)
                .getResultStream()
                .findFirst()
                .map(PluginEnablement::enabled)
                .orElse(true));
        enabledCache.put(key, new Known(on, now + ENABLED_TTL_MS));
        return on;
    }

    static final long ENABLED_TTL_MS = 5_000;

    private record Known(boolean enabled, long until) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Known> enabledCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    public void setEnabled(String tenantId, String pluginId, boolean enabled) {
        enabledCache.remove(tenantId + "\n" + pluginId);
        sessions.get().inTenant(tenantId, em -> {
            em.createQuery("select e from PluginEnablement e where e.pluginId = :p", PluginEnablement.class)
                    .setParameter("p", pluginId)
                    .getResultStream()
                    .findFirst()
                    .ifPresentOrElse(e -> e.set(enabled), () -> em.persist(new PluginEnablement(pluginId, enabled)));
            return null;
        });
        enabledCache.remove(tenantId + "\n" + pluginId);
    }

    /** The value of a setting for a tenant, looked up on every call. */
    public Optional<String> setting(String tenantId, String pluginId, String name) {
        TenantSessions s = sessions.get();
        Optional<String> override = s.inTenant(tenantId, em -> em.createQuery(
                        "select p.setting.value from PluginSetting p where p.setting.pluginId = :p and p.setting.name = :n",
                        String.class)
                .setParameter("p", pluginId)
                .setParameter("n", name)
                .getResultStream()
                .findFirst());
        if (override.isPresent()) {
            return override;
        }
        Optional<String> global = s.inPlatform(em -> em.createQuery(
                        "select d.setting.value from PluginDefault d where d.setting.pluginId = :p and d.setting.name = :n",
                        String.class)
                .setParameter("p", pluginId)
                .setParameter("n", name)
                .getResultStream()
                .findFirst());
        if (global.isPresent()) {
            return global;
        }
        return engine.slot(pluginId)
                .map(PluginSlot::model)
                .flatMap(m ->
                        m.config().stream().filter(o -> o.key().equals(name)).findFirst())
                .map(ConfigOption::defaultValue);
    }

    /** Sets the operator's global default; validated against the plugin's declared option first. */
    public void setDefault(String pluginId, String name, String value) {
        validateSetting(pluginId, name, value);
        sessions.get().inPlatform(em -> {
            em.createQuery(
                            "select d from PluginDefault d where d.setting.pluginId = :p and d.setting.name = :n",
                            PluginDefault.class)
                    .setParameter("p", pluginId)
                    .setParameter("n", name)
                    .getResultStream()
                    .findFirst()
                    .ifPresentOrElse(d -> d.change(value), () -> em.persist(new PluginDefault(pluginId, name, value)));
            return null;
        });
    }

    /** Sets a tenant's override; validated against the plugin's declared option first. */
    public void setOverride(String tenantId, String pluginId, String name, String value) {
        validateSetting(pluginId, name, value);
        sessions.get().inTenant(tenantId, em -> {
            em.createQuery(
                            "select p from PluginSetting p where p.setting.pluginId = :p and p.setting.name = :n",
                            PluginSetting.class)
                    .setParameter("p", pluginId)
                    .setParameter("n", name)
                    .getResultStream()
                    .findFirst()
                    .ifPresentOrElse(p -> p.change(value), () -> em.persist(new PluginSetting(pluginId, name, value)));
            return null;
        });
    }

    /** 404 for an unknown plugin, 400 for an unknown setting or a value that does not fit. */
    public void validateSetting(String pluginId, String name, String value) {
        GovernanceModel m = engine.slot(pluginId)
                .map(PluginSlot::model)
                .orElseThrow(() -> new ProblemException(404, "no-such-plugin", pluginId));
        ConfigOption option = m.config().stream()
                .filter(o -> o.key().equals(name))
                .findFirst()
                .orElseThrow(() -> new ProblemException(400, "unknown-setting", name, pluginId));
        io.gongzhi.platform.problem.control.Localized problem = SettingTypes.check(option, value);
        if (problem != null) {
            throw new ProblemException(400, "invalid-setting", name, value, problem);
        }
    }

    /** The context plugin code gets for one tenant: nothing of any other tenant is reachable. */
    public PlatformContext context(Tenant tenant, String pluginId) {
        TenantSessions s = sessions.get();
        String tenantId = tenant.id();
        Locale locale = Locale.forLanguageTag(tenant.locale());
        Clock clock = Clock.system(ZoneId.of(tenant.timezone()));
        Documents documents = new PluginDocuments(s, tenantId, pluginId);
        return new PlatformContext() {
            @Override
            public String tenantId() {
                return tenantId;
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Optional<String> config(String key) {
                return setting(tenantId, pluginId, key);
            }

            @Override
            public Documents documents() {
                return documents;
            }
        };
    }

    private boolean inRange(String version, String range) {
        return ranges.computeIfAbsent(version + "\n" + range, k -> checkRange(version, range));
    }

    /** Answers of {@link #inRange} (a version and a range always give the same answer). */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> ranges =
            new java.util.concurrent.ConcurrentHashMap<>();

    private boolean checkRange(String version, String range) {
        try {
            return range == null || range.isBlank() || versions.checkVersionConstraint(version, range);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
