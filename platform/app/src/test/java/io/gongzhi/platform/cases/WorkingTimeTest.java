package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.cases.control.WorkingTime;
import io.gongzhi.spi.model.TimeLimit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time limits in working hours and days across a weekend, a public holiday and an adjusted
 * working Saturday (调休), in Beijing time. The calendar is National Day 2026 as the State
 * Council's notice sets it: 1–7 October off, Sunday 20 September and Saturday 10 October worked.
 */
class WorkingTimeTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WorkingTime CALENDAR = new WorkingTime(BEIJING, nationalDay2026());

    static Map<LocalDate, Boolean> nationalDay2026() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), false);
        }
        days.put(LocalDate.of(2026, 9, 20), true);
        days.put(LocalDate.of(2026, 10, 10), true);
        return days;
    }

    static ZonedDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(BEIJING);
    }

    @Test
    void eightWorkingHoursFromFridayMorningEndOnMonday() {
        // Friday 13 November 10:00: 2 h to noon, 3.5 h in the afternoon, 2.5 h on Monday from 08:30
        assertEquals(at(11, 16, 11, 0), CALENDAR.due(at(11, 13, 10, 0), TimeLimit.workingHours(8)));
    }

    @Test
    void oneWorkingDayFromFridaySkipsTheWeekend() {
        assertEquals(at(11, 16, 10, 0), CALENDAR.due(at(11, 13, 10, 0), TimeLimit.workingDays(1)));
    }

    @Test
    void aReportAtNightStartsCountingNextMorning() {
        assertEquals(at(11, 17, 10, 30), CALENDAR.due(at(11, 16, 21, 0), TimeLimit.workingHours(2)));
        assertEquals(at(11, 18, 8, 30), CALENDAR.due(at(11, 17, 17, 30), TimeLimit.workingHours(0)));
    }

    @Test
    void lunchIsNotWorkingTime() {
        assertEquals(at(11, 17, 14, 30), CALENDAR.due(at(11, 17, 11, 30), TimeLimit.workingHours(1)));
    }

    @Test
    void theNationalDayHolidayIsSkippedAndTheAdjustedSaturdayCounts() {
        // Wednesday 30 September 16:30 + 3 working days (21 h): 1 h that day, nothing 1-7 October
        // (Thursday to Wednesday), Thursday 8 and Friday 9 October 7 h each, 6 h on Saturday 10
        assertEquals(at(10, 10, 16, 30), CALENDAR.due(at(9, 30, 16, 30), TimeLimit.workingDays(3)));
        assertTrue(CALENDAR.workingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(CALENDAR.workingDay(LocalDate.of(2026, 10, 5)), "a Monday in the holiday");
        assertTrue(CALENDAR.workingDay(LocalDate.of(2026, 9, 20)), "an adjusted Sunday");
        assertFalse(CALENDAR.workingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");
    }

    @Test
    void calendarLimitsIgnoreWorkingTime() {
        assertEquals(
                at(11, 15, 10, 0), CALENDAR.due(at(11, 14, 10, 0), new TimeLimit(24, TimeLimit.Unit.CALENDAR_HOURS)));
        assertEquals(at(10, 4, 9, 0), CALENDAR.due(at(10, 1, 9, 0), new TimeLimit(3, TimeLimit.Unit.CALENDAR_DAYS)));
    }
}
