package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongzhi.platform.cases.control.CaseIndicators;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
                rating);
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
}
