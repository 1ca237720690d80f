package io.gongzhi.platform.runtime;

import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadyCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Inject
    Database database;

    @Inject
    TenantRegistry registry;

    @Override
    public HealthCheckResponse call() {
        var r = HealthCheckResponse.named("database");
        if (!startup.done()) {
            return r.down()
                    .withData("reason", startup.failure() == null ? "starting" : startup.failure())
                    .build();
        }
        try {
            boolean up = database.sessions().ping();
            return r.status(up).withData("tenants", registry.all().size()).build();
        } catch (RuntimeException e) {
            return r.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
