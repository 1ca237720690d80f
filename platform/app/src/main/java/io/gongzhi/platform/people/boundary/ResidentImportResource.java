package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.people.control.Csv;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.people.entity.Resident;
import io.gongzhi.platform.problem.control.Localized;
import io.gongzhi.platform.problem.control.Messages;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Importing the residents register from CSV, as districts keep it. Every row is checked first; one
 * bad row and nothing is imported, and the answer lists each error with its line. A clean file is
 * written in one transaction; a resident whose ID number is already registered is updated, so
 * importing the same file again changes nothing new. Headers in English or Chinese.
 */
@Path("t/{tenant}/residents/import")
@Produces(MediaType.APPLICATION_JSON)
public class ResidentImportResource {

    static final int MAX_ROWS = 100_000;
    static final int MAX_LISTED = 200;

    /** Header names (lower case) to fields. */
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

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    Hierarchy hierarchy;

    @Inject
    AuditLog audit;

    @Context
    HttpHeaders headers;

    /** What an import did. */
    public record ImportResult(int rows, int created, int updated) {}

    @POST
    @Consumes("text/csv")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(
            summary =
                    "Import residents from CSV (header: name, idNumber, phone, address, household, unit, care, or the "
                            + "Chinese names); all rows or none, re-import updates by ID number")
    public ImportResult importCsv(String body) {
        List<Csv.Row> rows = Csv.parse(body == null ? "" : body);
        if (rows.size() < 2) {
            throw new ProblemException(400, "field-required", "CSV rows");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new ProblemException(413, "too-many-rows", MAX_ROWS);
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<String> columns = columns(rows.get(0), locale);
        List<String> errors = new ArrayList<>();
        List<ResidentInput> inputs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Boolean> unitExists = new HashMap<>();
        LocalDate today = LocalDate.now(ZoneId.of(tenant.get().timezone()));
        for (Csv.Row row : rows.subList(1, rows.size())) {
            ResidentInput in = input(columns, row);
            try {
                String unit = Units.check("unit", in.unit());
                if (!caller.inScope(unit, ResidentsResource.REGISTRARS)) {
                    throw new ProblemException(403, "out-of-scope", unit);
                }
                if (!unitExists.computeIfAbsent(unit, u -> hierarchy
                        .units()
                        .byPath(tenant.get().id(), u, today)
                        .isPresent())) {
                    throw new ProblemException(422, "no-such-unit", unit, today);
                }
                ResidentRules.name(in.name());
                String id = ResidentRules.idNumber(in.idNumber());
                ResidentRules.phone(in.phone());
                ResidentRules.optional("address", in.address(), 300);
                ResidentRules.optional("household", in.household(), 63);
                ResidentRules.care(in.care());
                if (id != null && ids.putIfAbsent(id, row.line()) != null) {
                    throw new ProblemException(409, "duplicate-in-file", ids.get(id));
                }
            } catch (ProblemException e) {
                errors.add(Messages.text(locale, "import.row", row.line(), detail(locale, e)));
            }
            inputs.add(in);
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        ImportResult result = write(inputs, ids.keySet());
        audit.done(
                tenant.get().id(),
                caller.require(),
                "resident.imported",
                "residents",
                result.rows() + " rows: " + result.created() + " created, " + result.updated() + " updated");
        return result;
    }

    private ImportResult write(List<ResidentInput> inputs, Set<String> idNumbers) {
        return tx.call(em -> {
            Map<String, Resident> existing = new HashMap<>();
            List<String> all = new ArrayList<>(idNumbers);
            for (int i = 0; i < all.size(); i += 1000) {
                em.createQuery("select r from Resident r where r.idNumber in :ids", Resident.class)
                        .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                        .getResultStream()
                        .forEach(r -> existing.put(r.idNumber(), r));
            }
            for (Resident r : existing.values()) {
                caller.requireScope(r.unit(), ResidentsResource.REGISTRARS); // moving someone else's resident
            }
            int created = 0;
            for (ResidentInput in : inputs) {
                String id = ResidentRules.idNumber(in.idNumber());
                Resident r = id == null ? null : existing.get(id);
                if (r == null) {
                    r = new Resident(in.unit());
                    em.persist(r);
                    created++;
                }
                ResidentsResource.fill(r, in, in.unit());
            }
            em.flush();
            return new ImportResult(inputs.size(), created, inputs.size() - created);
        });
    }

    private static ResidentInput input(List<String> columns, Csv.Row row) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < columns.size() && i < row.fields().size(); i++) {
            v.put(columns.get(i), row.fields().get(i).strip());
        }
        String care = v.getOrDefault("care", "");
        return new ResidentInput(
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
                                .toList(),
                null);
    }

    private static List<String> columns(Csv.Row header, Locale locale) {
        List<String> columns = new ArrayList<>();
        for (String h : header.fields()) {
            String field = HEADERS.get(h.strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                throw refused(List.of(Messages.text(
                        locale, "import.row", header.line(), Messages.text(locale, "import.unknown-column", h))));
            }
            columns.add(field);
        }
        if (!columns.contains("name") || !columns.contains("unit")) {
            throw refused(List.of(Messages.text(
                    locale, "import.row", header.line(), Messages.text(locale, "import.required-columns"))));
        }
        return columns;
    }

    private static ProblemException refused(List<String> errors) {
        List<String> listed = errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors;
        return new ProblemException(422, "import-refused", Map.of("errors", List.copyOf(listed)), errors.size());
    }

    private static String detail(Locale locale, ProblemException e) {
        Object[] args = e.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Localized l) {
                args[i] = Messages.text(locale, l.key(), l.args());
            }
        }
        return Messages.text(locale, "problem." + e.key() + ".detail", args);
    }
}
