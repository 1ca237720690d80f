package io.gongzhi.platform.plugins.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingDecision;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The governance model that serves a tenant, as its locality plugin describes it. */
@Path("t/{tenant}/model")
@Produces(MediaType.APPLICATION_JSON)
public class TenantModelResource {

    @Inject
    CurrentTenant current;

    @Inject
    PluginRuntime plugins;

    @GET
    @Allow(anyone = true)
    @Operation(
            summary =
                    "The tenant's governance model: levels, roles, bodies, tiers, categories, procedures, services, indicators")
    public GovernanceModel model() {
        return plugins.tenants().model(current.get());
    }

    @GET
    @Path("routing")
    @Allow(signedIn = true)
    @Operation(
            summary = "Where a case of this category would go first (the plugin's routing, else the category's tier)")
    public RoutingDecision routing(
            @QueryParam("category") String category,
            @QueryParam("orgLevel") String orgLevel,
            @QueryParam("reporterRole") String reporterRole) {
        if (category == null || category.isBlank()) {
            throw new ProblemException(400, "field-required", "category");
        }
        return plugins.tenants()
                .route(
                        current.get(),
                        new CaseFacts(category, null, orgLevel, reporterRole == null ? "resident" : reporterRole));
    }
}
