package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.RegisterImportResource;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.people.control.ResidentFields;
import io.gongzhi.platform.people.control.ResidentRegister;
import jakarta.ws.rs.Path;
import java.util.Set;

/**
 * Importing the residents register (columns name/姓名, idNumber/身份证号, phone/电话, address/地址,
 * household/户号, unit/单位, care/关爱类别); a resident whose ID number is registered already is
 * updated, within the caller's units.
 */
@Path("t/{tenant}/residents/import")
@Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
public class ResidentImportResource extends RegisterImportResource<ResidentFields> {

    @Override
    protected Register<ResidentFields> register() {
        return new ResidentRegister();
    }

    @Override
    protected Set<Role> keepers() {
        return ResidentsResource.REGISTRARS;
    }
}
