package io.gongzhi.platform.organisations.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.imports.boundary.Exports;
import io.gongzhi.platform.organisations.entity.Membership;
import io.gongzhi.platform.organisations.entity.Organisation;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.plugins.control.PluginRuntime;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import io.gongzhi.spi.model.Body;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Organisations of the district and their members. Which organisations exist is public (a resident
 * looks up their community's committee); who sits in them is for staff of those units.
 */
@Path("t/{tenant}/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    static final int MAX_PAGE = 500;

    /** The kinds every tenant has; a locality plugin's bodies add theirs. */
    static final Set<String> KINDS = Set.of(
            "party-committee",
            "party-branch",
            "party-group",
            "residents-committee",
            "villagers-committee",
            "service-station",
            "station-group",
            "owners-committee",
            "property-company",
            "social-group",
            "private-non-enterprise",
            "resident-unit",
            "volunteer-team",
            "supervision-committee",
            "mediation-committee");

    static final Set<Role> READERS = Set.of(
            Role.DISTRICT_ADMIN,
            Role.COMMAND_CENTRE,
            Role.STREET_STAFF,
            Role.COMMUNITY_STAFF,
            Role.GRID_WORKER,
            Role.PARTY_MEMBER);
    static final Set<Role> KEEPERS = Set.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF);

    @Inject
    Exports exports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    Hierarchy hierarchy;

    @Inject
    PluginRuntime plugins;

    @Inject
    AuditLog audit;

    public record OrganisationInput(String kind, String name, String unit, String parentId) {}

    public record OrganisationView(String id, String kind, String name, String unit, String parentId, long version) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.kind(), o.name(), o.unit(), o.parentId(), o.version());
        }
    }

    /** A change: the kind and name, and the version read. */
    public record OrganisationChange(String kind, String name, Long version) {}

    public record OrganisationPage(long total, List<OrganisationView> items) {}

    public record MemberInput(
            String personName, String residentId, String role, LocalDate termFrom, LocalDate termTo) {}

    public record MemberView(
            String id, String personName, String residentId, String role, LocalDate termFrom, LocalDate termTo) {
        static MemberView of(Membership m) {
            return new MemberView(m.id(), m.personName(), m.residentId(), m.role(), m.termFrom(), m.termTo());
        }
    }

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow(signedIn = true)
    @Operation(
            summary =
                    "The same list as a sheet (format csv or xlsx) in the columns the organisation import reads; audited")
    public Response export(
            @QueryParam("under") String under, @QueryParam("kind") String kind, @QueryParam("format") String format) {
        List<List<String>> rows = page(under, kind, Exports.MAX_ROWS + 1, 0).items().stream()
                .map(o -> java.util.Arrays.asList(o.kind(), o.name(), o.unit()))
                .toList();
        return exports.download("organisations", format, headers, under, rows);
    }

    @GET
    @Allow(anyone = true)
    @Operation(summary = "Organisations under a unit, optionally of one kind")
    public OrganisationPage list(
            @QueryParam("under") String under,
            @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return page(under, kind, limit, offset);
    }

    private OrganisationPage page(String under, String kind, int limit, int offset) {
        String where = where(under, kind);
        return tx.call(em -> {
            var count = em.createQuery("select count(o) from Organisation o" + where, Long.class);
            var items = em.createQuery(
                    "select o from Organisation o" + where + " order by o.unit, o.kind, o.name", Organisation.class);
            for (var q : List.of(count, items)) {
                bind(q, under, kind);
            }
            return new OrganisationPage(
                    count.getSingleResult(),
                    items.setFirstResult(offset)
                            .setMaxResults(limit)
                            .getResultStream()
                            .map(OrganisationView::of)
                            .toList());
        });
    }

    @GET
    @Path("counts")
    @Allow(anyone = true)
    @Operation(summary = "How many organisations of each kind under a unit (the whole district when none)")
    public Map<String, Long> counts(@QueryParam("under") String under) {
        String where = where(under, null);
        return tx.call(em -> {
            var q = em.createQuery(
                    "select o.kind, count(o) from Organisation o" + where + " group by o.kind", Object[].class);
            bind(q, under, null);
            Map<String, Long> out = new TreeMap<>();
            q.getResultList().forEach(r -> out.put((String) r[0], (Long) r[1]));
            return out;
        });
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Register an organisation at a unit the caller works in")
    public Response create(OrganisationInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String unit = hierarchy.actionableUnit(tenant.get(), caller, in.unit(), KEEPERS);
        Set<String> kinds = kinds();
        if (in.kind() == null || !kinds.contains(in.kind())) {
            throw new ProblemException(400, "field-format", "kind", String.join(" | ", kinds));
        }
        Organisation o = tx.call(em -> {
            if (in.parentId() != null) {
                find(em, in.parentId());
            }
            Organisation made = new Organisation(in.kind(), ResidentRules.name(in.name()), unit, in.parentId());
            em.persist(made);
            return made;
        });
        audit.done(tenant.get().id(), caller.require(), "organisation.registered", o.kind() + " " + o.name(), unit);
        return Response.status(201).entity(OrganisationView.of(o)).build();
    }

    @GET
    @Path("{id}/members")
    @Allow({
        Role.DISTRICT_ADMIN,
        Role.COMMAND_CENTRE,
        Role.STREET_STAFF,
        Role.COMMUNITY_STAFF,
        Role.GRID_WORKER,
        Role.PARTY_MEMBER
    })
    @Operation(summary = "Who holds which role in an organisation, and for which term")
    public List<MemberView> members(@PathParam("id") String id) {
        return tx.call(em -> {
            caller.requireScope(find(em, id).unit(), READERS);
            return em.createQuery(
                            "select m from Membership m where m.organisationId = :o order by m.role, m.personName",
                            Membership.class)
                    .setParameter("o", id)
                    .getResultStream()
                    .map(MemberView::of)
                    .toList();
        });
    }

    @POST
    @Path("{id}/members")
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Add someone to an organisation in a role for a term")
    public Response addMember(@PathParam("id") String id, MemberInput in) {
        if (in == null || in.termFrom() == null) {
            throw new ProblemException(400, "field-required", "termFrom");
        }
        if (in.termTo() != null && !in.termTo().isAfter(in.termFrom())) {
            throw new ProblemException(400, "field-format", "termTo", "a day after termFrom");
        }
        if (in.role() == null || !in.role().matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new ProblemException(400, "field-format", "role", "a-z, 0-9 and '-'");
        }
        Membership m = tx.call(em -> {
            caller.requireScope(find(em, id).unit(), KEEPERS);
            Membership made = new Membership(
                    id, ResidentRules.name(in.personName()), in.residentId(), in.role(), in.termFrom(), in.termTo());
            em.persist(made);
            return made;
        });
        audit.done(tenant.get().id(), caller.require(), "membership.added", "organisation " + id, m.role());
        return Response.status(201).entity(MemberView.of(m)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(
            summary = "Rename an organisation or correct its kind; the version read must be sent back (409 if stale)")
    public OrganisationView update(@PathParam("id") String id, OrganisationChange in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        Set<String> kinds = kinds();
        if (in.kind() == null || !kinds.contains(in.kind())) {
            throw new ProblemException(400, "field-format", "kind", String.join(" | ", kinds));
        }
        String name = ResidentRules.name(in.name());
        OrganisationView v = tx.call(em -> {
            Organisation o = Records.changeable(
                    em,
                    Organisation.class,
                    id,
                    in.version(),
                    Organisation::version,
                    x -> caller.requireScope(x.unit(), KEEPERS));
            o.change(in.kind(), name);
            em.flush();
            return OrganisationView.of(o);
        });
        audit.done(tenant.get().id(), caller.require(), "organisation.changed", "organisation " + id, v.unit());
        return v;
    }

    private Set<String> kinds() {
        return kinds(plugins, tenant.get());
    }

    /** The platform's kinds and those of the bodies of the tenant's model. */
    static Set<String> kinds(io.gongzhi.platform.plugins.control.PluginRuntime plugins, Tenant tenant) {
        Set<String> kinds = new TreeSet<>(KINDS);
        try {
            plugins.tenants().model(tenant).bodies().stream().map(Body::code).forEach(kinds::add);
        } catch (ProblemException e) {
            // no plugin serves the tenant: the platform's kinds only
        }
        return kinds;
    }

    private static Organisation find(EntityManager em, String id) {
        return Records.byId(em, Organisation.class, id)
                .orElseThrow(() -> ProblemException.notFound("no-such-organisation", id));
    }

    private static String where(String under, String kind) {
        if (under != null) {
            Units.check("under", under);
        }
        return " where 1 = 1" + (under == null ? "" : " and " + Units.subtree("o.unit", "u"))
                + (kind == null ? "" : " and o.kind = :k");
    }

    private static void bind(jakarta.persistence.Query q, String under, String kind) {
        if (under != null) {
            Units.bindSubtree(q::setParameter, "u", under);
        }
        if (kind != null) {
            q.setParameter("k", kind);
        }
    }
}
