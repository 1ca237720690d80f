package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.control.Assignments;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.identity.entity.RoleAssignment;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where people act: the district admin assigns street, community, grid and party roles to units. */
@Path("t/{tenant}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allow(Role.DISTRICT_ADMIN)
public class AssignmentsResource {

    @Inject
    Assignments assignments;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** An assignment as the admin sends it: the person's subject id (and name for display). */
    public record AssignmentInput(String subject, String username, String role, String unit) {}

    public record AssignmentView(
            String id, String subject, String username, String role, String unit, String grantedBy, OffsetDateTime at) {
        static AssignmentView of(RoleAssignment a) {
            return new AssignmentView(
                    a.id(), a.subject(), a.username(), a.role(), a.unit(), a.grantedBy(), a.grantedAt());
        }
    }

    @GET
    @Operation(summary = "Every role assignment of the district")
    public List<AssignmentView> list() {
        return assignments.list(tenant.get().id()).stream()
                .map(AssignmentView::of)
                .toList();
    }

    @Inject
    io.gongzhi.platform.hierarchy.control.Hierarchy hierarchy;

    @POST
    @Operation(
            summary = "Assign a role at an org unit that exists today (idempotent: the same assignment twice is one)")
    public Response assign(AssignmentInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        if (in.subject() == null || in.subject().isBlank() || in.subject().length() > 100) {
            throw new ProblemException(400, "field-required", "subject");
        }
        Role role = Role.ofRealmName(in.role() == null ? "" : in.role())
                .orElseThrow(() -> new ProblemException(
                        400,
                        "unknown-role",
                        in.role(),
                        String.join(
                                ", ",
                                Arrays.stream(Role.values())
                                        .map(Role::realmName)
                                        .toList())));
        String unit = Units.check("unit", in.unit());
        java.time.LocalDate today =
                java.time.LocalDate.now(java.time.ZoneId.of(tenant.get().timezone()));
        if (role.reach() == Role.Reach.ASSIGNED
                && hierarchy.units().byPath(tenant.get().id(), unit, today).isEmpty()) {
            throw new ProblemException(422, "no-such-unit", unit, today);
        }
        Identity admin = caller.require();
        RoleAssignment a =
                assignments.assign(tenant.get().id(), in.subject(), in.username(), role, unit, admin.username());
        record("role.assigned", a);
        return Response.status(201).entity(AssignmentView.of(a)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a role assignment")
    public Response revoke(@PathParam("id") String id) {
        RoleAssignment a = assignments
                .revoke(tenant.get().id(), id)
                .orElseThrow(() -> ProblemException.notFound("no-such-assignment", id));
        record("role.revoked", a);
        return Response.noContent().build();
    }

    private void record(String action, RoleAssignment a) {
        Identity admin = caller.require();
        audit.record(
                tenant.get().id(),
                new AuditLog.Entry(
                        admin.subject(),
                        admin.username(),
                        action,
                        "subject " + a.subject() + " (" + a.username() + ")",
                        AuditLog.DONE,
                        a.role() + " at " + a.unit()));
    }
}
