package io.gongzhi.platform.cases.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case indicators of a selection of cases (a unit's subtree, a period): how many were reported
 * and closed, the closure rate, the share settled by their due time, the average hours from report
 * to settlement, the shares settled in the grid (小事不出网格) and within the community (大事不出社区),
 * and satisfaction (average rating, share rated 4 or 5). Rates are percentages with two decimals,
 * null when nothing counts towards them.
 */
public record CaseIndicators(
        int reported,
        int closed,
        BigDecimal closureRate,
        BigDecimal onTimeRate,
        BigDecimal averageHandlingHours,
        BigDecimal settledInGrid,
        BigDecimal settledInCommunity,
        int rated,
        BigDecimal averageRating,
        BigDecimal satisfied) {

    /** What one case contributes. */
    public record Row(
            String unit,
            String category,
            boolean closed,
            OffsetDateTime reportedAt,
            OffsetDateTime resolvedAt,
            OffsetDateTime dueAt,
            Integer settledRank,
            Integer rating,
            OffsetDateTime closedAt) {}

    public static CaseIndicators of(List<Row> rows) {
        int closed = 0;
        int resolved = 0;
        int onTime = 0;
        int withDue = 0;
        long minutes = 0;
        int settled = 0;
        int inGrid = 0;
        int inCommunity = 0;
        int rated = 0;
        int stars = 0;
        int satisfied = 0;
        for (Row r : rows) {
            closed += r.closed() ? 1 : 0;
            if (r.resolvedAt() != null) {
                resolved++;
                minutes += Duration.between(r.reportedAt(), r.resolvedAt()).toMinutes();
                if (r.dueAt() != null) {
                    withDue++;
                    onTime += r.resolvedAt().isAfter(r.dueAt()) ? 0 : 1;
                }
            }
            if (r.settledRank() != null) {
                settled++;
                inGrid += r.settledRank() <= 1 ? 1 : 0;
                inCommunity += r.settledRank() <= 2 ? 1 : 0;
            }
            if (r.rating() != null) {
                rated++;
                stars += r.rating();
                satisfied += r.rating() >= 4 ? 1 : 0;
            }
        }
        return new CaseIndicators(
                rows.size(),
                closed,
                percent(closed, rows.size()),
                percent(onTime, withDue),
                resolved == 0
                        ? null
                        : BigDecimal.valueOf(minutes)
                                .divide(BigDecimal.valueOf(60L * resolved), 1, RoundingMode.HALF_UP),
                percent(inGrid, settled),
                percent(inCommunity, settled),
                rated,
                rated == 0
                        ? null
                        : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP),
                percent(satisfied, rated));
    }

    /** The indicators per group ({@code key} of each row), groups in order. */
    public static Map<String, CaseIndicators> by(List<Row> rows, Function<Row, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> of(e.getValue()), (a, b) -> a, TreeMap::new));
    }

    /** The unit one level below {@code under} (null: the top) that holds {@code unit}, or the unit itself. */
    public static String childOf(String under, String unit) {
        if (unit == null) {
            return "-";
        }
        int depth = under == null ? 0 : under.split("/").length;
        String[] parts = unit.split("/");
        return String.join("/", java.util.Arrays.copyOf(parts, Math.min(parts.length, depth + 1)));
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
