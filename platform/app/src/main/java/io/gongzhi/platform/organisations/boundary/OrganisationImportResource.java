package io.gongzhi.platform.organisations.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.RegisterImportResource;
import io.gongzhi.platform.imports.control.Register;
import io.gongzhi.platform.organisations.control.OrganisationRegister;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Set;

/** Importing organisations (columns kind/类型, name/名称, unit/单位) into the caller's units. */
@Path("t/{tenant}/organisations/import")
@Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
public class OrganisationImportResource extends RegisterImportResource<OrganisationRegister.OrganisationRow> {

    @Inject
    PluginRuntime plugins;

    @Override
    protected Register<OrganisationRegister.OrganisationRow> register() {
        return new OrganisationRegister(OrganisationsResource.kinds(plugins, tenant.get()));
    }

    @Override
    protected Set<Role> keepers() {
        return OrganisationsResource.KEEPERS;
    }
}
