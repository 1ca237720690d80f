package io.gongzhi.platform.plugins.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.plugins.control.PluginRefusedException;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.plugins.control.PluginSlot;
import io.gongzhi.platform.plugins.control.PluginStatus;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's plugin operations, at run time without a restart: install or upgrade (upload the
 * jar), uninstall, enable or disable per tenant, settings (global default and per-tenant override).
 * Operators only; every change is in the operator log (and a tenant's own changes in its trail).
 */
@Path("operator/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.OPERATOR)
public class OperatorPluginsResource {

    @Inject
    PluginRuntime plugins;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Every installed plugin with its state (STARTED, FAILED with the reason, RETIRING)")
    public List<PluginView> list() {
        return plugins.engine().slots().stream().map(PluginView::of).toList();
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary =
                    "Install a plugin jar, or upgrade the plugin it contains; calls in flight finish on the old version")
    public Response install(InputStream jar) {
        PluginSlot slot;
        try {
            slot = plugins.engine().install(jar);
        } catch (PluginRefusedException e) {
            throw new ProblemException(422, "plugin-refused", e.getMessage());
        }
        if (slot.status() != PluginStatus.STARTED) {
            record(null, "plugin.failed", slot.id() + " " + slot.version());
            return Response.status(422).entity(PluginView.of(slot)).build();
        }
        record(null, "plugin.installed", slot.id() + " " + slot.version());
        return Response.status(201).entity(PluginView.of(slot)).build();
    }

    @DELETE
    @Path("{plugin}")
    @Operation(summary = "Uninstall a plugin; its calls in flight finish first")
    public Response uninstall(@PathParam("plugin") String plugin) {
        if (!plugins.engine().uninstall(plugin)) {
            throw new ProblemException(404, "no-such-plugin", plugin);
        }
        record(null, "plugin.uninstalled", plugin);
        return Response.noContent().build();
    }

    @PUT
    @Path("{plugin}/tenants/{tenantId}")
    @Operation(summary = "Enable the plugin for a tenant")
    public Response enable(@PathParam("plugin") String plugin, @PathParam("tenantId") String tenantId) {
        return enablement(plugin, tenantId, true);
    }

    @DELETE
    @Path("{plugin}/tenants/{tenantId}")
    @Operation(summary = "Disable the plugin for a tenant")
    public Response disable(@PathParam("plugin") String plugin, @PathParam("tenantId") String tenantId) {
        return enablement(plugin, tenantId, false);
    }

    @PUT
    @Path("{plugin}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set global defaults of the plugin's settings; each is validated before anything is saved")
    public Response defaults(@PathParam("plugin") String plugin, Map<String, String> values) {
        requireValues(values);
        values.forEach((k, v) -> plugins.tenants().validateSetting(plugin, k, v));
        values.forEach((k, v) -> plugins.tenants().setDefault(plugin, k, v));
        record(null, "plugin.defaults", plugin + " " + values);
        return Response.noContent().build();
    }

    @PUT
    @Path("{plugin}/settings/{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a tenant's overrides of the plugin's settings; each is validated before anything is saved")
    public Response overrides(
            @PathParam("plugin") String plugin, @PathParam("tenantId") String tenantId, Map<String, String> values) {
        requireValues(values);
        String id = tenant(tenantId);
        values.forEach((k, v) -> plugins.tenants().validateSetting(plugin, k, v));
        values.forEach((k, v) -> plugins.tenants().setOverride(id, plugin, k, v));
        record(id, "plugin.settings", plugin + " " + values);
        return Response.noContent().build();
    }

    @GET
    @Path("{plugin}/settings/{tenantId}")
    @Operation(summary = "The settings in force for a tenant (override, else default, else the plugin's own)")
    public Map<String, String> settings(@PathParam("plugin") String plugin, @PathParam("tenantId") String tenantId) {
        String id = tenant(tenantId);
        PluginSlot slot = plugins.engine()
                .slot(plugin)
                .filter(s -> s.model() != null)
                .orElseThrow(() -> new ProblemException(404, "no-such-plugin", plugin));
        Map<String, String> out = new java.util.TreeMap<>();
        slot.model()
                .config()
                .forEach(o -> plugins.tenants().setting(id, plugin, o.key()).ifPresent(v -> out.put(o.key(), v)));
        return out;
    }

    private Response enablement(String plugin, String tenantId, boolean enabled) {
        String id = tenant(tenantId);
        plugins.tenants().setEnabled(id, plugin, enabled);
        record(id, enabled ? "plugin.enabled" : "plugin.disabled", plugin);
        return Response.noContent().build();
    }

    private String tenant(String id) {
        return tenants.all().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("unknown-tenant", id))
                .id();
    }

    private static void requireValues(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            throw new ProblemException(400, "field-required", "settings");
        }
    }

    /** Into the operator log, and into the tenant's trail when the change is the tenant's. */
    private void record(String tenantId, String action, String detail) {
        Identity op = caller.require();
        AuditLog.Entry e = new AuditLog.Entry(
                op.subject(),
                op.username(),
                action,
                tenantId == null ? "installation" : "tenant " + tenantId,
                AuditLog.DONE,
                detail);
        audit.record(AuditLog.OPERATOR_LOG, e);
        if (tenantId != null) {
            audit.record(tenantId, e);
        }
    }
}
