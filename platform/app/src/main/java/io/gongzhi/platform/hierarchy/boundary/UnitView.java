package io.gongzhi.platform.hierarchy.boundary;

import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import java.time.LocalDate;

/** An org unit as the API shows it. {@code validTo} and {@code successor} are set once it ended. */
public record UnitView(
        String id,
        String code,
        String level,
        String nameZh,
        String nameEn,
        String path,
        String parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String successor,
        long version) {

    static UnitView of(OrgUnit u) {
        return new UnitView(
                u.id(),
                u.code(),
                u.level(),
                u.nameZh(),
                u.nameEn(),
                u.path(),
                u.parentId(),
                u.validFrom(),
                u.validTo(),
                u.successorId(),
                u.version());
    }
}
