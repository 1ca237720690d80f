package io.gongzhi.platform.hierarchy.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.hierarchy.control.Hierarchy;
import io.gongzhi.platform.hierarchy.control.OrgUnits;
import io.gongzhi.platform.hierarchy.control.UnitRules;
import io.gongzhi.platform.hierarchy.entity.OrgUnit;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.imports.boundary.Exports;
import io.gongzhi.platform.problem.control.Paging;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's org units. Reading is public (a resident picks their community from it); district
 * admins create, rename and merge units, and every change is audited.
 */
@Path("t/{tenant}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    static final int MAX_PAGE = 500;

    @Inject
    Hierarchy hierarchy;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Exports exports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** A page of units and how many match in all. */
    public record UnitPage(long total, List<UnitView> items) {}

    /** A unit with the units that were merged into it. */
    public record UnitDetail(UnitView unit, List<UnitView> predecessors) {}

    @GET
    @Allow(anyone = true)
    @Operation(
            summary = "Units valid on a day (default today), optionally under a unit (its subtree), of a level, "
                    + "or whose name contains q; sorted by path, name or level")
    public UnitPage list(
            @QueryParam("under") String under,
            @QueryParam("level") String level,
            @QueryParam("q") String q,
            @QueryParam("at") LocalDate at,
            @QueryParam("sort") @DefaultValue("path") String sort,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        OrgUnits.Page page = hierarchy
                .units()
                .list(
                        tenant.get().id(),
                        new OrgUnits.Query(
                                under == null ? null : Units.check("under", under),
                                level,
                                q == null || q.isBlank() ? null : q.strip(),
                                at == null ? today() : at,
                                sort,
                                limit,
                                offset));
        return new UnitPage(
                page.total(), page.items().stream().map(UnitView::of).toList());
    }

    @GET
    @Path("export")
    @Produces({"text/csv", Exports.XLSX})
    @Allow(signedIn = true)
    @Operation(
            summary = "The same list as a sheet (format csv or xlsx), every unit on the day, in the columns the unit "
                    + "import reads back; audited")
    public Response export(
            @QueryParam("under") String under,
            @QueryParam("level") String level,
            @QueryParam("at") LocalDate at,
            @QueryParam("format") String format) {
        LocalDate on = at == null ? today() : at;
        List<List<String>> rows = hierarchy
                .units()
                .list(
                        tenant.get().id(),
                        new OrgUnits.Query(
                                under == null ? null : Units.check("under", under),
                                level,
                                null,
                                on,
                                "path",
                                Exports.MAX_ROWS + 1,
                                0))
                .items()
                .stream()
                .map(u -> java.util.Arrays.asList(
                        u.code(),
                        u.level(),
                        u.nameZh(),
                        u.nameEn(),
                        u.path().contains("/") ? u.path().substring(0, u.path().lastIndexOf('/')) : "",
                        u.validFrom().toString(),
                        u.path(),
                        u.validTo() == null ? "" : u.validTo().toString()))
                .toList();
        return exports.download("units", format, headers, under, rows);
    }

    @GET
    @Path("{id}")
    @Allow(anyone = true)
    @Operation(summary = "One unit, whatever its dates, with the units merged into it")
    public UnitDetail get(@PathParam("id") String id) {
        OrgUnit u = hierarchy
                .units()
                .byId(tenant.get().id(), id)
                .orElseThrow(() -> ProblemException.notFound("no-such-unit", id, today()));
        return new UnitDetail(
                UnitView.of(u),
                hierarchy.units().predecessors(tenant.get().id(), id).stream()
                        .map(UnitView::of)
                        .toList());
    }

    @POST
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Create a unit under a parent (by path) at a level the locality model allows there")
    public Response create(UnitInput in) {
        if (in == null) {
            throw new ProblemException(400, "field-required", "body");
        }
        String code = UnitRules.code("code", in.code());
        String level = UnitRules.code("level", in.level());
        String parent = in.parent() == null || in.parent().isBlank() ? null : Units.check("parent", in.parent());
        LocalDate from = in.validFrom() == null ? today() : in.validFrom();
        Tenant t = tenant.get();
        String parentLevel = parent == null
                ? null
                : hierarchy
                        .units()
                        .byPath(t.id(), parent, from)
                        .orElseThrow(() -> new ProblemException(422, "no-such-unit", parent, from))
                        .level();
        hierarchy.checkLevel(t, parentLevel, level);
        OrgUnit u = hierarchy
                .units()
                .create(
                        t.id(),
                        parent,
                        code,
                        level,
                        UnitRules.name("nameZh", in.nameZh(), true),
                        UnitRules.name("nameEn", in.nameEn(), false),
                        from);
        audit.done(t.id(), caller.require(), "unit.created", u.path(), level + " " + u.nameZh());
        return Response.status(201).entity(UnitView.of(u)).build();
    }

    @PUT
    @Path("{id}")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Rename a unit; the version read must be sent back (a stale one gets 409)")
    public UnitView rename(@PathParam("id") String id, UnitInput in) {
        if (in == null || in.version() == null) {
            throw new ProblemException(400, "field-required", "version");
        }
        OrgUnit u = hierarchy
                .units()
                .rename(
                        tenant.get().id(),
                        id,
                        in.version(),
                        UnitRules.name("nameZh", in.nameZh(), true),
                        UnitRules.name("nameEn", in.nameEn(), false));
        audit.done(tenant.get().id(), caller.require(), "unit.renamed", u.path(), u.nameZh());
        return UnitView.of(u);
    }

    @POST
    @Path("merge")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(
            summary = "Merge units into another of the same level from a day: they end, their sub-units move, "
                    + "past periods still find them")
    public List<UnitView> merge(MergeInput in) {
        if (in == null || in.from() == null || in.from().isEmpty()) {
            throw new ProblemException(400, "field-required", "from");
        }
        if (in.effective() == null) {
            throw new ProblemException(400, "field-required", "effective");
        }
        String into = Units.check("into", in.into());
        in.from().forEach(p -> Units.check("from", p));
        List<OrgUnit> ended = hierarchy.units().merge(tenant.get().id(), in.from(), into, in.effective());
        audit.done(
                tenant.get().id(),
                caller.require(),
                "unit.merged",
                into,
                in.from() + " from " + in.effective() + ", " + ended.size() + " units ended");
        return ended.stream().map(UnitView::of).toList();
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(tenant.get().timezone()));
    }
}
