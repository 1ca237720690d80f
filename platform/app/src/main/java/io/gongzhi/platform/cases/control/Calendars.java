package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.WorkDay;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** A tenant's working time, from its calendar of holidays and adjusted working days (read per call). */
public final class Calendars {

    private Calendars() {}

    /** The working time of the entity manager's tenant, in its time zone. */
    public static WorkingTime of(EntityManager em, ZoneId zone) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        em.createQuery("select d from WorkDay d", WorkDay.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE) // not kept in the unit of work: never changed here
                .getResultStream()
                .forEach(d -> days.put(d.day(), d.kind() == WorkDay.Kind.WORKDAY));
        return new WorkingTime(zone, days);
    }
}
