package io.gongzhi.platform.disclosure.boundary;

import io.gongzhi.platform.disclosure.control.NoticeRules;
import io.gongzhi.platform.disclosure.entity.Notice;
import io.gongzhi.platform.disclosure.entity.NoticeKind;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.persistence.control.Constraints;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A tenant's public notices. Reading is public. District admins write any notice; street and
 * community staff write the notices of their own units (a notice without a unit is district-wide
 * and only district admins write it).
 */
@Path("t/{tenant}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesResource {

    static final int MAX_PAGE = 200;

    /** The roles that write notices, each within its reach. */
    static final Set<Role> WRITERS = Set.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF);

    @Inject
    TenantTransactions tx;

    @Inject
    Caller caller;

    @GET
    @Allow(anyone = true)
    @Operation(
            summary = "Notices, newest first; optionally of one kind, and for a unit: those of the unit, of the"
                    + " units above it and the district-wide ones (what a community's residents read)")
    public List<NoticeView> list(
            @QueryParam("kind") NoticeKind kind,
            @QueryParam("for") String forUnit,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        List<String> units = forUnit == null || forUnit.isBlank() ? null : withAncestors(Units.check("for", forUnit));
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (kind != null) {
            where.append(" and n.kind = :kind");
        }
        if (units != null) {
            where.append(" and (n.unit is null or n.unit in :units)");
        }
        return tx.call(em -> {
            TypedQuery<Notice> q = em.createQuery(
                    "select n from Notice n" + where + " order by n.publishedAt desc, n.code", Notice.class);
            if (kind != null) {
                q.setParameter("kind", kind);
            }
            if (units != null) {
                q.setParameter("units", units);
            }
            return q.setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(NoticeView::of)
                    .toList();
        });
    }

    /** {@code a/b/c} → {@code a}, {@code a/b}, {@code a/b/c}. */
    static List<String> withAncestors(String path) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i));
        }
        out.add(path);
        return out;
    }

    @GET
    @Path("{code}")
    @Allow(anyone = true)
    @Operation(summary = "One notice by its code")
    public NoticeView get(@PathParam("code") String code) {
        return tx.call(em -> NoticeView.of(find(em, code)));
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Publish a notice of a unit the caller works in")
    public Response create(NoticeInput input) {
        NoticeRules.required("body", input);
        String code = NoticeRules.code(input.code());
        String unit = unit(input);
        caller.requireScope(unit, WRITERS);
        Notice created;
        try {
            created = tx.call(em -> {
                if (!byCode(em, code).isEmpty()) {
                    throw new ProblemException(409, "duplicate-code", code);
                }
                Notice n = new Notice(
                        code,
                        unit,
                        NoticeRules.required("kind", input.kind()),
                        NoticeRules.text("title", input.title(), 300),
                        NoticeRules.text("body", input.body(), 20000),
                        input.publishedAt() == null ? OffsetDateTime.now() : input.publishedAt());
                em.persist(n);
                em.flush();
                return n;
            });
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolation(e)) {
                // the same code was created concurrently: the database's unique key decided
                throw new ProblemException(409, "duplicate-code", code);
            }
            throw e;
        }
        return Response.created(UriBuilder.fromPath("{code}").build(code))
                .entity(NoticeView.of(created))
                .build();
    }

    @PUT
    @Path("{code}")
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Change a notice; the version read must be sent back (optimistic locking)")
    public NoticeView update(@PathParam("code") String code, NoticeInput input) {
        NoticeRules.required("body", input);
        long version = NoticeRules.required("version", input.version());
        String unit = unit(input);
        caller.requireScope(unit, WRITERS);
        return tx.call(em -> {
            Notice n = find(em, code);
            caller.requireScope(n.unit(), WRITERS);
            if (n.version() != version) {
                throw new ProblemException(409, "stale-version", n.version());
            }
            n.revise(
                    unit,
                    NoticeRules.required("kind", input.kind()),
                    NoticeRules.text("title", input.title(), 300),
                    NoticeRules.text("body", input.body(), 20000),
                    input.publishedAt() == null ? n.publishedAt() : input.publishedAt());
            em.flush();
            return NoticeView.of(n);
        });
    }

    @DELETE
    @Path("{code}")
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Withdraw a notice")
    public Response delete(@PathParam("code") String code) {
        tx.call(em -> {
            Notice n = find(em, code);
            caller.requireScope(n.unit(), WRITERS);
            em.remove(n);
            return null;
        });
        return Response.noContent().build();
    }

    private static Notice find(EntityManager em, String code) {
        return byCode(em, code).stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("notice-not-found", code));
    }

    private static List<Notice> byCode(EntityManager em, String code) {
        return em.createQuery("select n from Notice n where n.code = :code", Notice.class)
                .setParameter("code", code)
                .getResultList();
    }

    private static String unit(NoticeInput input) {
        return input.unit() == null || input.unit().isBlank() ? null : Units.check("unit", input.unit());
    }
}
