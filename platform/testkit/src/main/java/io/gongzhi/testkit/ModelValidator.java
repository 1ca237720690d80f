package io.gongzhi.testkit;

import io.gongzhi.spi.model.Body;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.ConfigOption;
import io.gongzhi.spi.model.DemoData;
import io.gongzhi.spi.model.EvaluationScheme;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Indicator;
import io.gongzhi.spi.model.Level;
import io.gongzhi.spi.model.PortalSection;
import io.gongzhi.spi.model.Procedure;
import io.gongzhi.spi.model.Role;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.ServiceItem;
import io.gongzhi.spi.model.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a {@link GovernanceModel} for what the platform's engines rely on: stable codes, names in
 * both languages, references that resolve, a hierarchy that is a tree, tiers in rank order, weights
 * that add up. The platform refuses a plugin whose model has any of these problems.
 */
public final class ModelValidator {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    static final Pattern CONFIG_KEY = Pattern.compile("[a-z][a-z0-9.-]*");
    static final Set<String> PLATFORM_ROLES = Set.of(
            "operator",
            "district-admin",
            "command-centre",
            "street-staff",
            "community-staff",
            "grid-worker",
            "party-member",
            "resident");
    static final Set<String> BODY_KINDS =
            Set.of("party", "autonomy", "service", "owners", "property", "social", "volunteer", "team");
    static final Set<String> PERIODS = Set.of("monthly", "quarterly", "half-yearly", "yearly");
    static final Set<String> PORTAL_KINDS =
            Set.of("report", "my-cases", "services", "notices", "deliberations", "volunteering", "indicators", "page");

    private final GovernanceModel m;
    private final List<String> problems = new ArrayList<>();

    private ModelValidator(GovernanceModel m) {
        this.m = m;
    }

    /** Every problem of the model, each naming where it is; empty when the model is valid. */
    public static List<String> validate(GovernanceModel model) {
        if (model == null) {
            return List.of("the model is missing");
        }
        ModelValidator v = new ModelValidator(model);
        v.run();
        return List.copyOf(v.problems);
    }

