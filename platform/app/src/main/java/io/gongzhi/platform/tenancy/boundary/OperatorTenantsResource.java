package io.gongzhi.platform.tenancy.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.RealmProvisioner;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.InvalidManifestException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantManifest;
import io.gongzhi.platform.tenancy.control.TenantManifests;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import io.gongzhi.platform.tenancy.entity.TenantStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's tenants: list every district with its status, create one (and its realm), change
 * it, suspend and resume it, provision its realm again. The body of create and change has the
 * shape of a manifest ({@code tenants/<id>.yaml}) as JSON and passes the same checks.
 */
@Path("operator/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.OPERATOR)
public class OperatorTenantsResource {

    private static final Logger LOG = Logger.getLogger(OperatorTenantsResource.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    RealmProvisioner provisioner;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Realms realms;

    /** A tenant as the operator sees it: the public profile and its status. */
    public record OperatorTenant(TenantProfile profile, String status) {}

    /** A tenant's realm after provisioning. */
    public record ProvisionView(String realm, boolean created, List<String> changes) {}

    @GET
    @Operation(summary = "Every tenant with its status, active or suspended")
    public List<OperatorTenant> list() {
        return registry.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant with its status")
    public OperatorTenant get(@PathParam("id") String id) {
        return view(tenant(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a tenant from a manifest in JSON; its realm is provisioned when Keycloak is configured")
    public Response create(String body) {
        TenantManifest m = manifest(body);
        switch (registry.put(m, true)) {
            case EXISTS -> throw new ProblemException(409, "tenant-exists", m.id());
            case HOST_TAKEN -> throw new ProblemException(409, "host-taken");
            default -> {
                // created
            }
        }
        record(m.id(), "tenant.created", "realm " + m.realm());
        Tenant t = tenant(m.id());
        if (provisioner.enabled()) {
            provision(t);
        }
        return Response.status(201).entity(view(t)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a tenant from a manifest in JSON (its status is kept)")
    public OperatorTenant update(@PathParam("id") String id, String body) {
        TenantManifest m = manifest(body);
        if (!m.id().equals(id)) {
            throw new ProblemException(400, "field-format", "id", id);
        }
        switch (registry.put(m, false)) {
            case NOT_FOUND -> throw ProblemException.notFound("unknown-tenant", id);
            case HOST_TAKEN -> throw new ProblemException(409, "host-taken");
            default -> {
                // updated
            }
        }
        record(id, "tenant.updated", "realm " + m.realm());
        Tenant t = tenant(id);
        if (provisioner.enabled()) {
            provision(t);
        }
        return view(t);
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a tenant: its portal and API stop answering and its users' tokens are refused")
    public OperatorTenant suspend(@PathParam("id") String id) {
        return status(id, TenantStatus.SUSPENDED, "tenant.suspended");
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a suspended tenant")
    public OperatorTenant resume(@PathParam("id") String id) {
        return status(id, TenantStatus.ACTIVE, "tenant.resumed");
    }

    @POST
    @Path("{id}/provision")
    @Operation(summary = "Provision (or bring up to date) the tenant's Keycloak realm; safe to repeat")
    public ProvisionView provisionAgain(@PathParam("id") String id) {
        if (!provisioner.enabled()) {
            throw new ProblemException(409, "provisioning-off");
        }
        return provision(tenant(id));
    }

    private ProvisionView provision(Tenant t) {
        try {
            RealmProvisioner.Result r = provisioner.ensureTenant(t);
            record(
                    t.id(),
                    "realm.provisioned",
                    r.realm() + (r.created() ? " created" : " checked") + " " + r.changes());
            return new ProvisionView(r.realm(), r.created(), r.changes());
        } catch (IllegalStateException e) {
            LOG.warning("realm of tenant " + t.id() + " not provisioned: " + e.getMessage());
            throw new ProblemException(502, "realm-not-provisioned", e.getMessage(), t.id());
        }
    }

    private OperatorTenant status(String id, TenantStatus status, String action) {
        if (!registry.changeStatus(id, status)) {
            throw ProblemException.notFound("unknown-tenant", id);
        }
        record(id, action, null);
        return view(tenant(id));
    }

    private OperatorTenant view(Tenant t) {
        return new OperatorTenant(TenantProfile.of(t, realms), t.active() ? "active" : "suspended");
    }

    private TenantManifest manifest(String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "field-required", "body");
        }
        TenantManifest m;
        try {
            m = TenantManifests.parse(body);
        } catch (InvalidManifestException e) {
            throw new ProblemException(400, "invalid-manifest", e.getMessage());
        }
        if (provisioner.reserved(m.realm())) {
            throw new ProblemException(400, "reserved-realm", m.realm());
        }
        return m;
    }

    private Tenant tenant(String id) {
        return registry.find(id).orElseThrow(() -> ProblemException.notFound("unknown-tenant", id));
    }

    /**
     * Operator actions on a tenant go to that tenant's trail, where its admins can read them, and to
     * the operator log.
     */
    private void record(String tenantId, String action, String detail) {
        Identity op = caller.require();
        AuditLog.Entry e =
                new AuditLog.Entry(op.subject(), op.username(), action, "tenant " + tenantId, AuditLog.DONE, detail);
        audit.record(tenantId, e);
        audit.record(AuditLog.OPERATOR_LOG, e);
    }
}
