package io.gongzhi.platform.audit.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.audit.entity.AuditEvent;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reading the audit trail: a district's own by its admins, the operator log by operators. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_PAGE = 500;

    @Inject
    AuditLog audit;

    @Inject
    CurrentTenant tenant;

    /** One event as shown. */
    public record EventView(
            String id,
            OffsetDateTime at,
            String actor,
            String actorName,
            String action,
            String target,
            String outcome,
            String detail) {
        static EventView of(AuditEvent e) {
            return new EventView(
                    e.id(), e.at(), e.actor(), e.actorName(), e.action(), e.target(), e.outcome(), e.detail());
        }
    }

    @GET
    @Path("t/{tenant}/audit")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "The district's audit trail, newest first; optionally one action (e.g. access.denied)")
    public List<EventView> tenantLog(
            @QueryParam("action") String action,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return read(tenant.get().id(), action, limit, offset);
    }

    @GET
    @Path("operator/audit")
    @Allow(Role.OPERATOR)
    @Operation(summary = "The operator log: installation-wide operator actions and denials, newest first")
    public List<EventView> operatorLog(
            @QueryParam("action") String action,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return read(AuditLog.OPERATOR_LOG, action, limit, offset);
    }

    private List<EventView> read(String log, String action, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return audit.read(log, action, limit, offset).stream()
                .map(EventView::of)
                .toList();
    }
}
