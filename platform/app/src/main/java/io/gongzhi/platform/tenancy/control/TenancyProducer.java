package io.gongzhi.platform.tenancy.control;

import io.gongzhi.platform.persistence.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the plain {@link TenantRegistry} the application's one registry. */
@ApplicationScoped
public class TenancyProducer {

    @Produces
    @ApplicationScoped
    TenantRegistry registry(Database database) {
        return new TenantRegistry(database::sessions);
    }
}
