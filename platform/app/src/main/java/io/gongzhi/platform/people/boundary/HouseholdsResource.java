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
import io.gongzhi.platform.people.entity.Household;
import io.gongzhi.platform.people.entity.Resident;
import io.gongzhi.platform.persistence.control.Constraints;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Households of the caller's units and who lives in them (residents whose household number it
 * is). Addresses are masked like every other personal field.
 */
@Path("t/{tenant}/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdsResource {

    @Inject
    TenantTransactions tx;

    @Inject
    CurrentTenant tenant;

    @Inject
    Exports exports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    static final int MAX_PAGE = 500;

    @Inject
    Caller caller;

    @Inject
    Hierarchy hierarchy;

    @Inject
    AuditLog audit;

    public record HouseholdInput(String code, String unit, String address) {}

    /** A household, address masked, with its members (masked) when asked for one. */
    /** A change of address, with the version read. */
    public record HouseholdChange(String address, Long version) {}

    public record HouseholdView(
            String id, String code, String unit, String address, List<ResidentView> members, long version) {
        static HouseholdView of(Household h, List<ResidentView> members) {
            return new HouseholdView(
                    h.id(), h.code(), h.unit(), PersonalData.maskAddress(h.address()), members, h.version());
        }
    }

    /** A page of households and how many match in all. */
    public record HouseholdPage(long total, List<HouseholdView> items) {}

    @GET
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(
            summary =
                    "Households of the caller's units, optionally under a unit (addresses masked), by unit and number")
    public HouseholdPage list(
            @QueryParam("under") String under,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return page(under, limit, offset);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "The same list as a sheet (format csv or xlsx), addresses masked; audited")
    public Response export(@QueryParam("under") String under, @QueryParam("format") String format) {
        List<List<String>> rows = page(under, Exports.MAX_ROWS + 1, 0).items().stream()
                .map(h -> java.util.Arrays.asList(h.code(), h.address(), h.unit()))
                .toList();
        return exports.download("households", format, headers, under, rows);
    }

    private HouseholdPage page(String under, int limit, int offset) {
        UnitFilter units = UnitFilter.of(caller, ResidentsResource.READERS, under);
        if (units.nothing()) {
            return new HouseholdPage(0, List.of());
        }
        String where = " where 1 = 1" + units.clause("h.unit");
        return tx.call(em -> {
            var count = em.createQuery("select count(h) from Household h" + where, Long.class);
            var items =
                    em.createQuery("select h from Household h" + where + " order by h.unit, h.code", Household.class);
            units.bind(count);
            units.bind(items);
            return new HouseholdPage(
                    count.getSingleResult(),
                    items.setFirstResult(offset)
                            .setMaxResults(limit)
                            .getResultStream()
                            .map(h -> HouseholdView.of(h, null))
                            .toList());
        });
    }

    @GET
    @Path("{code}")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "One household with its members (masked)")
    public HouseholdView get(@PathParam("code") String code) {
        return tx.call(em -> {
            Household h = em.createQuery("select h from Household h where h.code = :c", Household.class)
                    .setParameter("c", code)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> ProblemException.notFound("no-such-household", code));
            caller.requireScope(h.unit(), ResidentsResource.READERS);
            List<ResidentView> members = em.createQuery(
                            "select r from Resident r where r.household = :c order by r.name", Resident.class)
                    .setParameter("c", code)
                    .getResultStream()
                    .map(ResidentView::of)
                    .toList();
            return HouseholdView.of(h, members);
        });
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "Correct a household's address; the version read must be sent back (409 if stale)")
    public HouseholdView update(@PathParam("code") String code, HouseholdChange in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String address = ResidentRules.optional("address", in.address(), 300);
        HouseholdView v = tx.call(em -> {
            String id = em.createQuery("select h.id from Household h where h.code = :c", String.class)
                    .setParameter("c", code)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> ProblemException.notFound("no-such-household", code));
            Household h = Records.changeable(
                    em,
                    Household.class,
                    id,
                    in.version(),
                    Household::version,
                    x -> caller.requireScope(x.unit(), ResidentsResource.REGISTRARS));
            h.readdress(address);
            em.flush();
            return HouseholdView.of(h, null);
        });
        audit.done(tenant.get().id(), caller.require(), "household.changed", "household " + code, v.unit());
        return v;
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "Register a household (its number unique in the district) in a unit the caller works in")
    public Response create(HouseholdInput in) {
        if (in == null || in.code() == null || !in.code().matches("[A-Za-z0-9][A-Za-z0-9-]{0,62}")) {
            throw new ProblemException(400, "field-format", "code", "A-Z, a-z, 0-9 and '-', at most 63");
        }
        String unit = hierarchy.actionableUnit(tenant.get(), caller, in.unit(), ResidentsResource.REGISTRARS);
        Household h = new Household(in.code(), unit, ResidentRules.optional("address", in.address(), 300));
        try {
            tx.call(em -> {
                em.persist(h);
                em.flush();
                return null;
            });
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolation(e)) {
                throw new ProblemException(409, "duplicate-code", in.code());
            }
            throw e;
        }
        audit.done(tenant.get().id(), caller.require(), "household.registered", "household " + h.code(), unit);
        return Response.status(201).entity(HouseholdView.of(h, List.of())).build();
    }
}
