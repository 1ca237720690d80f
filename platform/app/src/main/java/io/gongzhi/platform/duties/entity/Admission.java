package io.gongzhi.platform.duties.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A department's request to push a task down to communities, and where its filing stands. */
@Entity
@Table(name = "admission")
public class Admission extends TenantOwned {

    /** Submitted → reviewed → admitted or refused. */
    public enum State {
        SUBMITTED,
        REVIEWED,
        ADMITTED,
        REFUSED
    }

    @Id
    private String id;

    private String department;
    private String title;
    private String basis;
    private BigDecimal funding;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    private String reason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Admission() {}

    public Admission(String department, String title, String basis, BigDecimal funding, String submittedBy) {
        this.id = Ids.newId();
        this.department = department;
        this.title = title;
        this.basis = basis;
        this.funding = funding;
        this.state = State.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = OffsetDateTime.now();
        this.changedAt = submittedAt;
    }

    /** Moves to {@code next} when the current state is {@code from}; false (nothing changed) otherwise. */
    public boolean move(State from, State next, String by, String reason) {
        if (state != from) {
            return false;
        }
        this.state = next;
        this.decidedBy = by;
        this.reason = reason;
        this.changedAt = OffsetDateTime.now();
        return true;
    }

    public String id() {
        return id;
    }

    public String department() {
        return department;
    }

    public String title() {
        return title;
    }

    public String basis() {
        return basis;
    }

    public BigDecimal funding() {
        return funding;
    }

    public State state() {
        return state;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
