package io.gongzhi.platform.cadres.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.cadres.control.CadreFigures;
import io.gongzhi.platform.cadres.entity.Cadre;
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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The cadres register and its figures, per unit and for any subtree. */
@Path("t/{tenant}/cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {

    static final Set<Role> READERS =
            Set.of(Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
    static final Set<Role> KEEPERS = Set.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);
    static final Set<String> POSTS =
            Set.of("secretary", "director", "station-chief", "member", "grid-worker", "full-time");

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

    /** A cadre as a keeper sends them. */
    public record CadreInput(
            String name,
            String unit,
            String post,
            LocalDate birthDate,
            String education,
            String payGrade,
            Long version) {}

    /** A cadre as shown: age instead of the birth date. */
    public record CadreView(
            String id,
            String name,
            String unit,
            String post,
            int age,
            String education,
            String payGrade,
            long version) {
        static CadreView of(Cadre c, LocalDate on) {
            return new CadreView(
                    c.id(),
                    c.name(),
                    c.unit(),
                    c.post(),
                    Period.between(c.birthDate(), on).getYears(),
                    c.education(),
                    c.payGrade(),
                    c.version());
        }
    }

    /** The figures of the whole selection and of each unit in it. */
    public record FiguresView(LocalDate on, CadreFigures all, Map<String, CadreFigures> byUnit) {}

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "The same list as a sheet (format csv or xlsx); audited")
    public Response export(@QueryParam("under") String under, @QueryParam("format") String format) {
        List<List<String>> rows = cadres(under).stream()
                .map(c -> java.util.Arrays.asList(
                        c.name(), c.unit(), c.post(), c.birthDate().toString(), c.education(), c.payGrade()))
                .toList();
        return exports.download("cadres", format, headers, under, rows);
    }

    @GET
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "The cadres of the caller's units, optionally under a unit")
    public List<CadreView> list(@QueryParam("under") String under) {
        LocalDate today = today();
        return cadres(under).stream().map(c -> CadreView.of(c, today)).toList();
    }

    @GET
    @Path("figures")
    @Allow({Role.DISTRICT_ADMIN, Role.COMMAND_CENTRE, Role.STREET_STAFF, Role.COMMUNITY_STAFF})
    @Operation(summary = "Average age, share under 35 and share with a degree, for the selection and per unit")
    public FiguresView figures(@QueryParam("under") String under, @QueryParam("at") LocalDate at) {
        LocalDate on = at == null ? today() : at;
        List<Cadre> all = cadres(under);
        Map<String, CadreFigures> byUnit = all.stream()
                .collect(Collectors.groupingBy(Cadre::unit, TreeMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> CadreFigures.of(e.getValue(), on), (a, b) -> a, TreeMap::new));
        return new FiguresView(on, CadreFigures.of(all, on), byUnit);
    }

    @POST
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
    @Operation(summary = "Register a cadre of a unit the caller works in")
    public Response create(CadreInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String unit = hierarchy.actionableUnit(tenant.get(), caller, in.unit(), KEEPERS);
        LocalDate today = today();
        checkPostAndEducation(in);
        if (in.birthDate() == null || in.birthDate().isAfter(today.minusYears(16))) {
            throw new ProblemException(400, "field-format", "birthDate", "a date at least 16 years ago");
        }
        Cadre c = new Cadre(
                ResidentRules.name(in.name()),
                unit,
                in.post(),
                in.birthDate(),
                in.education(),
                ResidentRules.optional("payGrade", in.payGrade(), 40));
        tx.call(em -> {
            em.persist(c);
            return null;
        });
        audit.done(tenant.get().id(), caller.require(), "cadre.registered", "cadre " + c.id(), unit + " " + c.post());
        return Response.status(201).entity(CadreView.of(c, today)).build();
    }

    @PUT
    @Path("{id}")
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
    @Operation(
            summary =
                    "Change a cadre's post, education or pay grade; the version read must be sent back (409 if stale)")
    public CadreView update(@PathParam("id") String id, CadreInput in) {
        if (in == null || in.version() == null) {
            throw new ProblemException(400, "field-required", "version");
        }
        checkPostAndEducation(in);
        LocalDate today = today();
        CadreView v = tx.call(em -> {
            Cadre c = Records.changeable(
                    em, Cadre.class, id, in.version(), Cadre::version, x -> caller.requireScope(x.unit(), KEEPERS));
            c.change(
                    ResidentRules.name(in.name()),
                    in.post(),
                    in.education(),
                    ResidentRules.optional("payGrade", in.payGrade(), 40));
            em.flush();
            return CadreView.of(c, today);
        });
        audit.done(tenant.get().id(), caller.require(), "cadre.changed", "cadre " + id, v.unit() + " " + v.post());
        return v;
    }

    private static void checkPostAndEducation(CadreInput in) {
        if (in.post() == null || !POSTS.contains(in.post())) {
            throw new ProblemException(400, "field-format", "post", String.join(" | ", new java.util.TreeSet<>(POSTS)));
        }
        if (in.education() == null || !CadreFigures.EDUCATION.contains(in.education())) {
            throw new ProblemException(400, "field-format", "education", String.join(" | ", CadreFigures.EDUCATION));
        }
    }

    private List<Cadre> cadres(String under) {
        UnitFilter units = UnitFilter.of(caller, READERS, under);
        if (units.nothing()) {
            return List.of();
        }
        return tx.call(em -> {
            var q = em.createQuery(
                    "select c from Cadre c where 1 = 1" + units.clause("c.unit") + " order by c.unit, c.name",
                    Cadre.class);
            units.bind(q);
            return q.getResultList();
        });
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(tenant.get().timezone()));
    }
}
