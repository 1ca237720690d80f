package io.gongzhi.platform.facilities.boundary;

import io.gongzhi.platform.facilities.control.FacilityRegister;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.SheetImports;
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
 * Importing service facilities (columns name/名称, unit/单位, office/办公面积, activity/活动面积,
 * households/服务户数, owner/产权单位) into the caller's units; a re-import updates the areas.
 */
@Path("t/{tenant}/facilities/import")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
public class FacilityImportResource {

    static final String SUMMARY = "Import facilities (名称,单位,办公面积,活动面积,服务户数,产权单位)";

    @Inject
    SheetImports imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes("text/csv")
    @Operation(
            summary = SUMMARY + " from CSV; all rows or none, a re-import matches by business key; with "
                    + "'Prefer: respond-async' in the background (202 and the job at /imports/{id})")
    public Response importCsv(String body, @HeaderParam("Prefer") String prefer) {
        return imports.csv(new FacilityRegister(), FacilitiesResource.KEEPERS, body, prefer, headers);
    }

    @POST
    @Consumes(SheetImports.XLSX)
    @Operation(summary = SUMMARY + " from the first sheet of an Excel workbook (.xlsx), by the rules of CSV")
    public Response importXlsx(InputStream body, @HeaderParam("Prefer") String prefer) {
        return imports.xlsx(new FacilityRegister(), FacilitiesResource.KEEPERS, body, prefer, headers);
    }
}
