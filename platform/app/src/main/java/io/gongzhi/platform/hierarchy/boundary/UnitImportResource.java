package io.gongzhi.platform.hierarchy.boundary;

import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.hierarchy.control.UnitRegister;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.SheetImports;
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
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Importing the hierarchy (columns code/编码, level/层级, name/名称, nameEn/英文名称,
 * parent/上级单位, validFrom/生效日期), parents before children; district administrators only, as
 * for creating units one by one. An existing unit at the path is renamed.
 */
@Path("t/{tenant}/units/import")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.DISTRICT_ADMIN)
public class UnitImportResource {

    static final String SUMMARY = "Import units (编码,层级,名称,英文名称,上级单位,生效日期; parents first)";

    @Inject
    SheetImports imports;

    @Inject
    Hierarchy hierarchy;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes("text/csv")
    @Operation(
            summary = SUMMARY + " from CSV; all rows or none, a re-import matches by business key; with "
                    + "'Prefer: respond-async' in the background (202 and the job at /imports/{id})")
    public Response importCsv(String body, @HeaderParam("Prefer") String prefer) {
        return imports.csv(register(), Set.of(Role.DISTRICT_ADMIN), body, prefer, headers);
    }

    @POST
    @Consumes(SheetImports.XLSX)
    @Operation(summary = SUMMARY + " from the first sheet of an Excel workbook (.xlsx), by the rules of CSV")
    public Response importXlsx(InputStream body, @HeaderParam("Prefer") String prefer) {
        return imports.xlsx(register(), Set.of(Role.DISTRICT_ADMIN), body, prefer, headers);
    }

    private UnitRegister register() {
        return new UnitRegister(
                hierarchy, tenant.get(), LocalDate.now(ZoneId.of(tenant.get().timezone())));
    }
}
