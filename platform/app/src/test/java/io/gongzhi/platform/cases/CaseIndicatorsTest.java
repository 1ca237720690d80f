package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongzhi.platform.cases.control.CaseIndicators;
import io.gongzhi.platform.cases.control.CaseTrend;
import io.gongzhi.platform.cases.control.UnitRanking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicators of a handful of cases, worked out by hand. */
class CaseIndicatorsTest {

    static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static CaseIndicators.Row row(
            String unit, boolean closed, Integer hoursToResolve, int dueHours, Integer rank, Integer rating) {
        return new CaseIndicators.Row(
                unit,
                "parking",
                closed,
                T,
                hoursToResolve == null ? null : T.plusHours(hoursToResolve),
                T.plusHours(dueHours),
                rank,
                rating,
                closed && hoursToResolve != null ? T.plusHours(hoursToResolve + 1) : null);
    }

    static final List<CaseIndicators.Row> ROWS = List.of(
            row("s1/c1/g1", true, 2, 8, 1, 5), // settled in the grid, on time, delighted
            row("s1/c1/g2", true, 10, 8, 1, 3), // in the grid, late
            row("s1/c2", true, 20, 24, 2, 4), // at the community, on time
            row("s2/c3", false, 30, 24, 3, null), // at the street, late, not yet closed
            row("s2/c3/g9", false, null, 8, null, null)); // still open

    @Test
    void theWholeSelection() {
        CaseIndicators i = CaseIndicators.of(ROWS);
        assertEquals(5, i.reported());
        assertEquals(3, i.closed());
        assertEquals(new BigDecimal("60.00"), i.closureRate());
        assertEquals(new BigDecimal("50.00"), i.onTimeRate(), "2 of the 4 settled by their due time");
        assertEquals(new BigDecimal("15.5"), i.averageHandlingHours(), "(2 + 10 + 20 + 30) / 4");
        assertEquals(new BigDecimal("50.00"), i.settledInGrid(), "2 of 4 settled in the grid");
        assertEquals(new BigDecimal("75.00"), i.settledInCommunity());
        assertEquals(3, i.rated());
        assertEquals(new BigDecimal("4.00"), i.averageRating());
        assertEquals(new BigDecimal("66.67"), i.satisfied());
    }

    @Test
    void perUnitBelowTheOneAsked() {
        Map<String, CaseIndicators> streets = CaseIndicators.by(ROWS, r -> CaseIndicators.childOf(null, r.unit()));
        assertEquals(List.of("s1", "s2"), List.copyOf(streets.keySet()));
        assertEquals(3, streets.get("s1").reported());
        Map<String, CaseIndicators> communities =
                CaseIndicators.by(ROWS.subList(0, 3), r -> CaseIndicators.childOf("s1", r.unit()));
        assertEquals(List.of("s1/c1", "s1/c2"), List.copyOf(communities.keySet()));
        assertEquals(new BigDecimal("100.00"), communities.get("s1/c1").settledInGrid());
    }

    @Test
    void nothingToCountIsNullNotZero() {
        CaseIndicators none = CaseIndicators.of(List.of());
        assertEquals(0, none.reported());
        assertNull(none.closureRate());
        assertNull(none.averageRating());
    }

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void reportedAndClosedPerDayOfThePeriodEmptyDaysIncluded() {
        CaseTrend trend = CaseTrend.of(ROWS, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 4), SHANGHAI);
        assertEquals("day", trend.step());
        assertEquals(
                List.of(
                        new CaseTrend.Point(LocalDate.of(2026, 11, 1), 0, 0),
                        new CaseTrend.Point(LocalDate.of(2026, 11, 2), 5, 2),
                        new CaseTrend.Point(LocalDate.of(2026, 11, 3), 0, 1)),
                trend.points(),
                "closed 3, 11 and 21 hours after 09:00 on the 2nd: two that day, one on the 3rd");
    }

    @Test
    void reportedAndClosedPerWeekBeyondTwoMonthsAndNothingOutsideThePeriod() {
        CaseTrend trend = CaseTrend.of(ROWS, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 3), SHANGHAI);
        assertEquals("week", trend.step());
        assertEquals(LocalDate.of(2026, 9, 1), trend.points().getFirst().start(), "a Tuesday: the period's start");
        assertEquals(LocalDate.of(2026, 9, 7), trend.points().get(1).start(), "then Mondays");
        CaseTrend.Point last = trend.points().getLast();
        assertEquals(LocalDate.of(2026, 11, 2), last.start());
        assertEquals(5, last.reported());
        assertEquals(2, last.closed(), "the one closed on the 3rd is after the period");
    }

    @Test
    void unitsRankedOnlyFromTheMinimumNumberOfCasesLevelUnitsSharingARank() {
        List<CaseIndicators.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(row("a", i < 2, 2, 8, 1, null)); // 2 of 3 closed
            rows.add(row("b", true, 2, 8, 1, null)); // 3 of 3
            rows.add(row("c", i < 2, 2, 8, 1, null)); // 2 of 3, level with a
        }
        rows.add(row("d", true, 2, 8, 1, null)); // 1 of 1: best rate, too few cases
        UnitRanking r = UnitRanking.of(CaseIndicators.by(rows, CaseIndicators.Row::unit), 3);
        assertEquals(3, r.minimum());
        assertEquals(
                List.of("b", "a", "c"),
                r.ranked().stream().map(UnitRanking.Ranked::unit).toList());
        assertEquals(
                List.of(1, 2, 2),
                r.ranked().stream().map(UnitRanking.Ranked::rank).toList());
        assertEquals(List.of(new UnitRanking.NotRanked("d", 1)), r.notRanked());
    }
}
