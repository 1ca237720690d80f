package io.gongzhi.platform.notifications.entity;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import io.gongzhi.platform.runtime.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message waiting to be delivered, written with the change it tells of. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends TenantOwned {

    @Id
    private String id;

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

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    protected OutboxMessage() {}

    public OutboxMessage(
            String topic,
            String caseId,
            String recipientSubject,
            String recipientUnit,
            String recipientRole,
            String title,
            OffsetDateTime at) {
        this.id = Ids.newId();
        this.topic = topic;
        this.caseId = caseId;
        this.recipientSubject = recipientSubject;
        this.recipientUnit = recipientUnit;
        this.recipientRole = recipientRole;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.createdAt = at;
    }

    public void delivered(OffsetDateTime at) {
        this.deliveredAt = at;
    }

    public String id() {
        return id;
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

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }
}
