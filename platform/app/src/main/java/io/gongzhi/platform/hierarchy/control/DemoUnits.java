package io.gongzhi.platform.hierarchy.control;

import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.model.DemoData;
import io.gongzhi.spi.model.GovernanceModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo tenants' units, from their locality plugins' demo data (the units the field reports
 * name), written once into an empty hierarchy in development mode. Units the report names without
 * their parent stand at the top. They are valid from {@value #SINCE}, so past periods find them.
 */
@ApplicationScoped
public class DemoUnits {

    static final String SINCE = "2000-01-01";

    private static final Logger LOG = Logger.getLogger(DemoUnits.class.getName());

    @Inject
    Hierarchy hierarchy;

    @Inject
    PluginRuntime plugins;

    public void seed(Tenant tenant) {
        GovernanceModel model;
        try {
            model = plugins.tenants().model(tenant);
        } catch (ProblemException e) {
            return; // no plugin serves the tenant: no demo data to take
        }
        OrgUnits units = hierarchy.units();
        LocalDate since = LocalDate.parse(SINCE);
        if (units.list(tenant.id(), new OrgUnits.Query(null, null, null, since, "path", 1, 0))
                        .total()
                > 0) {
            return;
        }
        String top = model.levels().isEmpty() ? null : model.levels().get(0).code();
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        List<OrgUnits.NewUnit> load = new java.util.ArrayList<>();
        for (DemoData.Unit u : model.demo().units()) {
            if (u.level().equals(top)) {
                continue; // the tenant itself
            }
            String parent = u.parent() == null ? null : paths.get(u.parent());
            load.add(new OrgUnits.NewUnit(
                    u.code(), u.level(), u.name().zh(), u.name().en(), parent));
            paths.put(u.code(), parent == null ? u.code() : parent + "/" + u.code());
        }
        int made = units.load(tenant.id(), load, since);
        int count = made;
        LOG.info(() -> "demo units of " + tenant.id() + ": " + count);
    }

    /**
     * The street, community and grid where the development issuer's demo staff act ({@link
     * DemoIdentities}), so that in the quickstart a resident can report in the demo grid and the
     * demo grid worker finds it in the queue. Written after the seed's numbered units (which bring
     * the levels to the field report's counts), once; named "(demo users)" apart from them.
     */
    public void seedDemoUsersPlaces(Tenant tenant) {
        GovernanceModel model;
        try {
            model = plugins.tenants().model(tenant);
        } catch (ProblemException e) {
            return;
        }
        OrgUnits units = hierarchy.units();
        LocalDate since = LocalDate.parse(SINCE);
        if (units.byPath(tenant.id(), DemoIdentities.STREET, since).isPresent()) {
            return;
        }
        units.load(tenant.id(), demoUsersPlaces(model), since);
    }

    static List<OrgUnits.NewUnit> demoUsersPlaces(GovernanceModel model) {
        java.util.Set<String> levels = new java.util.HashSet<>();
        model.levels().forEach(l -> levels.add(l.code()));
        List<OrgUnits.NewUnit> out = new java.util.ArrayList<>();
        if (levels.contains("street") && levels.contains("community")) {
            out.add(new OrgUnits.NewUnit(
                    leaf(DemoIdentities.STREET), "street", "示范街道（演示用户）", "Demo street (demo users)", null));
            out.add(new OrgUnits.NewUnit(
                    leaf(DemoIdentities.COMMUNITY),
                    "community",
                    "示范社区（演示用户）",
                    "Demo community (demo users)",
                    DemoIdentities.STREET));
            if (levels.contains("grid")) {
                out.add(new OrgUnits.NewUnit(
                        leaf(DemoIdentities.GRID),
                        "grid",
                        "示范网格（演示用户）",
                        "Demo grid (demo users)",
                        DemoIdentities.COMMUNITY));
            }
        }
        return out;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
