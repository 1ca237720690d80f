package io.gongzhi.platform.plugins.boundary;

import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.plugins.control.PluginSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The state of every plugin in {@code /health/ready}'s details. Always UP once the engine runs: a
 * failed plugin affects only its tenants, so it must not take the whole platform out of service.
 */
@Readiness
@ApplicationScoped
public class PluginsReadyCheck implements HealthCheck {

    @Inject
    PluginRuntime plugins;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("plugins");
        try {
            for (PluginSlot s : plugins.engine().slots()) {
                r.withData(s.id() + " " + s.version(), s.status() + (s.reason() == null ? "" : ": " + s.reason()));
            }
            return r.up().build();
        } catch (RuntimeException e) {
            return r.down()
                    .withData("reason", "the plugin engine has not started")
                    .build();
        }
    }
}
