package io.gongzhi.platform.notifications.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message in the in-app inbox; one per outbox message (unique), however often it is delivered. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends TenantOwned {

    @Id
    private String id;

    @Column(name = "outbox_id")
    private String outboxId;

    private String topic;

    @Column(name = "case_id")
    private String caseId;

    @Column(name = "recipient_subject")
    private String recipientSubject;

    @Column(name = "recipient_unit")
    private String recipientUnit;

    @Column(name = "recipient_role")
    private String recipientRole;

    private String title;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected InboxMessage() {}

    public InboxMessage(OutboxMessage m) {
        this.id = Ids.newId();
        this.outboxId = m.id();
        this.topic = m.topic();
        this.caseId = m.caseId();
        this.recipientSubject = m.recipientSubject();
        this.recipientUnit = m.recipientUnit();
        this.recipientRole = m.recipientRole();
        this.title = m.title();
        this.createdAt = m.createdAt();
    }

    public void read(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String id() {
        return id;
    }

    public String outboxId() {
        return outboxId;
    }

    public String topic() {
        return topic;
    }

    public String caseId() {
        return caseId;
    }

    public String recipientSubject() {
        return recipientSubject;
    }

    public String recipientUnit() {
        return recipientUnit;
    }

    public String recipientRole() {
        return recipientRole;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }
}
