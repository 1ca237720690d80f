package io.gongzhi.platform.notifications.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.notifications.entity.InboxMessage;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's in-app inbox: messages to them by name, and messages to a role they hold at a unit
 * they act in (or district-wide, for district-wide roles). Newest first, the latest 100.
 */
@Path("t/{tenant}/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    static final int LATEST = 100;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    public record MessageView(String id, String topic, String caseId, String title, OffsetDateTime at, boolean read) {
        static MessageView of(InboxMessage m) {
            return new MessageView(m.id(), m.topic(), m.caseId(), m.title(), m.createdAt(), m.readAt() != null);
        }
    }

    @GET
    @Allow(signedIn = true)
    @Operation(summary = "The caller's messages: to them, or to a role of theirs at a unit they act in")
    public List<MessageView> inbox() {
        var who = caller.require();
        List<String> roles = who.roles().stream().map(Role::realmName).toList();
        io.gongzhi.platform.identity.control.UnitFilter units =
                io.gongzhi.platform.identity.control.UnitFilter.of(caller, who.roles(), null);
        String scope = units.clause("m.recipientUnit");
        String toRoles = units.nothing()
                ? ""
                : " or (m.recipientSubject is null and m.recipientRole in :roles and (m.recipientUnit is null"
                        + (scope.isEmpty() ? " or 1 = 1" : scope.replaceFirst("^ and ", " or ")) + "))";
        return tx.call(em -> {
            var q = em.createQuery(
                    "select m from InboxMessage m where m.recipientSubject = :me" + toRoles
                            + " order by m.createdAt desc",
                    InboxMessage.class);
            q.setParameter("me", who.subject());
            if (!units.nothing()) {
                q.setParameter("roles", roles);
                units.bind(q);
            }
            return q.setMaxResults(LATEST * 4)
                    .getResultStream()
                    .filter(this::mine)
                    .limit(LATEST)
                    .map(MessageView::of)
                    .toList();
        });
    }

    @POST
    @Path("{id}/read")
    @Allow(signedIn = true)
    @Operation(summary = "Mark a message read")
    public Response read(@PathParam("id") String id) {
        tx.call(em -> {
            InboxMessage m = Records.byId(em, InboxMessage.class, id)
                    .filter(this::mine)
                    .orElseThrow(() -> ProblemException.notFound("no-such-resource"));
            m.read(OffsetDateTime.now());
            return null;
        });
        return Response.noContent().build();
    }

    private boolean mine(InboxMessage m) {
        if (m.recipientSubject() != null) {
            return caller.identity()
                    .map(i -> i.subject().equals(m.recipientSubject()))
                    .orElse(false);
        }
        return Role.ofRealmName(m.recipientRole())
                .map(r -> m.recipientUnit() == null
                        ? caller.inScope(null, Set.of(r))
                        : caller.inScope(Units.check("unit", m.recipientUnit()), Set.of(r)))
                .orElse(false);
    }
}
