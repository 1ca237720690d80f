package io.gongzhi.platform.demo.control;

import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of a seed: the named ones first, then each level topped up to its count (numbered on
 * from the units the level has, spread round-robin over the units of the level above), all valid
 * from the seed's first day; then the merger, if any. Running it again adds nothing.
 */
final class SeedUnits {

    private final OrgUnits units;
    private final String tenant;

    SeedUnits(OrgUnits units, String tenant) {
        this.units = units;
        this.tenant = tenant;
    }

    /** How many units were added and how many merged away. */
    record Outcome(int added, int merged) {}

    Outcome apply(SeedFile seed) {
        LocalDate since = seed.since();
        Map<String, OrgUnit> there = all(since);
        List<OrgUnits.NewUnit> load = new ArrayList<>();
        Map<String, String> namedPaths = new HashMap<>();
        Map<String, String> levelOf = new HashMap<>(); // path -> level, of what there will be
        there.values().forEach(u -> levelOf.put(u.path(), u.level()));
        for (SeedFile.Named n : seed.named()) {
            String parent = n.parent() == null ? null : namedPaths.getOrDefault(n.parent(), n.parent());
            String path = parent == null ? n.code() : parent + "/" + n.code();
            namedPaths.put(n.code(), path);
            if (!levelOf.containsKey(path)) {
                load.add(new OrgUnits.NewUnit(n.code(), n.level(), n.zh(), n.en(), parent));
                levelOf.put(path, n.level());
            }
        }
        for (SeedFile.Level l : seed.levels()) {
            List<String> parents = l.under() == null ? null : paths(levelOf, l.under());
            List<String> have = paths(levelOf, l.level());
            if (parents != null && parents.isEmpty()) {
                throw new IllegalStateException("no units of level " + l.under() + " to put " + l.level() + " under");
            }
            for (int n = have.size() + 1, i = 0; n <= l.count(); n++, i++) {
                String parent = parents == null ? null : parents.get(i % parents.size());
                String code = l.level() + "-" + n;
                load.add(new OrgUnits.NewUnit(code, l.level(), name(l.zh(), n), name(l.en(), n), parent));
                levelOf.put(parent == null ? code : parent + "/" + code, l.level());
            }
        }
        int added = load.isEmpty() ? 0 : units.load(tenant, load, since);
        int merged = seed.merger().map(this::merge).orElse(0);
        return new Outcome(added, merged);
    }

    /**
     * Merges the last units of the level, each into the unit before it under the same parent,
     * until {@code into} are left on the effective day; a unit with no sibling before it stays.
     */
    private int merge(SeedFile.Merger m) {
        LocalDate day = m.effective();
        List<OrgUnit> current = all(day).values().stream()
                .filter(u -> u.level().equals(m.level()))
                .toList();
        int excess = current.size() - m.into();
        int merged = 0;
        for (int i = current.size() - 1; i > 0 && merged < excess; i--) {
            OrgUnit from = current.get(i);
            OrgUnit before = current.get(i - 1);
            if (from.parentId() != null && from.parentId().equals(before.parentId())) {
                units.merge(tenant, List.of(from.path()), before.path(), day);
                merged++;
                i--; // the unit merged into does not absorb a second one in a row
            }
        }
        return merged;
    }

    private Map<String, OrgUnit> all(LocalDate on) {
        Map<String, OrgUnit> out = new LinkedHashMap<>();
        units.list(tenant, new OrgUnits.Query(null, null, null, on, "path", Integer.MAX_VALUE, 0))
                .items()
                .forEach(u -> out.put(u.path(), u));
        return out;
    }

    private static List<String> paths(Map<String, String> levelOf, String level) {
        return levelOf.entrySet().stream()
                .filter(e -> e.getValue().equals(level))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    static String name(String pattern, int n) {
        return pattern == null ? null : pattern.replace("{n}", Integer.toString(n));
    }
}
