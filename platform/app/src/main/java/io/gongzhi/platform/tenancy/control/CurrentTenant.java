package io.gongzhi.platform.tenancy.control;

import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of the current request. Set once, by {@link
 * io.gongzhi.platform.tenancy.boundary.TenantResolutionFilter}; read by everything that touches
 * tenant data. Setting it twice to different tenants is a programming error and fails loudly.
 */
@RequestScoped
public class CurrentTenant {

    private Tenant tenant;

    public void set(Tenant tenant) {
        if (this.tenant != null && !this.tenant.id().equals(tenant.id())) {
            throw new IllegalStateException("the request's tenant is already " + this.tenant.id());
        }
        this.tenant = tenant;
    }

    /** The tenant; a 404 problem when the request has none (a path outside {@code /api/t/{tenant}}). */
    public Tenant get() {
        if (tenant == null) {
            throw ProblemException.notFound("no-such-resource");
        }
        return tenant;
    }

    public boolean isSet() {
        return tenant != null;
    }
}
