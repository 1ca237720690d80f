package io.gongzhi.platform.cases.control;

import io.gongzhi.spi.model.TimeLimit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A tenant's working time: Monday to Friday, 08:30–12:00 and 14:00–17:30 (seven hours, the
 * office hours of Chinese government service halls), except the calendar's public holidays, plus
 * its adjusted working days (调休) on weekends. A limit in working days counts seven working hours
 * a day from the moment of the report (reported on a Friday at 10:00 with one working day: due on
 * Monday at 10:00); calendar limits are plain hours and days.
 */
public final class WorkingTime {

    public static final LocalTime MORNING = LocalTime.of(8, 30);
    public static final LocalTime NOON = LocalTime.of(12, 0);
    public static final LocalTime AFTERNOON = LocalTime.of(14, 0);
    public static final LocalTime EVENING = LocalTime.of(17, 30);
    static final Duration DAY = Duration.between(MORNING, NOON).plus(Duration.between(AFTERNOON, EVENING));

    /** The longest a limit may run, so a calendar without working days cannot loop forever. */
    static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Map<LocalDate, Boolean> exceptions;

    /**
     * @param exceptions days that depart from the week's rule: true = a working day (调休),
     *     false = a holiday
     */
    public WorkingTime(ZoneId zone, Map<LocalDate, Boolean> exceptions) {
        this.zone = zone;
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean workingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** When a limit that starts at {@code start} runs out. */
    public ZonedDateTime due(ZonedDateTime start, TimeLimit limit) {
        ZonedDateTime from = start.withZoneSameInstant(zone);
        return switch (limit.unit()) {
            case CALENDAR_HOURS -> from.plusHours(limit.amount());
            case CALENDAR_DAYS -> from.plusDays(limit.amount());
            case WORKING_HOURS -> add(from, Duration.ofHours(limit.amount()));
            case WORKING_DAYS -> add(from, DAY.multipliedBy(limit.amount()));
        };
    }

    /** {@code start} plus {@code work} of working time. */
    public ZonedDateTime add(ZonedDateTime start, Duration work) {
        ZonedDateTime t = start.withZoneSameInstant(zone);
        Duration left = work;
        LocalDate first = t.toLocalDate();
        while (true) {
            t = nextWorkingMoment(t);
            if (t.toLocalDate().isAfter(first.plusDays(MAX_DAYS))) {
                throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
            }
            LocalTime end = t.toLocalTime().isBefore(NOON) ? NOON : EVENING;
            Duration session = Duration.between(t.toLocalTime(), end);
            if (left.compareTo(session) <= 0) {
                return t.plus(left);
            }
            left = left.minus(session);
            t = t.with(end);
        }
    }

    /** {@code t} if it is working time, else the start of the next working session. */
    private ZonedDateTime nextWorkingMoment(ZonedDateTime t) {
        LocalTime time = t.toLocalTime();
        if (workingDay(t.toLocalDate())) {
            if (time.isBefore(MORNING)) {
                return t.with(MORNING);
            }
            if (time.isBefore(NOON)) {
                return t;
            }
            if (time.isBefore(AFTERNOON)) {
                return t.with(AFTERNOON);
            }
            if (time.isBefore(EVENING)) {
                return t;
            }
        }
        LocalDate day = t.toLocalDate().plusDays(1);
        for (int i = 0; i < MAX_DAYS && !workingDay(day); i++) {
            day = day.plusDays(1);
        }
        return day.atTime(MORNING).atZone(zone);
    }
}
