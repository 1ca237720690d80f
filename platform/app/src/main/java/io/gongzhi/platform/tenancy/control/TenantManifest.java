package io.gongzhi.platform.tenancy.control;

import java.util.List;

/** A tenant as its manifest ({@code tenants/<id>.yaml}) describes it, already validated. */
public record TenantManifest(
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
        boolean suspended,
        String hash) {}
