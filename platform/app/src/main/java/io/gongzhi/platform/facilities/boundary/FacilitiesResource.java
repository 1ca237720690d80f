package io.gongzhi.platform.facilities.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.facilities.control.FacilityRegister;
import io.gongzhi.platform.facilities.entity.Facility;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.UnitFilter;
import io.gongzhi.platform.imports.boundary.Exports;
import io.gongzhi.platform.people.control.ResidentRules;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Community service facilities and their compliance with the facility standard. */
@Path("t/{tenant}/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    static final Set<Role> READERS =
            Set.of(Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
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
    AuditLog audit;

    /** A facility as sent and shown; areas in m². */
    public record FacilityView(
            String id,
            String name,
            String unit,
            BigDecimal office,
            BigDecimal activity,
            int households,
            String owner,
            Long version) {
        static FacilityView of(Facility f) {
            return new FacilityView(
                    f.id(), f.name(), f.unit(), f.office(), f.activity(), f.households(), f.owner(), f.version());
        }
    }

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(
            summary = "The same list as a sheet (format csv or xlsx) in the columns the facility import reads; audited")
    public Response export(@QueryParam("under") String under, @QueryParam("format") String format) {
        List<List<String>> rows = facilities(under).stream()
                .map(f -> java.util.Arrays.asList(
                        f.name(),
                        f.unit(),
                        f.office().toPlainString(),
                        f.activity().toPlainString(),
                        Integer.toString(f.households()),
                        f.owner()))
                .toList();
        return exports.download("facilities", format, headers, under, rows);
    }

    @GET
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "The facilities of the caller's units, optionally under a unit")
    public List<FacilityView> list(@QueryParam("under") String under) {
        return facilities(under).stream().map(FacilityView::of).toList();
    }

    @GET
    @Path("compliance")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "How the sites meet 双四百 and 30 m² per 100 households; the sites that do not, and why")
    public Compliance compliance(@QueryParam("under") String under) {
        return Compliance.of(facilities(under));
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Register a facility of a unit the caller works in")
    public Response create(FacilityView in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String unit = hierarchy.actionableUnit(tenant.get(), caller, in.unit(), KEEPERS);
        Facility f = new Facility(
                ResidentRules.name(in.name()),
                unit,
                FacilityRegister.area("office", in.office()),
                FacilityRegister.area("activity", in.activity()),
                FacilityRegister.households(in.households()),
                ResidentRules.optional("owner", in.owner(), 200));
        tx.call(em -> {
            em.persist(f);
            return null;
        });
        audit.done(tenant.get().id(), caller.require(), "facility.registered", "facility " + f.id(), unit);
        return Response.status(201).entity(FacilityView.of(f)).build();
    }

    @PUT
    @Path("{id}")
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Change a facility's areas and households; the version read must be sent back (409 if stale)")
    public FacilityView update(@PathParam("id") String id, FacilityView in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        FacilityView v = tx.call(em -> {
            Facility f = Records.changeable(
                    em,
                    Facility.class,
                    id,
                    in.version(),
                    Facility::version,
                    x -> caller.requireScope(x.unit(), KEEPERS));
            f.measure(
                    ResidentRules.name(in.name()),
                    FacilityRegister.area("office", in.office()),
                    FacilityRegister.area("activity", in.activity()),
                    FacilityRegister.households(in.households()),
                    ResidentRules.optional("owner", in.owner(), 200));
            em.flush();
            return FacilityView.of(f);
        });
        audit.done(tenant.get().id(), caller.require(), "facility.changed", "facility " + id, v.unit());
        return v;
    }

    private List<Facility> facilities(String under) {
        UnitFilter units = UnitFilter.of(caller, READERS, under);
        if (units.nothing()) {
            return List.of();
        }
        return tx.call(em -> {
            var q = em.createQuery(
                    "select f from Facility f where 1 = 1" + units.clause("f.unit") + " order by f.unit, f.name",
                    Facility.class);
            units.bind(q);
            return q.getResultList();
        });
    }
}
