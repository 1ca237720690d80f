package io.gongzhi.platform.cases.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A day that departs from the week's rule in a tenant's calendar: a public holiday on a weekday, or
 * an adjusted working day (调休) on a weekend.
 */
@Entity
@Table(name = "work_day")
public class WorkDay extends TenantOwned {

    /** What the day is. */
    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    @Id
    @jakarta.persistence.Column(name = "on_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    protected WorkDay() {}

    public WorkDay(LocalDate day, Kind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate day() {
        return day;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
