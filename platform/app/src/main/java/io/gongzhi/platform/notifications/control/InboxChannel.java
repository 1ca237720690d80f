package io.gongzhi.platform.notifications.control;

import io.gongzhi.platform.notifications.entity.InboxMessage;
import io.gongzhi.platform.notifications.entity.OutboxMessage;
import jakarta.persistence.EntityManager;

/** The in-app inbox: one row per outbox message, a second delivery of the same one adds nothing. */
public final class InboxChannel implements Channel {

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public void deliver(EntityManager em, OutboxMessage message) {
        long there = em.createQuery("select count(m) from InboxMessage m where m.outboxId = :o", Long.class)
                .setParameter("o", message.id())
                .getSingleResult();
        if (there == 0) {
            em.persist(new InboxMessage(message));
        }
    }

    @Override
    public void deliverAll(EntityManager em, java.util.List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        java.util.Set<String> delivered = new java.util.HashSet<>(em.createQuery(
                        "select m.outboxId from InboxMessage m where m.outboxId in :ids", String.class)
                .setParameter("ids", messages.stream().map(OutboxMessage::id).toList())
                .getResultList());
        for (OutboxMessage m : messages) {
            if (delivered.add(m.id())) {
                em.persist(new InboxMessage(m));
            }
        }
    }
}
