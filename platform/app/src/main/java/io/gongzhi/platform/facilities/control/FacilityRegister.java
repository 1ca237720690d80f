package io.gongzhi.platform.facilities.control;

import io.gongzhi.platform.facilities.entity.Facility;
import io.gongzhi.platform.imports.control.Existing;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Community service facilities as a sheet: name, unit, office and activity floor areas (m²),
 * households served, owner; matched by unit and name, so a re-import updates the areas.
 */
public final class FacilityRegister implements Register<FacilityRegister.FacilityRow> {

    public record FacilityRow(
            String name, String unit, String office, String activity, String households, String owner) {}

    static final BigDecimal MAX_AREA = BigDecimal.valueOf(100_000);

    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("名称", "name"),
            Map.entry("unit", "unit"),
            Map.entry("单位", "unit"),
            Map.entry("所属单位", "unit"),
            Map.entry("office", "office"),
            Map.entry("办公面积", "office"),
            Map.entry("activity", "activity"),
            Map.entry("活动面积", "activity"),
            Map.entry("households", "households"),
            Map.entry("服务户数", "households"),
            Map.entry("owner", "owner"),
            Map.entry("产权单位", "owner"));

    @Override
    public String name() {
        return "facilities";
    }

    @Override
    public Map<String, String> headers() {
        return HEADERS;
    }

    @Override
    public List<String> required() {
        return List.of("name", "unit", "office", "activity");
    }

    @Override
    public FacilityRow row(Map<String, String> v) {
        return new FacilityRow(
                v.get("name"), v.get("unit"), v.get("office"), v.get("activity"), v.get("households"), v.get("owner"));
    }

    @Override
    public String unit(FacilityRow row) {
        return row.unit();
    }

    @Override
    public void check(FacilityRow row) {
        ResidentRules.name(row.name());
        area("office", number("office", row.office()));
        area("activity", number("activity", row.activity()));
        households(
                row.households() == null
                        ? 0
                        : number("households", row.households()).intValue());
        ResidentRules.optional("owner", row.owner(), 200);
    }

    @Override
    public String key(FacilityRow row) {
        return key(row.unit(), row.name());
    }

    @Override
    public int write(
            EntityManager em, List<FacilityRow> rows, Predicate<String> inScope, RegisterImport.Progress progress) {
        Map<String, Facility> existing = Existing.byKey(
                em, Facility.class, rows.stream().map(FacilityRow::unit).toList(), f -> key(f.unit(), f.name()));
        int created = 0;
        for (FacilityRow row : rows) {
            String name = ResidentRules.name(row.name());
            BigDecimal office = number("office", row.office());
            BigDecimal activity = number("activity", row.activity());
            int households = row.households() == null
                    ? 0
                    : number("households", row.households()).intValue();
            String owner = ResidentRules.optional("owner", row.owner(), 200);
            Facility f = existing.get(key(row));
            if (f == null) {
                em.persist(new Facility(name, row.unit(), office, activity, households, owner));
                created++;
            } else {
                f.measure(name, office, activity, households, owner);
            }
        }
        progress.at(rows.size(), rows.size());
        return created;
    }

    /** A floor area in m², 0 to 100,000. */
    public static BigDecimal area(String field, BigDecimal m2) {
        if (m2 == null || m2.signum() < 0 || m2.compareTo(MAX_AREA) > 0) {
            throw new ProblemException(400, "field-format", field, "0-100000 m²");
        }
        return m2;
    }

    /** A number of households served, 0 to 1,000,000. */
    public static int households(int n) {
        if (n < 0 || n > 1_000_000) {
            throw new ProblemException(400, "field-format", "households", "0-1000000");
        }
        return n;
    }

    private static BigDecimal number(String field, String text) {
        try {
            return text == null ? null : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "field-format", field, "a number");
        }
    }

    private static String key(String unit, String name) {
        return unit + "\n" + name.strip();
    }
}