    /** Throws an {@link AssertionError} listing every problem, if there is any. */
    public static void assertValid(GovernanceModel model) {
        List<String> problems = validate(model);
        if (!problems.isEmpty()) {
            throw new AssertionError("the governance model has " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private void run() {
        code("id", m.id());
        text("name", m.name());
        text("summary", m.summary());
        Set<String> levels = codes("levels", m.levels(), Level::code, Level::name);
        Set<String> roles = codes("roles", m.roles(), Role::code, Role::name);
        Set<String> bodies = codes("bodies", m.bodies(), Body::code, Body::name);
        Set<String> tiers = codes("tiers", m.tiers(), RoutingTier::code, RoutingTier::name);
        codes("categories", m.categories(), CaseCategory::code, CaseCategory::name);
        codes("procedures", m.procedures(), Procedure::code, Procedure::name);
        codes("services", m.services(), ServiceItem::code, ServiceItem::name);
        codes("evaluations", m.evaluations(), EvaluationScheme::code, EvaluationScheme::name);
        codes("indicators", m.indicators(), Indicator::code, Indicator::name);
        codes("portal", m.portal(), PortalSection::code, PortalSection::name);
        hierarchy(levels);
        for (Role r : m.roles()) {
            check(
                    PLATFORM_ROLES.contains(r.platformRole()),
                    "roles[%s].platformRole '%s' is not one of %s",
                    r.code(),
                    r.platformRole(),
                    PLATFORM_ROLES);
        }
        for (Body b : m.bodies()) {
            check(levels.contains(b.level()), "bodies[%s].level '%s' is not a declared level", b.code(), b.level());
            check(
                    BODY_KINDS.contains(b.kind()),
                    "bodies[%s].kind '%s' is not one of %s",
                    b.code(),
                    b.kind(),
                    BODY_KINDS);
            b.roles()
                    .forEach(
                            r -> check(roles.contains(r), "bodies[%s].roles '%s' is not a declared role", b.code(), r));
        }
        tiers(levels, roles);
        for (CaseCategory c : m.categories()) {
            check(
                    tiers.contains(c.firstTier()),
                    "categories[%s].firstTier '%s' is not a declared tier",
                    c.code(),
                    c.firstTier());
            check(
                    c.limit() != null && c.limit().amount() > 0 && c.limit().unit() != null,
                    "categories[%s].limit must be a positive time limit",
                    c.code());
            check(
                    c.duplicateRadiusMetres() >= 0 && c.duplicateDays() >= 0,
                    "categories[%s] duplicate radius and days must not be negative",
                    c.code());
        }
        for (Procedure p : m.procedures()) {
            check(!p.steps().isEmpty(), "procedures[%s] has no steps", p.code());
            Set<String> stepCodes = new HashSet<>();
            for (Procedure.Step s : p.steps()) {
                code("procedures[" + p.code() + "].steps code", s.code());
                text("procedures[" + p.code() + "].steps[" + s.code() + "].name", s.name());
                check(stepCodes.add(s.code()), "procedures[%s].steps code '%s' is used twice", p.code(), s.code());
                check(
                        roles.contains(s.role()) || bodies.contains(s.role()),
                        "procedures[%s].steps[%s].role '%s' is neither a role nor a body",
                        p.code(),
                        s.code(),
                        s.role());
                check(
                        between(s.quorumPercent()) && between(s.passPercent()),
                        "procedures[%s].steps[%s] quorum and pass percentages must be 0-100",
                        p.code(),
                        s.code());
            }
        }
        for (ServiceItem s : m.services()) {
            check(s.group() != null && !s.group().isBlank(), "services[%s].group is required", s.code());
            check(
                    s.limit() != null && s.limit().amount() > 0,
                    "services[%s].limit must be a positive time limit",
                    s.code());
        }
        for (EvaluationScheme e : m.evaluations()) {
            check(
                    PERIODS.contains(e.period()),
                    "evaluations[%s].period '%s' is not one of %s",
                    e.code(),
                    e.period(),
                    PERIODS);
            int sum = 0;
            for (EvaluationScheme.Criterion c : e.criteria()) {
                check(c.weight() > 0, "evaluations[%s].criteria[%s].weight must be positive", e.code(), c.code());
                text("evaluations[" + e.code() + "].criteria[" + c.code() + "].name", c.name());
                sum += c.weight();
            }
            check(sum == 100, "evaluations[%s] criteria weights add up to %d, not 100", e.code(), sum);
        }
        Set<String> dimensions = new HashSet<>(m.dimensions());
        m.dimensions().forEach(d -> code("dimensions", d));
        for (Indicator i : m.indicators()) {
            check(
                    dimensions.contains(i.dimension()),
                    "indicators[%s].dimension '%s' is not one of the model's dimensions",
                    i.code(),
                    i.dimension());
            check(
                    "platform".equals(i.computedBy()) || "plugin".equals(i.computedBy()),
                    "indicators[%s].computedBy must be 'platform' or 'plugin'",
                    i.code());
            check(
                    !"platform".equals(i.computedBy())
                            || (i.formula() != null && !i.formula().isBlank()),
                    "indicators[%s] is computed by the platform and needs a formula",
                    i.code());
            check(i.unit() != null && !i.unit().isBlank(), "indicators[%s].unit is required", i.code());
        }
        Set<Integer> orders = new HashSet<>();
        for (PortalSection p : m.portal()) {
            check(
                    PORTAL_KINDS.contains(p.kind()),
                    "portal[%s].kind '%s' is not one of %s",
                    p.code(),
                    p.kind(),
                    PORTAL_KINDS);
            check(orders.add(p.order()), "portal[%s].order %d is used twice", p.code(), p.order());
        }
        config();
        demo(levels);
    }

    private void hierarchy(Set<String> levels) {
        check(!m.levels().isEmpty(), "levels: a model has at least one level");
        Map<String, Level> byCode = m.levels().stream().collect(Collectors.toMap(Level::code, l -> l, (a, b) -> a));
        for (Level l : m.levels()) {
            l.children()
                    .forEach(c ->
                            check(levels.contains(c), "levels[%s].children '%s' is not a declared level", l.code(), c));
            check(!l.children().contains(l.code()), "levels[%s] lists itself as a child", l.code());
            check(
                    l.targetHouseholds() == null || l.targetHouseholds() > 0,
                    "levels[%s].targetHouseholds must be positive",
                    l.code());
        }
        if (m.levels().isEmpty()) {
            return;
        }
        Set<String> reached = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(m.levels().get(0).code()));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (reached.add(c) && byCode.containsKey(c)) {
                todo.addAll(byCode.get(c).children());
            }
        }
        for (Level l : m.levels()) {
            check(
                    reached.contains(l.code()),
                    "levels[%s] cannot be reached from the top level %s",
                    l.code(),
                    m.levels().get(0).code());
        }
        cycles(byCode);
    }

    private void cycles(Map<String, Level> byCode) {
        Map<String, Integer> state = new HashMap<>();
        for (Level l : m.levels()) {
            if (!l.overlay() && visit(l.code(), byCode, state)) {
                problems.add("levels: the hierarchy has a cycle through " + l.code());
                return;
            }
        }
    }

    private boolean visit(String code, Map<String, Level> byCode, Map<String, Integer> state) {
        Integer s = state.get(code);
        if (s != null) {
            return s == 1;
        }
        state.put(code, 1);
        Level l = byCode.get(code);
        if (l != null) {
            for (String c : l.children()) {
                Level child = byCode.get(c);
                if (child != null && !child.overlay() && visit(c, byCode, state)) {
                    return true;
                }
            }
        }
        state.put(code, 2);
        return false;
    }

    private void tiers(Set<String> levels, Set<String> roles) {
        check(!m.tiers().isEmpty(), "tiers: a model has at least one case handling tier");
        int last = Integer.MIN_VALUE;
        for (RoutingTier t : m.tiers()) {
            check(t.rank() > last, "tiers[%s].rank %d must be higher than the tier before it", t.code(), t.rank());
            last = t.rank();
            check(
                    t.level() == null || levels.contains(t.level()),
                    "tiers[%s].level '%s' is not a declared level",
                    t.code(),
                    t.level());
            check(
                    roles.contains(t.handlerRole()),
                    "tiers[%s].handlerRole '%s' is not a declared role",
                    t.code(),
                    t.handlerRole());
        }
    }

    private void config() {
        Set<String> keys = new HashSet<>();
        for (ConfigOption o : m.config()) {
            check(
                    o.key() != null && CONFIG_KEY.matcher(o.key()).matches(),
                    "config key '%s' must match %s",
                    o.key(),
                    CONFIG_KEY);
            check(keys.add(o.key()), "config key '%s' is declared twice", o.key());
            text("config[" + o.key() + "].description", o.description());
            check(o.type() != null, "config[%s].type is required", o.key());
            if (o.type() == ConfigOption.Type.INTEGER) {
                try {
                    long v = Long.parseLong(o.defaultValue());
                    check(
                            (o.min() == null || v >= o.min()) && (o.max() == null || v <= o.max()),
                            "config[%s].defaultValue %d is outside %s-%s",
                            o.key(),
                            v,
                            o.min(),
                            o.max());
                } catch (NumberFormatException e) {
                    problems.add(
                            "config[" + o.key() + "].defaultValue '" + o.defaultValue() + "' is not a whole number");
                }
            } else if (o.type() == ConfigOption.Type.BOOLEAN) {
                check(
                        "true".equals(o.defaultValue()) || "false".equals(o.defaultValue()),
                        "config[%s].defaultValue must be true or false",
                        o.key());
            }
        }
    }

    private void demo(Set<String> levels) {
        DemoData d = m.demo();
        if (d == null) {
            return;
        }
        Map<String, Level> byCode = m.levels().stream().collect(Collectors.toMap(Level::code, l -> l, (a, b) -> a));
        Map<String, DemoData.Unit> units = new HashMap<>();
        for (DemoData.Unit u : d.units()) {
            code("demo.units code", u.code());
            text("demo.units[" + u.code() + "].name", u.name());
            check(levels.contains(u.level()), "demo.units[%s].level '%s' is not a declared level", u.code(), u.level());
            check(!units.containsKey(u.code()), "demo.units code '%s' is used twice", u.code());
            if (u.parent() != null) {
                DemoData.Unit parent = units.get(u.parent());
                check(parent != null, "demo.units[%s].parent '%s' is not an earlier unit", u.code(), u.parent());
                if (parent != null && byCode.containsKey(parent.level())) {
                    check(
                            byCode.get(parent.level()).children().contains(u.level()),
                            "demo.units[%s]: a %s cannot hold a %s",
                            u.code(),
                            parent.level(),
                            u.level());
                }
            }
            units.put(u.code(), u);
        }
    }

    private <T> Set<String> codes(String list, List<T> items, Function<T, String> code, Function<T, Text> name) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String c = code.apply(item);
            code(list + " code", c);
            check(seen.add(c), "%s code '%s' is used twice", list, c);
            text(list + "[" + c + "].name", name.apply(item));
        }
        return seen;
    }

    private void code(String where, String code) {
        check(code != null && CODE.matcher(code).matches(), "%s '%s' must match %s", where, code, CODE);
    }

    private void text(String where, Text t) {
        check(
                t != null && t.zh() != null && !t.zh().isBlank() && t.en() != null && !t.en().isBlank(),
                "%s needs both zh and en",
                where);
    }

    private void check(boolean ok, String format, Object... args) {
        if (!ok) {
            problems.add(String.format(format, args));
        }
    }

    private static boolean between(int percent) {
        return percent >= 0 && percent <= 100;
    }
}
