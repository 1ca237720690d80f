package io.gongzhi.platform.jobs.control;

import io.gongzhi.platform.persistence.control.TenantSessions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Taking a job's lease: one conditional update in its own transaction, which the database applies
 * to one writer at a time, so of any number of instances asking at once exactly one gets it.
 */
public final class JobLeases {

    private final Supplier<TenantSessions> sessions;

    public JobLeases(Supplier<TenantSessions> sessions) {
        this.sessions = sessions;
    }

    /**
     * Takes (or renews) the lease of {@code job} for {@code holder} until {@code now + ttl} when it
     * is free, expired or already this holder's; false when another holder has it.
     */
    public boolean acquire(String job, String holder, Duration ttl, OffsetDateTime now) {
        int taken = sessions.get()
                .inPlatform(em -> em.createQuery("update JobLease l set l.holder = :h, l.until = :until"
                                + " where l.name = :n and (l.until < :now or l.holder = :h)")
                        .setParameter("h", holder)
                        .setParameter("until", now.plus(ttl))
                        .setParameter("n", job)
                        .setParameter("now", now)
                        .executeUpdate());
        return taken == 1;
    }

    /** Gives the lease up (at the end of a run or when stopping), if this holder has it. */
    public void release(String job, String holder, OffsetDateTime now) {
        sessions.get().inPlatform(em -> em.createQuery(
                        "update JobLease l set l.until = :now where l.name = :n and l.holder = :h")
                .setParameter("now", now)
                .setParameter("n", job)
                .setParameter("h", holder)
                .executeUpdate());
    }
}
