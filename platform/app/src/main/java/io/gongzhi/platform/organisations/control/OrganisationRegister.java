package io.gongzhi.platform.organisations.control;

import io.gongzhi.platform.imports.control.Existing;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.organisations.entity.Organisation;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Organisations as a sheet: kind (the platform's or the tenant's model's), name and unit; matched
 * by unit, kind and name, so a second import creates nothing.
 */
public final class OrganisationRegister implements Register<OrganisationRegister.OrganisationRow> {

    public record OrganisationRow(String kind, String name, String unit) {}

    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("kind", "kind"),
            Map.entry("类型", "kind"),
            Map.entry("类别", "kind"),
            Map.entry("name", "name"),
            Map.entry("名称", "name"),
            Map.entry("unit", "unit"),
            Map.entry("单位", "unit"),
            Map.entry("所属单位", "unit"));

    private final Set<String> kinds;

    public OrganisationRegister(Set<String> kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public Map<String, String> headers() {
        return HEADERS;
    }

    @Override
    public List<String> required() {
        return List.of("kind", "name", "unit");
    }

    @Override
    public OrganisationRow row(Map<String, String> v) {
        return new OrganisationRow(v.get("kind"), v.get("name"), v.get("unit"));
    }

    @Override
    public String unit(OrganisationRow row) {
        return row.unit();
    }

    @Override
    public void check(OrganisationRow row) {
        if (row.kind() == null || !kinds.contains(row.kind())) {
            throw new ProblemException(400, "field-format", "kind", String.join(" | ", kinds));
        }
        ResidentRules.name(row.name());
    }

    @Override
    public String key(OrganisationRow row) {
        return key(row.unit(), row.kind(), row.name());
    }

    @Override
    public int write(
            EntityManager em, List<OrganisationRow> rows, Predicate<String> inScope, RegisterImport.Progress progress) {
        Map<String, Organisation> existing = Existing.byKey(
                em,
                Organisation.class,
                rows.stream().map(OrganisationRow::unit).toList(),
                o -> key(o.unit(), o.kind(), o.name()));
        int created = 0;
        for (OrganisationRow row : rows) {
            if (!existing.containsKey(key(row))) {
                em.persist(new Organisation(row.kind(), ResidentRules.name(row.name()), row.unit(), null));
                created++;
            }
        }
        progress.at(rows.size(), rows.size());
        return created;
    }

    private static String key(String unit, String kind, String name) {
        return unit + "\n" + kind + "\n" + name.strip();
    }
}
