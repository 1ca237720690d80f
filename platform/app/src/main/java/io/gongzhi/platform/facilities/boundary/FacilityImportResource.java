package io.gongzhi.platform.facilities.boundary;

import io.gongzhi.platform.facilities.control.FacilityRegister;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.RegisterImportResource;
import io.gongzhi.platform.imports.control.Register;
import jakarta.ws.rs.Path;
import java.util.Set;

/**
 * Importing service facilities (columns name/名称, unit/单位, office/办公面积, activity/活动面积,
 * households/服务户数, owner/产权单位) into the caller's units; a re-import updates the areas.
 */
@Path("t/{tenant}/facilities/import")
@Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
public class FacilityImportResource extends RegisterImportResource<FacilityRegister.FacilityRow> {

    @Override
    protected Register<FacilityRegister.FacilityRow> register() {
        return new FacilityRegister();
    }

    @Override
    protected Set<Role> keepers() {
        return FacilitiesResource.KEEPERS;
    }
}
