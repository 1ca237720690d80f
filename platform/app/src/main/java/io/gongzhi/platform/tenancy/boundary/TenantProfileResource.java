package io.gongzhi.platform.tenancy.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public, token-free facts about a tenant. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Allow(anyone = true)
public class TenantProfileResource {

    @Inject
    CurrentTenant current;

    @Inject
    TenantRegistry registry;

    @Inject
    Realms realms;

    @GET
    @Path("t/{tenant}")
    @Operation(
            summary = "The tenant's public profile: names, branding, locale, locality plugin, where its users sign in")
    public TenantProfile profile() {
        return TenantProfile.of(current.get(), realms);
    }

    @GET
    @Path("t/{tenant}/logo.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The tenant's logo")
    public Response logo() {
        Tenant t = current.get();
        if (t.logoSvg() == null) {
            throw ProblemException.notFound("no-such-resource");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(t.logoSvg())
                .cacheControl(cache)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("tenants")
    @Operation(summary = "The directory of active tenants: the districts and counties this installation serves")
    public java.util.List<TenantProfile> directory() {
        return registry.all().stream()
                .filter(Tenant::active)
                .map(t -> TenantProfile.of(t, realms))
                .toList();
    }

    @GET
    @Path("site")
    @Operation(summary = "The profile of the tenant whose portal is served on the request's host name")
    public TenantProfile site(@HeaderParam(HttpHeaders.HOST) String host) {
        return TenantProfile.of(
                registry.activeByHost(host)
                        .orElseThrow(() -> ProblemException.notFound("unknown-host", String.valueOf(host))),
                realms);
    }
}
