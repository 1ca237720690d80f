package io.gongzhi.platform.tenancy.control;

import io.gongzhi.platform.tenancy.entity.TenantRecord;
import io.gongzhi.platform.tenancy.entity.TenantStatus;
import java.util.List;

/** An immutable view of a tenant, as the registry hands it out. */
public record Tenant(
        String id,
        String nameZh,
        String nameEn,
        String kind,
        List<String> hosts,
        String colorPrimary,
        String colorAccent,
        String logoSvg,
        String locale,
        String timezone,
        String pluginId,
        String pluginVersion,
        String realm,
        String seedRef,
        boolean active) {

    static Tenant of(TenantRecord r) {
        return new Tenant(
                r.id(),
                r.nameZh(),
                r.nameEn(),
                r.kind(),
                List.copyOf(r.hosts()),
                r.colorPrimary(),
                r.colorAccent(),
                r.logoSvg(),
                r.locale(),
                r.timezone(),
                r.pluginId(),
                r.pluginVersion(),
                r.realm(),
                r.seedRef(),
                r.status() == TenantStatus.ACTIVE);
    }
}
