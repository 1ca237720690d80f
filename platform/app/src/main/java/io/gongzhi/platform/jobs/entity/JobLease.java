package io.gongzhi.platform.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who may run a job until when. Platform-wide: not tenant-owned. */
@Entity
@Table(name = "job_lease")
public class JobLease {

    @Id
    private String name;

    private String holder;

    @Column(name = "held_until")
    private OffsetDateTime until;

    protected JobLease() {}

    public String name() {
        return name;
    }

    public String holder() {
        return holder;
    }

    public OffsetDateTime until() {
        return until;
    }
}
