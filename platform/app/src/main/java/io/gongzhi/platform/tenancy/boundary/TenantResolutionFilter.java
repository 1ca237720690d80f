package io.gongzhi.platform.tenancy.boundary;

import io.gongzhi.platform.identity.boundary.AuthenticationFilter;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place a request's tenant is set: the {@code {tenant}} of {@code /api/t/{tenant}/...}. An
 * unknown or suspended tenant ends the request here with 404 before any resource runs; a token
 * presented to a suspended tenant is refused with 401 (and audited).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantResolutionFilter implements ContainerRequestFilter {

    public static final String PARAM = "tenant";

    @Inject
    TenantRegistry registry;

    @Inject
    CurrentTenant current;

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String id = uri.getPathParameters().getFirst(PARAM);
        if (id == null) {
            return;
        }
        Tenant tenant = registry.find(id).orElseThrow(() -> ProblemException.notFound("unknown-tenant", id));
        if (!tenant.active()) {
            if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
                // a suspended tenant's users are refused, and the attempt is on its record
                request.setProperty(AuthenticationFilter.AUDIT_LOG, tenant.id());
                request.setProperty(AuthenticationFilter.REFUSAL, "tenant-suspended");
                throw new ProblemException(401, "tenant-suspended", id);
            }
            throw ProblemException.notFound("unknown-tenant", id);
        }
        current.set(tenant);
    }
}
