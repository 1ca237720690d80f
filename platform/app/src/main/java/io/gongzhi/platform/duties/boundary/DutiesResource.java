package io.gongzhi.platform.duties.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.duties.entity.DutyItem;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The three duty lists: public, so residents know what their community does and what it must
 * not be loaded with. Assisted tasks normally arrive through {@link AdmissionsResource}.
 */
@Path("t/{tenant}/duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutiesResource {

    static final BigDecimal MAX_FUNDING = new BigDecimal("100000000");

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public record DutyInput(
            DutyItem.DutyList list, String title, String basis, String department, BigDecimal funding) {}

    public record DutyView(
            String id,
            DutyItem.DutyList list,
            String title,
            String basis,
            String department,
            BigDecimal funding,
            String admissionId) {
        static DutyView of(DutyItem d) {
            return new DutyView(d.id(), d.list(), d.title(), d.basis(), d.department(), d.funding(), d.admissionId());
        }
    }

    @GET
    @Allow(anyone = true)
    @Operation(summary = "The duty lists: own, assisted (with the funding that follows each task) and negative")
    public List<DutyView> duties(@QueryParam("list") DutyItem.DutyList list) {
        return tx.call(em -> (list == null
                        ? em.createQuery("select d from DutyItem d order by d.list, d.title", DutyItem.class)
                        : em.createQuery("select d from DutyItem d where d.list = :l order by d.title", DutyItem.class)
                                .setParameter("l", list))
                .getResultStream()
                .map(DutyView::of)
                .toList());
    }

    @POST
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Add an item to one of the lists (assisted tasks normally come through admission filing)")
    public Response addDuty(DutyInput in) {
        if (in == null || in.list() == null) {
            throw new ProblemException(400, "field-required", "list");
        }
        DutyItem d = new DutyItem(
                in.list(),
                text("title", in.title(), 300, true),
                text("basis", in.basis(), 1000, false),
                text("department", in.department(), 200, false),
                in.funding() == null ? null : funding(in.funding()),
                null);
        tx.call(em -> {
            em.persist(d);
            return null;
        });
        audit.done(tenant.get().id(), caller.require(), "duty.added", d.list() + " " + d.title(), null);
        return Response.status(201).entity(DutyView.of(d)).build();
    }

    static String text(String field, String value, int max, boolean required) {
        String v = ResidentRules.optional(field, value, max);
        if (v == null && required) {
            throw new ProblemException(400, "field-required", field);
        }
        return v;
    }

    static BigDecimal funding(BigDecimal yuan) {
        if (yuan == null || yuan.signum() < 0 || yuan.compareTo(MAX_FUNDING) > 0 || yuan.scale() > 2) {
            throw new ProblemException(400, "field-format", "funding", "yuan, 0-100000000, at most 2 decimals");
        }
        return yuan;
    }
}
