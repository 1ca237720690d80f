package io.gongzhi.platform.hierarchy.boundary;

import io.gongzhi.platform.hierarchy.control.UnitRegister;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.boundary.RegisterImportResource;
import io.gongzhi.platform.imports.control.Register;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Importing the hierarchy (columns code/编码, level/层级, name/名称, nameEn/英文名称,
 * parent/上级单位, validFrom/生效日期), parents before children; district administrators only, as
 * for creating units one by one. An existing unit at the path is renamed.
 */
@Path("t/{tenant}/units/import")
@Allow(Role.DISTRICT_ADMIN)
public class UnitImportResource extends RegisterImportResource<UnitRegister.UnitRow> {

    @Override
    protected Register<UnitRegister.UnitRow> register() {
        return new UnitRegister(
                hierarchy, tenant.get(), LocalDate.now(ZoneId.of(tenant.get().timezone())));
    }

    @Override
    protected Set<Role> keepers() {
        return Set.of(Role.DISTRICT_ADMIN);
    }
}
