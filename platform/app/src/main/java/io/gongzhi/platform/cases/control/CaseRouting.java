package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingDecision;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where a case is handled: a tier of the tenant's model and the unit that handles at that tier,
 * the case's own unit or the one above it at the tier's level. A tier whose level has no unit
 * above the case's place (a grid tier for a report from a street) passes the case to the next tier
 * up; a tier at the top level is handled district-wide (no unit), and a case whose place matches no
 * unit (coordinates only) goes to the highest tier, the command centre, to be dispatched.
 */
@ApplicationScoped
public class CaseRouting {

    @Inject
    PluginRuntime plugins;

    @Inject
    Hierarchy hierarchy;

    /** A tier, the unit handling there (null: district-wide), the platform role that handles, and why. */
    public record Route(RoutingTier tier, String handlerUnit, String handlerRole, Text reason) {}

    public GovernanceModel model(Tenant tenant) {
        return plugins.tenants().model(tenant);
    }

    public CaseCategory category(Tenant tenant, String code) {
        return model(tenant).categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ProblemException(400, "unknown-category", code));
    }

    /** The first tier of a new case: the plugin's routing, else the category's tier. */
    public Route first(Tenant tenant, String category, String unit, String reporterRole) {
        List<OrgUnit> ancestry = ancestry(tenant, unit);
        String level =
                ancestry.isEmpty() ? null : ancestry.get(ancestry.size() - 1).level();
        RoutingDecision d = plugins.tenants().route(tenant, new CaseFacts(category, unit, level, reporterRole));
        RoutingTier tier = tier(tenant, d.tier());
        return place(tenant, tier, ancestry, d.reason());
    }

    /** The tier above {@code rank} for the case's place, or empty at the top. */
    public Optional<Route> above(Tenant tenant, String unit, int rank) {
        return model(tenant).tiers().stream()
                .filter(t -> t.rank() > rank)
                .findFirst()
                .map(t -> place(tenant, t, ancestry(tenant, unit), Text.of("上报至上一层级", "escalated to the tier above")));
    }

    /** A tier chosen by the command centre, handled at {@code unit} (or the case's place when null). */
    public Route dispatch(Tenant tenant, String tierCode, String unit) {
        RoutingTier tier = tier(tenant, tierCode);
        List<OrgUnit> ancestry = ancestry(tenant, unit);
        if (unit != null && ancestry.isEmpty()) {
            throw new ProblemException(422, "no-such-unit", unit, today(tenant));
        }
        return place(tenant, tier, ancestry, Text.of("指挥调度中心派遣", "dispatched by the command centre"));
    }

    public RoutingTier tier(Tenant tenant, String code) {
        return model(tenant).tiers().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ProblemException(400, "unknown-tier", code));
    }

    private Route place(Tenant tenant, RoutingTier tier, List<OrgUnit> ancestry, Text reason) {
        GovernanceModel m = model(tenant);
        String top = m.levels().isEmpty() ? null : m.levels().get(0).code();
        if (tier.level() == null || tier.level().equals(top)) {
            return new Route(tier, null, platformRole(m, tier), reason);
        }
        if (ancestry.isEmpty()) {
            // no unit known for the place: the highest tier (the command centre) dispatches it
            RoutingTier highest = m.tiers().get(m.tiers().size() - 1);
            return new Route(
                    highest,
                    null,
                    platformRole(m, highest),
                    Text.of(
                            "事发地尚未对应到单位，由“" + highest.name().zh() + "”派遣",
                            "the place is not yet matched to a unit; the "
                                    + highest.name().en() + " dispatches it"));
        }
        for (int i = ancestry.size() - 1; i >= 0; i--) {
            if (ancestry.get(i).level().equals(tier.level())
                    // a town or a department handles at the street tier, as a village at the community's
                    || sameRank(m, ancestry.get(i).level(), tier.level())) {
                return new Route(tier, ancestry.get(i).path(), platformRole(m, tier), reason);
            }
        }
        Optional<RoutingTier> up =
                m.tiers().stream().filter(t -> t.rank() > tier.rank()).findFirst();
        return up.map(t -> place(
                        tenant,
                        t,
                        ancestry,
                        Text.of(
                                "事发地不在“" + tier.name().zh() + "”之内，由上一层级办理",
                                "the place lies in no unit of the tier '"
                                        + tier.name().en() + "'; the tier above handles it")))
                .orElse(new Route(tier, null, platformRole(m, tier), reason));
    }

    /** Whether two levels stand at the same depth of the model (street and town, community and village). */
    private static boolean sameRank(GovernanceModel m, String a, String b) {
        int da = depth(m, a);
        return da >= 0 && da == depth(m, b);
    }

    private static int depth(GovernanceModel m, String level) {
        for (int i = 0; i < m.levels().size(); i++) {
            if (m.levels().get(i).code().equals(level)) {
                int depth = 0;
                String code = level;
                for (int guard = 0; guard < 20; guard++) {
                    String parent = parentOf(m, code);
                    if (parent == null) {
                        return depth;
                    }
                    depth++;
                    code = parent;
                }
                return depth;
            }
        }
        return -1;
    }

    private static String parentOf(GovernanceModel m, String level) {
        return m.levels().stream()
                .filter(l -> l.children().contains(level))
                .map(io.gongzhi.spi.model.Level::code)
                .findFirst()
                .orElse(null);
    }

    /** The platform role of a tier's handler role (a role of the model, or a platform role by name). */
    static String platformRole(GovernanceModel m, RoutingTier tier) {
        return m.roles().stream()
                .filter(r -> r.code().equals(tier.handlerRole()))
                .map(io.gongzhi.spi.model.Role::platformRole)
                .findFirst()
                .orElse(tier.handlerRole());
    }

    private List<OrgUnit> ancestry(Tenant tenant, String unit) {
        return unit == null ? List.of() : hierarchy.units().ancestry(tenant.id(), unit, today(tenant));
    }

    static LocalDate today(Tenant tenant) {
        return LocalDate.now(ZoneId.of(tenant.timezone()));
    }
}
