package io.gongzhi.platform.imports.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.control.Csv;
import io.gongzhi.platform.imports.control.ImportRunner;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.imports.control.RegisterImport;
import io.gongzhi.platform.imports.control.Xlsx;
import io.gongzhi.platform.imports.entity.ImportJob;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.problem.control.Localized;
import io.gongzhi.platform.problem.control.Messages;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Importing a register from a sheet, as districts keep them: CSV or the first sheet of an .xlsx
 * workbook, headers in Chinese or English. Every row is checked first; one bad row and nothing is
 * imported, and the answer lists each error with its line. A clean file is written in one
 * transaction, matched by business key, so importing the same file again creates nothing. With
 * {@code Prefer: respond-async} it runs in the background: 202 and the job to poll at
 * {@code /imports/{id}}.
 *
 * <p>Each register's import resource declares the two methods (CSV and .xlsx) with its path, rule
 * and documentation, and hands the body here with its register and the roles whose scope the rows
 * must fall in. (Inherited resource methods would save those lines, but Payara's OpenAPI walker
 * leaves them out of the document and fails on their {@code @Operation}.)
 */
@RequestScoped
public class SheetImports {

    public static final int MAX_ROWS = 100_000;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_LISTED = 200;

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

    /** What an import did. */
    public record ImportResult(int rows, int created, int updated) {}

    /** Imports a CSV body into {@code register}, within the callers' units in {@code keepers}. */
    public <R> Response csv(Register<R> register, Set<Role> keepers, String body, String prefer, HttpHeaders headers) {
        return run(register, keepers, Csv.parse(body == null ? "" : body), prefer, headers);
    }

    /** Imports the first sheet of an .xlsx body, by the rules of CSV. */
    public <R> Response xlsx(
            Register<R> register, Set<Role> keepers, InputStream body, String prefer, HttpHeaders headers) {
        List<Csv.Row> lines;
        try {
            lines = Xlsx.read(body);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "unreadable-workbook");
        }
        return run(register, keepers, lines, prefer, headers);
    }

    private <R> Response run(
            Register<R> register, Set<Role> keepers, List<Csv.Row> lines, String prefer, HttpHeaders headers) {
        if (lines.size() < 2) {
            throw new ProblemException(400, "field-required", "CSV rows");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new ProblemException(413, "too-many-rows", MAX_ROWS);
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<String> columns = columns(register, lines.get(0), locale);
        List<RegisterImport.Row<R>> rows = lines.subList(1, lines.size()).stream()
                .map(l -> new RegisterImport.Row<>(l.line(), register.row(fields(columns, l)), extra(columns, l)))
                .toList();
        String tenantId = tenant.get().id();
        LocalDate today = LocalDate.now(ZoneId.of(tenant.get().timezone()));
        Identity who = caller.require();
        Caller snapshot = new Caller(); // the request's caller ends with the request; a job keeps a copy
        List<Caller.Assignment> assignments = caller.assignments();
        snapshot.signIn(who, () -> assignments);
        Predicate<String> inScope = unit -> snapshot.inScope(unit, keepers);
        Predicate<String> exists =
                unit -> hierarchy.units().byPath(tenantId, unit, today).isPresent();
        BiFunction<Integer, ProblemException, String> message =
                (line, e) -> Messages.text(locale, "import.row", line, detail(locale, e));
        RegisterImport<R> importer = new RegisterImport<>(register, database::sessions);
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            ImportJob job = runner.start(tenantId, register.name(), rows.size(), who.subject(), (jobs, id) -> {
                List<String> errors = importer.check(
                        rows,
                        inScope,
                        exists,
                        message,
                        (done, total) -> jobs.progress(tenantId, id, 0, done * 50 / total));
                if (!errors.isEmpty()) {
                    return new ImportRunner.Outcome(ImportJob.State.REFUSED, String.join("\n", errors));
                }
                RegisterImport.Result r = importer.write(
                        tenantId,
                        rows,
                        inScope,
                        (done, total) -> jobs.progress(tenantId, id, done, 50 + done * 50 / total));
                record(tenantId, who, register, r);
                return new ImportRunner.Outcome(
                        ImportJob.State.DONE,
                        r.rows() + " rows: " + r.created() + " created, " + r.updated() + " updated");
            });
            return Response.accepted(ImportsResource.JobView.of(job))
                    .location(java.net.URI.create("/api/t/" + tenantId + "/imports/" + job.id()))
                    .build();
        }
        List<String> errors = importer.check(rows, inScope, exists, message, RegisterImport.Progress.NONE);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        RegisterImport.Result r = importer.write(tenantId, rows, inScope, RegisterImport.Progress.NONE);
        record(tenantId, who, register, r);
        return Response.ok(new ImportResult(r.rows(), r.created(), r.updated())).build();
    }

    private void record(String tenantId, Identity who, Register<?> register, RegisterImport.Result r) {
        audit.done(
                tenantId,
                who,
                register.name() + ".imported",
                register.name(),
                r.rows() + " rows: " + r.created() + " created, " + r.updated() + " updated");
    }

    private static Map<String, String> fields(List<String> columns, Csv.Row row) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < columns.size() && i < row.fields().size(); i++) {
            String cell = row.fields().get(i).strip();
            if (!cell.isEmpty()) {
                v.put(columns.get(i), cell);
            }
        }
        return v;
    }

    private static int extra(List<String> columns, Csv.Row row) {
        return (int) row.fields().stream()
                .skip(columns.size())
                .filter(f -> !f.isBlank())
                .count();
    }

    private static List<String> columns(Register<?> register, Csv.Row header, Locale locale) {
        List<String> columns = new ArrayList<>();
        for (String h : header.fields()) {
            String field = register.headers().get(h.strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                String known =
                        String.join(", ", new TreeSet<>(register.headers().keySet()));
                throw refused(List.of(Messages.text(
                        locale,
                        "import.row",
                        header.line(),
                        Messages.text(locale, "import.unknown-column", h, known))));
            }
            columns.add(field);
        }
        if (!columns.containsAll(register.required())) {
            throw refused(List.of(Messages.text(
                    locale,
                    "import.row",
                    header.line(),
                    Messages.text(locale, "import.required-columns", String.join(", ", register.required())))));
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
