package io.gongzhi.platform.organisations.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.SheetImports;
import io.gongzhi.platform.organisations.control.OrganisationRegister;
import io.gongzhi.platform.plugins.control.PluginRuntime;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Importing organisations (columns kind/类型, name/名称, unit/单位) into the caller's units.
 */
@Path("t/{tenant}/organisations/import")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
public class OrganisationImportResource {

    static final String SUMMARY = "Import organisations (类型,名称,单位)";

    @Inject
    SheetImports imports;

    @Inject
    PluginRuntime plugins;

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
        return imports.csv(
                new OrganisationRegister(OrganisationsResource.kinds(plugins, tenant.get())),
                OrganisationsResource.KEEPERS,
                body,
                prefer,
                headers);
    }

    @POST
    @Consumes(SheetImports.XLSX)
    @Operation(summary = SUMMARY + " from the first sheet of an Excel workbook (.xlsx), by the rules of CSV")
    public Response importXlsx(InputStream body, @HeaderParam("Prefer") String prefer) {
        return imports.xlsx(
                new OrganisationRegister(OrganisationsResource.kinds(plugins, tenant.get())),
                OrganisationsResource.KEEPERS,
                body,
                prefer,
                headers);
    }
}
