package io.gongzhi.spi.model;

/** How long a tier has to handle a case, counted in the tenant's working calendar or not. */
public record TimeLimit(int amount, Unit unit) {

    /** What {@code amount} counts. */
    public enum Unit {
        WORKING_HOURS,
        WORKING_DAYS,
        CALENDAR_HOURS,
        CALENDAR_DAYS
    }

    public static TimeLimit workingDays(int n) {
        return new TimeLimit(n, Unit.WORKING_DAYS);
    }

    public static TimeLimit workingHours(int n) {
        return new TimeLimit(n, Unit.WORKING_HOURS);
    }
}
