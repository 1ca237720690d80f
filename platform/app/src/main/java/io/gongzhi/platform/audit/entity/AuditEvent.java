package io.gongzhi.platform.audit.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One audited event. Written once, never changed (the database refuses UPDATE and DELETE). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

    @Id
    private String id;

    private OffsetDateTime at;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    private String target;

    private String outcome;

    private String detail;

    protected AuditEvent() {}

    public AuditEvent(String actor, String actorName, String action, String target, String outcome, String detail) {
        this.id = Ids.newId();
        this.at = OffsetDateTime.now();
        this.actor = cut(actor, 100);
        this.actorName = cut(actorName, 200);
        this.action = cut(action, 60);
        this.target = cut(target, 500);
        this.outcome = outcome;
        this.detail = cut(detail, 1000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String id() {
        return id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
