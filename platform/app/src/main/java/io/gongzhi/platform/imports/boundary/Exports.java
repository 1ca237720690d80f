package io.gongzhi.platform.imports.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.imports.control.Sheet;
import io.gongzhi.platform.problem.control.Messages;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Downloads of a register's list as the caller sees it (masked as on screen): CSV or .xlsx, the
 * header in the caller's language from the bundle ({@code export.<register>.header}), each export
 * audited with its row count.
 */
@RequestScoped
public class Exports {

    public static final String XLSX = SheetImports.XLSX;

    /** The most rows one export holds; a list should ask for one more to know it is longer. */
    public static final int MAX_ROWS = 100_000;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** {@code format} is {@code csv} (the default) or {@code xlsx}; {@code scope} says what was exported. */
    public Response download(
            String register, String format, HttpHeaders headers, String scope, List<List<String>> rows) {
        String f = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new ProblemException(400, "field-format", "format", "csv | xlsx");
        }
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(400, "export-too-large", MAX_ROWS);
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<String> header = Arrays.asList(
                Messages.text(locale, "export." + register + ".header").split(","));
        Sheet sheet = new Sheet(register, header, rows);
        audit.done(
                tenant.get().id(),
                caller.require(),
                register + ".exported",
                scope == null ? register : scope,
                rows.size() + " rows, " + f);
        String file = tenant.get().id() + "-" + register + "." + f;
        return Response.ok(f.equals("csv") ? sheet.csv() : sheet.xlsx())
                .type(f.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
