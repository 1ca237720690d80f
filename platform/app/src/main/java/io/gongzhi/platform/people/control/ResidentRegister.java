package io.gongzhi.platform.people.control;

import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.people.entity.Resident;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The residents register as a sheet: matched by ID number, so a second import of the same file
 * updates instead of adding; a resident without an ID number is always added.
 */
public final class ResidentRegister implements Register<ResidentFields> {

    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("姓名", "name"),
            Map.entry("idnumber", "idNumber"),
            Map.entry("身份证号", "idNumber"),
            Map.entry("身份证号码", "idNumber"),
            Map.entry("phone", "phone"),
            Map.entry("电话", "phone"),
            Map.entry("联系电话", "phone"),
            Map.entry("address", "address"),
            Map.entry("地址", "address"),
            Map.entry("住址", "address"),
            Map.entry("household", "household"),
            Map.entry("户号", "household"),
            Map.entry("unit", "unit"),
            Map.entry("单位", "unit"),
            Map.entry("所属单位", "unit"),
            Map.entry("care", "care"),
            Map.entry("关爱类别", "care"));

    @Override
    public String name() {
        return "residents";
    }

    @Override
    public Map<String, String> headers() {
        return HEADERS;
    }

    @Override
    public List<String> required() {
        return List.of("name", "unit");
    }

    @Override
    public ResidentFields row(Map<String, String> v) {
        String care = v.getOrDefault("care", "");
        return new ResidentFields(
                v.get("name"),
                v.get("idNumber"),
                v.get("phone"),
                v.get("address"),
                v.get("household"),
                v.get("unit"),
                care.isBlank()
                        ? List.of()
                        : Arrays.stream(care.split("[;；|、]"))
                                .map(String::strip)
                                .filter(c -> !c.isEmpty())
                                .toList());
    }

    @Override
    public String unit(ResidentFields row) {
        return row.unit();
    }

    @Override
    public void check(ResidentFields row) {
        ResidentRules.check(row);
    }

    @Override
    public String key(ResidentFields row) {
        return ResidentRules.idNumber(row.idNumber());
    }

    /**
     * A thousand rows per flush. Which ID numbers are registered already is asked before the first
     * insert: once the transaction has added rows, PostgreSQL's plan (made for the table as it was)
     * would scan them all for every chunk (measured: 2.6 s per thousand rows at 100,000).
     */
    @Override
    public int write(
            EntityManager em, List<ResidentFields> rows, Predicate<String> inScope, RegisterImport.Progress progress) {
        Set<String> known = new HashSet<>();
        List<String> all = rows.stream().map(this::key).filter(Objects::nonNull).toList();
        for (int i = 0; i < all.size(); i += RegisterImport.STEP) {
            known.addAll(em.createQuery("select r.idNumber from Resident r where r.idNumber in :ids", String.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + RegisterImport.STEP)))
                    .getResultList());
        }
        int created = 0;
        for (int from = 0; from < rows.size(); from += RegisterImport.STEP) {
            List<ResidentFields> chunk = rows.subList(from, Math.min(rows.size(), from + RegisterImport.STEP));
            Map<String, Resident> existing = existing(em, chunk, known);
            for (ResidentFields row : chunk) {
                String id = key(row);
                Resident r = id == null ? null : existing.get(id);
                if (r != null && !inScope.test(r.unit())) {
                    throw new ProblemException(403, "out-of-scope", r.unit());
                }
                if (r == null) {
                    r = new Resident(row.unit());
                    em.persist(r);
                    created++;
                }
                ResidentRules.apply(r, row);
            }
            em.flush();
            em.clear();
            progress.at(from + chunk.size(), rows.size());
        }
        return created;
    }

    private Map<String, Resident> existing(EntityManager em, List<ResidentFields> chunk, Set<String> known) {
        List<String> ids = chunk.stream().map(this::key).filter(known::contains).toList();
        Map<String, Resident> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r from Resident r where r.idNumber in :ids", Resident.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> out.put(r.idNumber(), r));
        }
        return out;
    }
}
