package io.gongzhi.platform.notifications.control;

import io.gongzhi.platform.notifications.entity.OutboxMessage;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;

/** Writing messages into the outbox, in the transaction of the change they tell of. */
public final class Outbox {

    private Outbox() {}

    /** To one person (by token subject). */
    public static void toPerson(
            EntityManager em, String topic, String caseId, String subject, String title, OffsetDateTime at) {
        em.persist(new OutboxMessage(topic, caseId, subject, null, null, title, at));
    }

    /** To whoever holds {@code role} at {@code unit} (null: district-wide). */
    public static void toRole(
            EntityManager em, String topic, String caseId, String unit, String role, String title, OffsetDateTime at) {
        em.persist(new OutboxMessage(topic, caseId, null, unit, role, title, at));
    }
}
