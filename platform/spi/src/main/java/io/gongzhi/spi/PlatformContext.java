package io.gongzhi.spi;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform lends a plugin for one call, scoped to one tenant. It is the plugin's only way
 * to the platform: no entity manager, no connection, no other tenant. Valid during the call only;
 * do not keep it.
 */
public interface PlatformContext {

    /** The tenant this call is for. */
    String tenantId();

    /** The tenant's locale (e.g. zh-CN). */
    Locale locale();

    /** The tenant's clock (its time zone). */
    Clock clock();

    /** The plugin's configuration for this tenant: the tenant's override, else the global default. */
    Optional<String> config(String key);

    /** The plugin's own documents for this tenant. */
    Documents documents();
}
