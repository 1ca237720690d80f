package io.gongzhi.platform.hierarchy.control;

import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The hierarchy as the application uses it: {@link OrgUnits} on the application's database, and
 * the locality plugin's level rules (which level may hold which). A tenant whose plugin is not
 * serving it has no rules to check against; its units are accepted at any level.
 */
@ApplicationScoped
public class Hierarchy {

    @Inject
    Database database;

    @Inject
    PluginRuntime plugins;

    private volatile OrgUnits units;

    public OrgUnits units() {
        OrgUnits u = units;
        if (u == null) {
            u = new OrgUnits(database::sessions);
            units = u;
        }
        return u;
    }

    /**
     * Checks that a unit of {@code level} may stand under a unit of {@code parentLevel} (null: at the
     * top, under the tenant itself) in the tenant's model; 422 naming the allowed levels otherwise.
     */
    public void checkLevel(Tenant tenant, String parentLevel, String level) {
        Optional<List<Level>> levels = levels(tenant);
        if (levels.isEmpty() || levels.get().isEmpty()) {
            return;
        }
        Level holder = parentLevel == null
                ? levels.get().get(0)
                : levels.get().stream()
                        .filter(l -> l.code().equals(parentLevel))
                        .findFirst()
                        .orElse(null);
        if (holder == null) {
            return; // the parent predates the model's current levels: nothing to check against
        }
        boolean overlay = levels.get().stream().anyMatch(l -> l.code().equals(level) && l.overlay());
        if (!holder.children().contains(level) && !overlay) {
            throw new ProblemException(
                    422, "level-not-allowed", level, holder.code(), String.join(", ", holder.children()));
        }
    }

    /**
     * A unit path from a request that the caller may act on in these roles and that exists in the
     * tenant today: 400 when it is no unit path, 403 when it is not the caller's, 422 when the
     * hierarchy has no such unit.
     */
    public String actionableUnit(
            Tenant tenant,
            io.gongzhi.platform.identity.control.Caller caller,
            String raw,
            java.util.Set<io.gongzhi.platform.identity.control.Role> roles) {
        String unit = io.gongzhi.platform.identity.control.Units.check("unit", raw);
        caller.requireScope(unit, roles);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of(tenant.timezone()));
        units().byPath(tenant.id(), unit, today)
                .orElseThrow(() -> new ProblemException(422, "no-such-unit", unit, today));
        return unit;
    }

    private Optional<List<Level>> levels(Tenant tenant) {
        try {
            GovernanceModel m = plugins.tenants().model(tenant);
            return Optional.of(m.levels());
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }
}
