package io.gongzhi.platform.hierarchy.control;

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
}
