package io.gongzhi.platform.people.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.UnitFilter;
import io.gongzhi.platform.imports.boundary.Exports;
import io.gongzhi.platform.people.control.PersonalData;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.people.entity.Resident;
import io.gongzhi.platform.persistence.control.Constraints;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The register of residents. Staff read the residents of their units (district roles: all);
 * community staff, grid workers and district admins register and change them. Every answer masks
 * ID numbers, phones and addresses; {@code /personal} shows them, audited, to those who may.
 */
@Path("t/{tenant}/residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentsResource {

    static final int MAX_PAGE = 500;
    static final int EXPORT_PAGE = 1000;
    static final Set<Role> READERS =
            Set.of(Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER);
    static final Set<Role> REGISTRARS = Set.of(Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER);

    @Inject
    Exports exports;

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    Hierarchy hierarchy;

    @Inject
    AuditLog audit;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** A page of residents and how many match in all. */
    public record ResidentPage(long total, List<ResidentView> items) {}

    @GET
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(
            summary =
                    "Residents of the caller's units (masked), optionally under a unit, with a care attribute, or by name")
    public ResidentPage list(
            @QueryParam("under") String under,
            @QueryParam("care") String care,
            @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return page(under, care, q, limit, offset);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "The same list as a sheet (format csv or xlsx), every row masked as on screen; audited")
    public Response export(
            @QueryParam("under") String under,
            @QueryParam("care") String care,
            @QueryParam("q") String q,
            @QueryParam("format") String format) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (ResidentPage page = page(under, care, q, EXPORT_PAGE, 0);
                !page.items().isEmpty() && rows.size() <= Exports.MAX_ROWS;
                page = page(under, care, q, EXPORT_PAGE, rows.size())) {
            for (ResidentView r : page.items()) {
                rows.add(java.util.Arrays.asList(
                        r.name(),
                        r.idNumber(),
                        r.phone(),
                        r.address(),
                        r.household(),
                        r.unit(),
                        String.join(";", r.care())));
            }
        }
        return exports.download("residents", format, headers, under, rows);
    }

    private ResidentPage page(String under, String care, String q, int limit, int offset) {
        UnitFilter units = UnitFilter.of(caller, READERS, under);
        if (units.nothing()) {
            return new ResidentPage(0, List.of());
        }
        StringBuilder where = new StringBuilder(" where 1 = 1" + units.clause("r.unit"));
        if (care != null) {
            ResidentRules.care(List.of(care));
            where.append(" and (r.care = :c or r.care like :c1 or r.care like :c2 or r.care like :c3)");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and r.name like :q");
        }
        return tx.call(em -> {
            TypedQuery<Long> count = em.createQuery("select count(r) from Resident r" + where, Long.class);
            TypedQuery<Resident> items = em.createQuery(
                    "select r from Resident r" + where + " order by r.unit, r.name, r.id", Resident.class);
            for (TypedQuery<?> query : List.of(count, items)) {
                units.bind(query);
                if (care != null) {
                    query.setParameter("c", care);
                    query.setParameter("c1", care + ",%");
                    query.setParameter("c2", "%," + care);
                    query.setParameter("c3", "%," + care + ",%");
                }
                if (q != null && !q.isBlank()) {
                    query.setParameter("q", "%" + q.strip().replace("%", "").replace("_", "") + "%");
                }
            }
            return new ResidentPage(
                    count.getSingleResult(),
                    items.setFirstResult(offset)
                            .setMaxResults(limit)
                            .getResultStream()
                            .map(ResidentView::of)
                            .toList());
        });
    }

    @GET
    @Path("{id}")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "One resident, masked")
    public ResidentView get(@PathParam("id") String id) {
        return tx.call(em -> ResidentView.of(inScope(em, id, READERS)));
    }

    @GET
    @Path("{id}/personal")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "A resident's ID number, phone and address unmasked; every read is in the audit trail")
    public ResidentView.Personal personal(@PathParam("id") String id) {
        ResidentView.Personal p = tx.call(em -> ResidentView.Personal.of(inScope(em, id, REGISTRARS)));
        audit.done(
                tenant.get().id(),
                caller.require(),
                "personal-data.unmasked",
                "resident " + id,
                "id number, phone, address");
        return p;
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(
            summary = "Register a resident in a unit the caller works in; ID number (GB 11643) and phone are checked")
    public Response create(ResidentInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String unit = unit(in.unit());
        Resident created = save(
                () -> tx.call(em -> {
                    Resident r = new Resident(unit);
                    ResidentRules.apply(r, in.fields(unit));
                    em.persist(r);
                    em.flush();
                    return r;
                }),
                in);
        audit.done(tenant.get().id(), caller.require(), "resident.registered", "resident " + created.id(), unit);
        return Response.status(201).entity(ResidentView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "Change a resident; the version read must be sent back (a stale one gets 409)")
    public ResidentView update(@PathParam("id") String id, ResidentInput in) {
        if (in == null || in.version() == null) {
            throw new ProblemException(400, "field-required", "version");
        }
        String unit = unit(in.unit());
        Resident changed = save(
                () -> tx.call(em -> {
                    Resident r = inScope(em, id, REGISTRARS);
                    if (r.version() != in.version()) {
                        throw new ProblemException(409, "stale-version", r.version());
                    }
                    ResidentRules.apply(r, in.fields(unit));
                    em.flush();
                    return r;
                }),
                in);
        audit.done(tenant.get().id(), caller.require(), "resident.changed", "resident " + id, unit);
        return ResidentView.of(changed);
    }

    private Resident save(java.util.function.Supplier<Resident> work, ResidentInput in) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolation(e)) {
                throw new ProblemException(
                        409, "duplicate-id-number", PersonalData.maskId(ResidentRules.idNumber(in.idNumber())));
            }
            throw e;
        }
    }

    /** The unit, checked: a path, within the caller's reach, and a unit of the hierarchy today. */
    private String unit(String raw) {
        return hierarchy.actionableUnit(tenant.get(), caller, raw, REGISTRARS);
    }

    private Resident inScope(EntityManager em, String id, Set<Role> roles) {
        Resident r = Records.byId(em, Resident.class, id)
                .orElseThrow(() -> ProblemException.notFound("no-such-resident", id));
        caller.requireScope(r.unit(), roles);
        return r;
    }
}
