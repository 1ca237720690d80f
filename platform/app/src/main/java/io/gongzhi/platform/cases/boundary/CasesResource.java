package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.cases.control.Action;
import io.gongzhi.platform.cases.control.CaseFlow;
import io.gongzhi.platform.cases.control.CaseIntake;
import io.gongzhi.platform.cases.control.CaseRules;
import io.gongzhi.platform.cases.entity.CaseEvent;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.cases.entity.Channel;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.UnitFilter;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Cases: reporting (anyone signed in, with an {@code Idempotency-Key}), the staff's queue of their
 * units, the reporter's own cases, one case with its history and the actions open to the caller,
 * and the actions themselves. A case the caller may not see answers 404, like one that does not
 * exist.
 */
@Path("t/{tenant}/cases")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: no injection per request on the platform's busiest path; it holds no state
public class CasesResource {

    static final int MAX_PAGE = 200;
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    @Inject
    CaseIntake intake;

    @Inject
    CaseFlow flow;

    @Inject
    Hierarchy hierarchy;

    @Inject
    io.gongzhi.platform.cases.control.CaseRouting routing;

    /** A report. The place: a unit path, coordinates, an address, or several of them. */
    public record CaseInput(
            String category, String description, String unit, Double latitude, Double longitude, String address) {}

