package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.cases.control.CaseIndicators;
import io.gongzhi.platform.cases.control.CaseRules;
import io.gongzhi.platform.cases.control.CaseTrend;
import io.gongzhi.platform.cases.control.UnitRanking;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.UnitFilter;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The case indicators of the caller's units for a period: the whole selection, each unit one level
 * below {@code under} (the streets of the district, the communities of a street, the grids of a
 * community) and each category. The period is of reporting days in the tenant's time zone
 * ({@code from} inclusive, {@code to} exclusive; default the last 30 days) and is stated in the
 * answer with the zone. With them: cases reported and closed per day (per week beyond two months)
 * and the units below {@code under} ranked, those with fewer than {@code minimum} cases left
 * unranked.
 */
@Path("t/{tenant}/cases/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class CaseIndicatorsResource {

    static final int MAX_DAYS = 366;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    public record IndicatorsView(
            LocalDate from,
            LocalDate to,
            String timezone,
            String under,
            CaseIndicators all,
            Map<String, CaseIndicators> byUnit,
            Map<String, CaseIndicators> byCategory,
            CaseTrend trend,
            UnitRanking ranking) {}

    @GET
    @Allow({
        io.gongzhi.platform.identity.control.Role.GRID_WORKER,
        io.gongzhi.platform.identity.control.Role.COMMUNITY_STAFF,
        io.gongzhi.platform.identity.control.Role.STREET_STAFF,
        io.gongzhi.platform.identity.control.Role.COMMAND_CENTRE,
        io.gongzhi.platform.identity.control.Role.DISTRICT_ADMIN
    })
    @Operation(
            summary = "Closure rate, on-time rate, average handling hours, shares settled in the grid and the "
                    + "community, satisfaction: for the caller's units, per unit below 'under' and per category; "
                    + "cases reported and closed per day or week; the units below 'under' ranked, those with "
                    + "fewer than 'minimum' cases not")
    public IndicatorsView indicators(
            @QueryParam("under") String under,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("minimum") @DefaultValue("" + UnitRanking.DEFAULT_MINIMUM) int minimum) {
        ZoneId zone = ZoneId.of(tenant.get().timezone());
        LocalDate end = to == null ? LocalDate.now(zone).plusDays(1) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        if (!start.isBefore(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new ProblemException(
                    400, "field-format", "from, to", "from before to, at most " + MAX_DAYS + " days");
        }
        if (minimum < 1) {
            throw new ProblemException(400, "field-format", "minimum", "1 or more");
        }
        UnitFilter units = UnitFilter.of(caller, CaseRules.STAFF, under);
        List<CaseIndicators.Row> rows = units.nothing()
                ? List.of()
                : tx.call(em -> {
                    var q = em.createQuery(
                            "select c from CaseFile c where c.reportedAt >= :start and c.reportedAt < :end"
                                    + units.clause("c.unit"),
                            CaseFile.class);
                    q.setParameter("start", start.atStartOfDay(zone).toOffsetDateTime());
                    q.setParameter("end", end.atStartOfDay(zone).toOffsetDateTime());
                    units.bind(q);
                    return q.getResultStream().map(CaseIndicatorsResource::row).toList();
                });
        Map<String, CaseIndicators> byUnit = CaseIndicators.by(rows, r -> CaseIndicators.childOf(under, r.unit()));
        return new IndicatorsView(
                start,
                end,
                zone.getId(),
                under,
                CaseIndicators.of(rows),
                byUnit,
                CaseIndicators.by(rows, CaseIndicators.Row::category),
                CaseTrend.of(rows, start, end, zone),
                UnitRanking.of(byUnit, minimum));
    }

    private static CaseIndicators.Row row(CaseFile c) {
        return new CaseIndicators.Row(
                c.unit(),
                c.category(),
                c.state() == CaseState.CLOSED,
                c.reportedAt(),
                c.resolvedAt(),
                c.dueAt(),
                c.settledRank(),
                c.rating(),
                c.closedAt());
    }
}
