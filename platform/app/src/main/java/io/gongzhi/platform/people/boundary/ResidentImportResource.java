package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.SheetImports;
import io.gongzhi.platform.people.control.ResidentRegister;
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
 * Importing the residents register (columns name/姓名, idNumber/身份证号, phone/电话, address/地址,
 * household/户号, unit/单位, care/关爱类别); a resident whose ID number is registered already is
 * updated, within the caller's units.
 */
@Path("t/{tenant}/residents/import")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
public class ResidentImportResource {

    static final String SUMMARY = "Import residents (姓名,身份证号,电话,地址,户号,单位,关爱类别)";

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
        return imports.csv(new ResidentRegister(), ResidentsResource.REGISTRARS, body, prefer, headers);
    }

    @POST
    @Consumes(SheetImports.XLSX)
    @Operation(summary = SUMMARY + " from the first sheet of an Excel workbook (.xlsx), by the rules of CSV")
    public Response importXlsx(InputStream body, @HeaderParam("Prefer") String prefer) {
        return imports.xlsx(new ResidentRegister(), ResidentsResource.REGISTRARS, body, prefer, headers);
    }
}
