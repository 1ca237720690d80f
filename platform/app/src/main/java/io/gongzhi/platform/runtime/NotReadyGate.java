package io.gongzhi.platform.runtime;

import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Until start-up has succeeded (database migrated, tenants applied, plugins loaded) every API
 * request gets 503: the platform does not know its tenants yet, so it must not claim that a tenant
 * does not exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public class NotReadyGate implements ContainerRequestFilter {

    @Inject
    PlatformStartup startup;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!startup.done()) {
            throw new ProblemException(503, "database-unavailable");
        }
    }
}
