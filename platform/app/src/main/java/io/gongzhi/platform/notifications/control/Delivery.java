package io.gongzhi.platform.notifications.control;

import io.gongzhi.platform.notifications.entity.OutboxMessage;
import io.gongzhi.platform.persistence.control.TenantSessions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hands a tenant's pending outbox messages to every channel and marks them delivered, a batch per
 * transaction: if a channel fails, the batch stays pending and is tried again on the next run (the
 * channels deduplicate, so a message already delivered by another channel is not doubled).
 */
public final class Delivery {

    public static final int BATCH = 200;

    private final Supplier<TenantSessions> sessions;
    private final List<Channel> channels;

    public Delivery(Supplier<TenantSessions> sessions, List<Channel> channels) {
        this.sessions = sessions;
        this.channels = List.copyOf(channels);
    }

    /** Delivers up to {@code max} pending messages of the tenant; returns how many. */
    public int run(String tenant, int max, OffsetDateTime now) {
        int done = 0;
        while (done < max) {
            int n = sessions.get().inTenant(tenant, em -> {
                List<OutboxMessage> pending = em.createQuery(
                                "select m from OutboxMessage m where m.deliveredAt is null order by m.createdAt",
                                OutboxMessage.class)
                        .setMaxResults(BATCH)
                        .getResultList();
                for (Channel c : channels) {
                    c.deliverAll(em, pending);
                }
                pending.forEach(m -> m.delivered(now));
                return pending.size();
            });
            done += n;
            if (n < BATCH) {
                break;
            }
        }
        return done;
    }
}
