package io.gongzhi.platform.notifications.control;

import io.gongzhi.platform.notifications.entity.OutboxMessage;
import jakarta.persistence.EntityManager;

/**
 * A way a message reaches people: the in-app inbox now, SMS or WeChat later.
 *
 * <p>Called by the delivery job, in the message's tenant's transaction, once or more for the same
 * message (delivery is at least once): a channel must deduplicate by {@link OutboxMessage#id()}.
 * An exception leaves the message pending for the next run; nothing is marked delivered.
 */
public interface Channel {

    String name();

    void deliver(EntityManager em, OutboxMessage message);

    /** Delivers a batch; a channel that can check for earlier deliveries at once overrides this. */
    default void deliverAll(EntityManager em, java.util.List<OutboxMessage> messages) {
        messages.forEach(m -> deliver(em, m));
    }
}
