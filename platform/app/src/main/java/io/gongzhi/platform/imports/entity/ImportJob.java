package io.gongzhi.platform.imports.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One import of a register file and where it stands. */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned {

    /** Where an import stands. */
    public enum State {
        RUNNING,
        DONE,
        REFUSED,
        FAILED
    }

    @Id
    private String id;

    private String kind;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "rows_total")
    private int rowsTotal;

    @Column(name = "rows_done")
    private int rowsDone;

    private int percent;

    /** The outcome: counts when done, the errors (one per line of text) when refused. */
    private String outcome;

    @Column(name = "owner_subject")
    private String ownerSubject;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected ImportJob() {}

    public ImportJob(String kind, int rowsTotal, String ownerSubject) {
        this.id = Ids.newId();
        this.kind = kind;
        this.state = State.RUNNING;
        this.rowsTotal = rowsTotal;
        this.ownerSubject = ownerSubject;
        this.startedAt = OffsetDateTime.now();
    }

    public void progress(int rowsDone, int percent) {
        this.rowsDone = rowsDone;
        this.percent = percent;
    }

    public void finish(State state, String outcome) {
        this.state = state;
        this.outcome = outcome == null || outcome.length() <= 60000 ? outcome : outcome.substring(0, 60000);
        this.percent = 100;
        this.finishedAt = OffsetDateTime.now();
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int percent() {
        return percent;
    }

    public String outcome() {
        return outcome;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
