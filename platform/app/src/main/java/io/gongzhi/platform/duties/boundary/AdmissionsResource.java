package io.gongzhi.platform.duties.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.duties.entity.Admission;
import io.gongzhi.platform.duties.entity.DutyItem;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Admission filing of new tasks (事项准入备案): street staff and district admins file a department's
 * request; district admins review it, then admit it (it joins the assisted list with its funding)
 * or refuse it with a reason. Each step only from the state before it (409 otherwise).
 */
@Path("t/{tenant}/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdmissionsResource {

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public record AdmissionInput(String department, String title, String basis, BigDecimal funding) {}

    /** {@code admit} true or false; a refusal needs its reason. */
    public record Decision(Boolean admit, String reason) {}

    public record AdmissionView(
            String id,
            String department,
            String title,
            String basis,
            BigDecimal funding,
            Admission.State state,
            String submittedBy,
            String decidedBy,
            String reason,
            long version) {
        static AdmissionView of(Admission a) {
            return new AdmissionView(
                    a.id(),
                    a.department(),
                    a.title(),
                    a.basis(),
                    a.funding(),
                    a.state(),
                    a.submittedBy(),
                    a.decidedBy(),
                    a.reason(),
                    a.version());
        }
    }

    @GET
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF})
    @Operation(summary = "Admission filings of new tasks, newest first, optionally in one state")
    public List<AdmissionView> admissions(@QueryParam("state") Admission.State state) {
        return tx.call(em -> (state == null
                        ? em.createQuery("select a from Admission a order by a.submittedAt desc", Admission.class)
                        : em.createQuery(
                                        "select a from Admission a where a.state = :s order by a.submittedAt desc",
                                        Admission.class)
                                .setParameter("s", state))
                .getResultStream()
                .map(AdmissionView::of)
                .toList());
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
    @Operation(summary = "File a department's request to push a task down to communities, with its funding")
    public Response submit(AdmissionInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        Identity who = caller.require();
        Admission a = new Admission(
                DutiesResource.text("department", in.department(), 200, true),
                DutiesResource.text("title", in.title(), 300, true),
                DutiesResource.text("basis", in.basis(), 1000, false),
                DutiesResource.funding(in.funding()),
                who.username());
        tx.call(em -> {
            em.persist(a);
            return null;
        });
        audit.done(tenant.get().id(), who, "admission.submitted", a.title(), a.department());
        return Response.status(201).entity(AdmissionView.of(a)).build();
    }

    @POST
    @Path("{id}/review")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Mark a submitted filing as reviewed")
    public AdmissionView review(@PathParam("id") String id) {
        Identity who = caller.require();
        AdmissionView v = tx.call(em -> {
            Admission a = find(em, id);
            if (!a.move(Admission.State.SUBMITTED, Admission.State.REVIEWED, who.username(), null)) {
                throw new ProblemException(409, "wrong-state", a.state(), Admission.State.SUBMITTED);
            }
            em.flush();
            return AdmissionView.of(a);
        });
        audit.done(tenant.get().id(), who, "admission.reviewed", v.title(), null);
        return v;
    }

    @POST
    @Path("{id}/decide")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(
            summary =
                    "Admit a reviewed filing (the task joins the assisted list with its funding) or refuse it with a reason")
    public AdmissionView decide(@PathParam("id") String id, Decision d) {
        if (d == null || d.admit() == null) {
            throw new ProblemException(400, "field-required", "admit");
        }
        String reason = DutiesResource.text("reason", d.reason(), 1000, !d.admit());
        Identity who = caller.require();
        AdmissionView v = tx.call(em -> {
            Admission a = find(em, id);
            Admission.State next = d.admit() ? Admission.State.ADMITTED : Admission.State.REFUSED;
            if (!a.move(Admission.State.REVIEWED, next, who.username(), reason)) {
                throw new ProblemException(409, "wrong-state", a.state(), Admission.State.REVIEWED);
            }
            if (d.admit()) {
                em.persist(new DutyItem(
                        DutyItem.DutyList.ASSISTED, a.title(), a.basis(), a.department(), a.funding(), a.id()));
            }
            em.flush();
            return AdmissionView.of(a);
        });
        audit.done(tenant.get().id(), who, d.admit() ? "admission.admitted" : "admission.refused", v.title(), reason);
        return v;
    }

    private static Admission find(EntityManager em, String id) {
        return Records.byId(em, Admission.class, id)
                .orElseThrow(() -> ProblemException.notFound("no-such-admission", id));
    }
}
