package io.gongzhi.platform.hierarchy.control;

import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The hierarchy as a sheet, one unit a row, parents before their children (a parent may be a unit
 * of an earlier row). Matched by path on the row's day: an existing unit is renamed, a new one
 * created at a level the tenant's model allows under its parent.
 */
public final class UnitRegister implements Register<UnitRegister.UnitRow> {

    /** A row: code, level, names, the parent's path (null: at the top) and the first day (null: today). */
    public record UnitRow(String code, String level, String nameZh, String nameEn, String parent, String validFrom) {

        String path() {
            return parent == null ? code : parent + "/" + code;
        }
    }

    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("code", "code"),
            Map.entry("编码", "code"),
            Map.entry("代码", "code"),
            Map.entry("level", "level"),
            Map.entry("层级", "level"),
            Map.entry("namezh", "nameZh"),
            Map.entry("name", "nameZh"),
            Map.entry("名称", "nameZh"),
            Map.entry("nameen", "nameEn"),
            Map.entry("英文名称", "nameEn"),
            Map.entry("parent", "parent"),
            Map.entry("上级", "parent"),
            Map.entry("上级单位", "parent"),
            Map.entry("validfrom", "validFrom"),
            Map.entry("生效日期", "validFrom"),
            // written by the export, ignored when read back
            Map.entry("path", "path"),
            Map.entry("路径", "path"),
            Map.entry("validto", "validTo"),
            Map.entry("失效日期", "validTo"));

    private final Hierarchy hierarchy;
    private final Tenant tenant;
    private final LocalDate today;
    private final Map<String, String> levels = new HashMap<>(); // path -> level, of this file and looked up

    public UnitRegister(Hierarchy hierarchy, Tenant tenant, LocalDate today) {
        this.hierarchy = hierarchy;
        this.tenant = tenant;
        this.today = today;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public Map<String, String> headers() {
        return HEADERS;
    }

    @Override
    public List<String> required() {
        return List.of("code", "level", "nameZh");
    }

    @Override
    public UnitRow row(Map<String, String> v) {
        return new UnitRow(
                v.get("code"), v.get("level"), v.get("nameZh"), v.get("nameEn"), v.get("parent"), v.get("validFrom"));
    }

    @Override
    public String unit(UnitRow row) {
        return row.parent();
    }

    @Override
    public boolean unitOptional() {
        return true;
    }

    @Override
    public String creates(UnitRow row) {
        return row.path();
    }

    @Override
    public void check(UnitRow row) {
        UnitRules.code("code", row.code());
        String level = UnitRules.code("level", row.level());
        UnitRules.name("nameZh", row.nameZh(), true);
        UnitRules.name("nameEn", row.nameEn(), false);
        from(row); // a readable day
        String parentLevel = row.parent() == null ? null : levels.computeIfAbsent(row.parent(), this::levelToday);
        hierarchy.checkLevel(tenant, parentLevel, level);
        String path = Units.check("code", row.path());
        String there = levelToday(path);
        if (there != null && !there.equals(level)) {
            throw new ProblemException(409, "unit-exists", path);
        }
        levels.put(path, level);
    }

    @Override
    public String key(UnitRow row) {
        return row.path();
    }

    @Override
    public int write(
            EntityManager em, List<UnitRow> rows, Predicate<String> inScope, RegisterImport.Progress progress) {
        Map<String, OrgUnit> made = new HashMap<>();
        int created = 0;
        int done = 0;
        for (UnitRow row : rows) {
            LocalDate from = from(row);
            String zh = UnitRules.name("nameZh", row.nameZh(), true);
            String en = UnitRules.name("nameEn", row.nameEn(), false);
            OrgUnit existing = OrgUnits.current(em, row.path(), from).orElse(null);
            if (existing != null) {
                existing.rename(zh, en);
            } else {
                OrgUnit parent = row.parent() == null
                        ? null
                        : made.computeIfAbsent(
                                row.parent(), p -> OrgUnits.current(em, p, from).orElse(null));
                if (row.parent() != null && parent == null) {
                    throw new ProblemException(422, "no-such-unit", row.parent(), from);
                }
                OrgUnit unit = new OrgUnit(row.code(), row.level(), zh, en, parent, from);
                em.persist(unit);
                made.put(unit.path(), unit);
                created++;
            }
            if (++done % RegisterImport.STEP == 0) {
                em.flush();
                progress.at(done, rows.size());
            }
        }
        em.flush();
        progress.at(rows.size(), rows.size());
        return created;
    }

    private LocalDate from(UnitRow row) {
        if (row.validFrom() == null) {
            return today;
        }
        try {
            return LocalDate.parse(row.validFrom());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "field-format", "validFrom", "yyyy-mm-dd");
        }
    }

    private String levelToday(String path) {
        return hierarchy
                .units()
                .byPath(tenant.id(), path, today)
                .map(OrgUnit::level)
                .orElse(null);
    }
}
