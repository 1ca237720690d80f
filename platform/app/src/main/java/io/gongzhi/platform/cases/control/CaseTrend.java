package io.gongzhi.platform.cases.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How many of a selection's cases were reported and how many closed, per day of the period or, for
 * periods longer than {@link #MAX_DAILY} days, per week (weeks start on Monday; the first and last
 * may be cut by the period). Days are the tenant's; every step of the period is listed, empty ones
 * with zeros.
 */
public record CaseTrend(String step, List<Point> points) {

    public static final int MAX_DAILY = 62;

    /** One day or week from {@code start}: cases reported, and cases closed, in it. */
    public record Point(LocalDate start, int reported, int closed) {}

    /** The trend of {@code rows} over {@code from} (inclusive) to {@code to} (exclusive) in {@code zone}. */
    public static CaseTrend of(List<CaseIndicators.Row> rows, LocalDate from, LocalDate to, ZoneId zone) {
        boolean weekly = ChronoUnit.DAYS.between(from, to) > MAX_DAILY;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(to); d = next(d, weekly)) {
            starts.add(d);
        }
        int[] reported = new int[starts.size()];
        int[] closed = new int[starts.size()];
        for (CaseIndicators.Row r : rows) {
            count(reported, starts, r.reportedAt(), to, zone);
            count(closed, starts, r.closedAt(), to, zone);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            points.add(new Point(starts.get(i), reported[i], closed[i]));
        }
        return new CaseTrend(weekly ? "week" : "day", points);
    }

    private static LocalDate next(LocalDate d, boolean weekly) {
        return weekly ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d.plusDays(1);
    }

    private static void count(int[] into, List<LocalDate> starts, OffsetDateTime at, LocalDate to, ZoneId zone) {
        if (at == null) {
            return;
        }
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
        if (day.isBefore(starts.getFirst()) || !day.isBefore(to)) {
            return;
        }
        int i = starts.size() - 1;
        while (starts.get(i).isAfter(day)) {
            i--;
        }
        into[i]++;
    }
}
