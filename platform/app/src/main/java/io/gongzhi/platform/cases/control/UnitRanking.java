package io.gongzhi.platform.cases.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Units ranked by their closure rate, then their on-time rate (units without one after those with
 * one), then by name. Only units with at least {@code minimum} cases reported are ranked, so that a
 * unit with one case closed does not top a unit that closed ninety of a hundred; the others are
 * listed as not ranked. Units level on both rates share a rank (1, 1, 3).
 */
public record UnitRanking(int minimum, List<Ranked> ranked, List<NotRanked> notRanked) {

    public static final int DEFAULT_MINIMUM = 5;

    public record Ranked(int rank, String unit, CaseIndicators indicators) {}

    public record NotRanked(String unit, int reported) {}

    private static final Comparator<BigDecimal> RATE = Comparator.nullsLast(Comparator.reverseOrder());

    private static final Comparator<Map.Entry<String, CaseIndicators>> ORDER = Comparator.comparing(
                    (Map.Entry<String, CaseIndicators> e) -> e.getValue().closureRate(), RATE)
            .thenComparing(e -> e.getValue().onTimeRate(), RATE)
            .thenComparing(Map.Entry::getKey);

    public static UnitRanking of(Map<String, CaseIndicators> byUnit, int minimum) {
        List<Map.Entry<String, CaseIndicators>> eligible = byUnit.entrySet().stream()
                .filter(e -> e.getValue().reported() >= minimum)
                .sorted(ORDER)
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            CaseIndicators here = eligible.get(i).getValue();
            int rank = i > 0 && level(ranked.get(i - 1).indicators(), here)
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Ranked(rank, eligible.get(i).getKey(), here));
        }
        List<NotRanked> notRanked = byUnit.entrySet().stream()
                .filter(e -> e.getValue().reported() < minimum)
                .map(e -> new NotRanked(e.getKey(), e.getValue().reported()))
                .toList();
        return new UnitRanking(minimum, ranked, notRanked);
    }

    private static boolean level(CaseIndicators a, CaseIndicators b) {
        return Objects.equals(a.closureRate(), b.closureRate()) && Objects.equals(a.onTimeRate(), b.onTimeRate());
    }
}
