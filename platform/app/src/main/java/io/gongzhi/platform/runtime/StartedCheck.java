package io.gongzhi.platform.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the schema is migrated and the tenant manifests are applied. */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        var r = HealthCheckResponse.named("platform-start").status(startup.done());
        if (startup.failure() != null) {
            r.withData("failure", startup.failure());
        }
        return r.build();
    }
}
