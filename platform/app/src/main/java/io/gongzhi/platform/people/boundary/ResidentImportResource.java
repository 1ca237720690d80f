package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.ImportsResource;
import io.gongzhi.platform.imports.control.Csv;
import io.gongzhi.platform.imports.control.ImportRunner;
import io.gongzhi.platform.imports.entity.ImportJob;
import io.gongzhi.platform.people.control.ResidentFields;
import io.gongzhi.platform.people.control.ResidentImport;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.problem.control.Localized;
import io.gongzhi.platform.problem.control.Messages;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
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
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
    Database database;

    @Inject
    ImportRunner runner;

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
                            + "Chinese names); all rows or none, re-import updates by ID number. With 'Prefer: respond-async' "
                            + "it runs in the background: 202 and the job to poll at /imports/{id}")
    public Response importCsv(String body, @HeaderParam("Prefer") String prefer) {
        return run(Csv.parse(body == null ? "" : body), prefer);
    }

    @POST
    @Consumes(XLSX)
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "Import residents from the first sheet of an Excel workbook (.xlsx); the same rules as CSV")
    public Response importXlsx(java.io.InputStream body, @HeaderParam("Prefer") String prefer) {
        List<Csv.Row> lines;
        try {
            lines = io.gongzhi.platform.imports.control.Xlsx.read(body);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "unreadable-workbook");
        }
        return run(lines, prefer);
    }

    private Response run(List<Csv.Row> lines, String prefer) {
        if (lines.size() < 2) {
            throw new ProblemException(400, "field-required", "CSV rows");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new ProblemException(413, "too-many-rows", MAX_ROWS);
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<String> columns = columns(lines.get(0), locale);
        List<ResidentImport.Row> rows = lines.subList(1, lines.size()).stream()
                .map(l -> new ResidentImport.Row(l.line(), fields(columns, l), extra(columns, l)))
                .toList();
        String tenantId = tenant.get().id();
        LocalDate today = LocalDate.now(ZoneId.of(tenant.get().timezone()));
        Identity who = caller.require();
        Caller snapshot = new Caller(); // the request's caller ends with the request; the job keeps a copy
        List<Caller.Assignment> assignments = caller.assignments();
        snapshot.signIn(who, () -> assignments);
        Predicate<String> inScope = unit -> snapshot.inScope(unit, ResidentsResource.REGISTRARS);
        Predicate<String> exists =
                unit -> hierarchy.units().byPath(tenantId, unit, today).isPresent();
        BiFunction<Integer, ProblemException, String> message =
                (line, e) -> Messages.text(locale, "import.row", line, detail(locale, e));
        ResidentImport importer = new ResidentImport(database::sessions);
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            ImportJob job = runner.start(tenantId, "residents", rows.size(), who.subject(), (jobs, id) -> {
                List<String> errors = importer.check(
                        rows,
                        inScope,
                        exists,
                        message,
                        (done, total) -> jobs.progress(tenantId, id, 0, done * 50 / total));
                if (!errors.isEmpty()) {
                    return new ImportRunner.Outcome(ImportJob.State.REFUSED, String.join("\n", errors));
                }
                ResidentImport.Result r = importer.write(
                        tenantId,
                        rows,
                        inScope,
                        (done, total) -> jobs.progress(tenantId, id, done, 50 + done * 50 / total));
                record(tenantId, who, r);
                return new ImportRunner.Outcome(
                        ImportJob.State.DONE,
                        r.rows() + " rows: " + r.created() + " created, " + r.updated() + " updated");
            });
            return Response.accepted(ImportsResource.JobView.of(job))
                    .location(java.net.URI.create("/api/t/" + tenantId + "/imports/" + job.id()))
                    .build();
        }
        List<String> errors = importer.check(rows, inScope, exists, message, (done, total) -> {});
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        ResidentImport.Result r = importer.write(tenantId, rows, inScope, (done, total) -> {});
        record(tenantId, who, r);
        return Response.ok(new ImportResult(r.rows(), r.created(), r.updated())).build();
    }

    private void record(String tenantId, Identity who, ResidentImport.Result r) {
        audit.done(
                tenantId,
                who,
                "resident.imported",
                "residents",
                r.rows() + " rows: " + r.created() + " created, " + r.updated() + " updated");
    }

    private static ResidentFields fields(List<String> columns, Csv.Row row) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < columns.size() && i < row.fields().size(); i++) {
            v.put(columns.get(i), row.fields().get(i).strip());
        }
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

    private static int extra(List<String> columns, Csv.Row row) {
        return (int) row.fields().stream()
                .skip(columns.size())
                .filter(f -> !f.isBlank())
                .count();
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