    /** A page of cases and how many match. */
    public record CasePage(long total, List<CaseView> items) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(signedIn = true)
    @Operation(
            summary = "Report a problem (随手拍) with an Idempotency-Key: a retry answers the first case (200), the "
                    + "same key with another body 422, a request racing the first 409")
    public Response report(CaseInput in, @HeaderParam("Idempotency-Key") String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ProblemException(400, "field-format", "Idempotency-Key", "8-100 of A-Z a-z 0-9 . _ : -");
        }
        CaseFile.Report report = check(in, key);
        Identity who = caller.require();
        caller.assignments(); // for the actions in the answer, read before the intake's transaction
        CaseIntake.Outcome o = intake.report(tenant.get(), who, reporterRole(who), report);
        OffsetDateTime now = OffsetDateTime.now();
        CaseView view = CaseView.of(o.file(), true, CaseRules.allowed(o.file(), caller, now), o.history(), now);
        return (o.created()
                        ? Response.created(URI.create("/api/t/" + tenant.get().id() + "/cases/"
                                + o.file().id()))
                        : Response.ok())
                .entity(view)
                .build();
    }

    @GET
    @Allow({Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COMMAND_CENTRE, Role.DISTRICT_ADMIN})
    @Operation(
            summary = "The queue of the caller's units: cases handled there, open ones by default, the longest "
                    + "overdue first; filters state, overdue, category, under")
    public CasePage queue(
            @QueryParam("state") String state,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("category") String category,
            @QueryParam("under") String under,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        UnitFilter units = UnitFilter.of(caller, CaseRules.STAFF, under);
        if (units.nothing()) {
            return new CasePage(0, List.of());
        }
        List<CaseState> states = states(state);
        StringBuilder where = new StringBuilder(" where c.state in :states" + units.clause("c.handlerUnit"));
        if (overdue) {
            where.append(" and c.dueAt < :now");
        }
        if (category != null) {
            where.append(" and c.category = :category");
        }
        OffsetDateTime now = OffsetDateTime.now();
        return inTx(em -> {
            var count = em.createQuery("select count(c) from CaseFile c" + where, Long.class);
            var items = em.createQuery(
                    "select c from CaseFile c" + where + " order by c.dueAt, c.reportedAt", CaseFile.class);
            for (var q : List.of(count, items)) {
                q.setParameter("states", states);
                units.bind(q);
                if (overdue) {
                    q.setParameter("now", now);
                }
                if (category != null) {
                    q.setParameter("category", category);
                }
            }
            return new CasePage(
                    count.getSingleResult(),
                    items.setFirstResult(offset)
                            .setMaxResults(limit)
                            .getResultStream()
                            .map(c -> view(em, c, false))
                            .toList());
        });
    }

    /** A possible duplicate, as a reporter may see it: no reporter, no history. */
    public record NearbyView(
            String id,
            String number,
            String category,
            String description,
            String state,
            String unit,
            Integer metres,
            OffsetDateTime reportedAt) {}

    @GET
    @Path("nearby")
    @Allow(signedIn = true)
    @Operation(
            summary = "Open cases of a category near a place (the category's radius and days): shown while "
                    + "reporting, so a resident can follow an existing case instead of reporting it again")
    public List<NearbyView> nearby(
            @QueryParam("category") String category,
            @QueryParam("latitude") Double latitude,
            @QueryParam("longitude") Double longitude,
            @QueryParam("unit") String unit) {
        if (category == null || category.isBlank()) {
            throw new ProblemException(400, "field-required", "category");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new ProblemException(400, "field-format", "latitude, longitude", "both, in degrees (WGS 84)");
        }
        var c = routing.category(tenant.get(), category);
        String u = unit == null || unit.isBlank() ? null : Units.check("unit", unit);
        OffsetDateTime now = OffsetDateTime.now();
        return inTx(em -> io.gongzhi.platform.cases.control.Nearby.find(
                        em, category, latitude, longitude, u, c.duplicateRadiusMetres(), c.duplicateDays(), now)
                .stream()
                .map(m -> new NearbyView(
                        m.file().id(),
                        m.file().number(),
                        m.file().category(),
                        m.file().description(),
                        m.file().state().name(),
                        m.file().unit(),
                        m.metres() == null ? null : (int) Math.round(m.metres()),
                        m.file().reportedAt()))
                .toList());
    }

    @POST
    @Path("{id}/follow")
    @Allow(signedIn = true)
    @Operation(
            summary = "Follow an open case (one shown as nearby while reporting) instead of reporting it again: "
                    + "the follower is told when it is closed or reopened; following twice is following once")
    public Response follow(@PathParam("id") String id) {
        String me = caller.require().subject();
        inTx(em -> {
            CaseFile c = Records.byId(em, CaseFile.class, id)
                    .filter(x -> x.state().open())
                    .orElseThrow(() -> ProblemException.notFound("no-such-case", id));
            boolean already = em.createQuery(
                                    "select count(f) from CaseFollower f where f.caseId = :c and f.subject = :s",
                                    Long.class)
                            .setParameter("c", c.id())
                            .setParameter("s", me)
                            .getSingleResult()
                    > 0;
            if (!already && !me.equals(c.reporter())) {
                em.persist(new io.gongzhi.platform.cases.entity.CaseFollower(c.id(), me, OffsetDateTime.now()));
            }
            return null;
        });
        return Response.noContent().build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/follow")
    @Allow(signedIn = true)
    @Operation(summary = "Stop following a case")
    public Response unfollow(@PathParam("id") String id) {
        String me = caller.require().subject();
        inTx(em -> em.createQuery("delete from CaseFollower f where f.caseId = :c and f.subject = :s")
                .setParameter("c", id)
                .setParameter("s", me)
                .executeUpdate());
        return Response.noContent().build();
    }

    @GET
    @Path("mine")
    @Allow(signedIn = true)
    @Operation(summary = "The caller's own reports, newest first")
    public CasePage mine(
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        String me = caller.require().subject();
        return inTx(em -> {
            long total = em.createQuery("select count(c) from CaseFile c where c.reporter = :r", Long.class)
                    .setParameter("r", me)
                    .getSingleResult();
            return new CasePage(
                    total,
                    em.createQuery(
                                    "select c from CaseFile c where c.reporter = :r order by c.reportedAt desc",
                                    CaseFile.class)
                            .setParameter("r", me)
                            .setFirstResult(offset)
                            .setMaxResults(limit)
                            .getResultStream()
                            .map(c -> view(em, c, false))
                            .toList());
        });
    }

    @GET
    @Path("{id}")
    @Allow(signedIn = true)
    @Operation(summary = "One case with its history and the actions open to the caller")
    public CaseView get(@PathParam("id") String id) {
        return inTx(em -> view(em, visible(em, id), true));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(signedIn = true)
    @Operation(
            summary = "Act on a case: take, resolve, escalate, dispatch, supervise, close, reject, rate, reopen; "
                    + "with the version read (409 if stale or if the case has moved on)")
    public CaseView act(@PathParam("id") String id, @PathParam("action") String action, CaseFlow.Step step) {
        Action a = Action.of(action)
                .orElseThrow(() -> new ProblemException(
                        404,
                        "no-such-action",
                        action,
                        "take, resolve, escalate, dispatch, supervise, close, reject, rate, reopen"));
        if (step == null) {
            throw new ProblemException(400, "field-required", "version");
        }
        Tenant t = tenant.get();
        return inTx(em -> {
            CaseFile c = visible(em, id);
            flow.apply(em, t, caller, c, a, step, OffsetDateTime.now());
            return view(em, c, true);
        });
    }

    /**
     * A transaction of the tenant, with the caller's assignments read before it (the scope checks
     * inside would otherwise read them in a second transaction while this one holds a connection).
     */
    private <T> T inTx(java.util.function.Function<EntityManager, T> work) {
        caller.assignments();
        return tx.call(work);
    }

    private CaseFile visible(EntityManager em, String id) {
        return Records.byId(em, CaseFile.class, id)
                .filter(c -> CaseRules.visible(c, caller))
                .orElseThrow(() -> ProblemException.notFound("no-such-case", id));
    }

    private CaseView view(EntityManager em, CaseFile c, boolean withHistory) {
        OffsetDateTime now = OffsetDateTime.now();
        List<CaseEvent> history = withHistory ? CaseFlow.history(em, c) : null;
        boolean mine =
                caller.identity().map(i -> i.subject().equals(c.reporter())).orElse(false);
        return CaseView.of(c, mine, CaseRules.allowed(c, caller, now), history, now);
    }

    private CaseFile.Report check(CaseInput in, String key) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        if (in.category() == null || in.category().isBlank()) {
            throw new ProblemException(400, "field-required", "category");
        }
        if (in.description() == null || in.description().isBlank()) {
            throw new ProblemException(400, "field-required", "description");
        }
        if (in.description().strip().length() > 2000) {
            throw new ProblemException(400, "field-too-long", "description", 2000);
        }
        String address = in.address() == null || in.address().isBlank()
                ? null
                : in.address().strip();
        if (address != null && address.length() > 300) {
            throw new ProblemException(400, "field-too-long", "address", 300);
        }
        if ((in.latitude() == null) != (in.longitude() == null)
                || (in.latitude() != null && (Math.abs(in.latitude()) > 90 || Math.abs(in.longitude()) > 180))) {
            throw new ProblemException(400, "field-format", "latitude, longitude", "both, in degrees (WGS 84)");
        }
        String unit = null;
        if (in.unit() != null && !in.unit().isBlank()) {
            unit = Units.check("unit", in.unit());
            LocalDate today = LocalDate.now(ZoneId.of(tenant.get().timezone()));
            if (hierarchy.units().byPath(tenant.get().id(), unit, today).isEmpty()) {
                throw new ProblemException(422, "no-such-unit", unit, today);
            }
        }
        if (unit == null && in.latitude() == null && address == null) {
            throw new ProblemException(400, "field-required", "unit, latitude/longitude or address");
        }
        Identity who = caller.require();
        Channel channel = who.has(Role.GRID_WORKER)
                ? Channel.PATROL
                : who.roles().stream().anyMatch(CaseRules.STAFF::contains) ? Channel.PROXY : Channel.PORTAL;
        String hash = io.gongzhi.platform.runtime.Hashes.sha256(String.join(
                "\u0000",
                in.category().strip(),
                in.description().strip(),
                String.valueOf(unit),
                String.valueOf(in.latitude()),
                String.valueOf(in.longitude()),
                String.valueOf(address)));
        return new CaseFile.Report(
                in.category().strip(),
                in.description().strip(),
                unit,
                in.latitude(),
                in.longitude(),
                address,
                channel,
                key,
                hash);
    }

    /** The role a report is made in: the most specific of the caller's. */
    static String reporterRole(Identity who) {
        for (Role r : List.of(
                Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COMMAND_CENTRE, Role.DISTRICT_ADMIN)) {
            if (who.has(r)) {
                return r.realmName();
            }
        }
        return Role.RESIDENT.realmName();
    }

    private static List<CaseState> states(String state) {
        if (state == null || state.isBlank() || state.equals("open")) {
            return List.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.RESOLVED);
        }
        try {
            return List.of(CaseState.valueOf(state.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400, "field-format", "state", "open | dispatched | in_progress | resolved | closed");
        }
    }
}
