package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.persistence.control.TenantSessions;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time limits of one tenant's open cases, swept by the platform: a case still waiting or in
 * hand after its due time is put under supervision (督办), and one still open when its supervision
 * runs out (the category's limit again) is escalated to the tier above, due anew. Each case is
 * changed in the sweep's transaction with its history step and its notice, and only if nobody
 * changed it meanwhile (its version). Run it under a job lease so one instance sweeps at a time.
 */
public final class Deadlines {

    /** What a sweep needs from the tenant's model. */
    public interface Policy {
        /** When the category's limit, starting at {@code from}, runs out. */
        OffsetDateTime due(EntityManager em, String category, OffsetDateTime from);

        /** The tier and unit above the case's, if any. */
        Optional<CaseRouting.Route> above(String unit, int rank);
    }

    /** How many cases a sweep put under supervision and escalated. */
    public record Result(int supervised, int escalated) {}

    static final List<CaseState> IN_HAND = List.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS);
    static final int BATCH = 500;

    private final Supplier<TenantSessions> sessions;

    public Deadlines(Supplier<TenantSessions> sessions) {
        this.sessions = sessions;
    }

    public Result sweep(String tenant, Policy policy, OffsetDateTime now) {
        int supervised = sessions.get().inTenant(tenant, em -> {
            List<CaseFile> late = em.createQuery(
                            "select c from CaseFile c where c.state in :s and c.dueAt < :now and c.supervisedAt is null",
                            CaseFile.class)
                    .setParameter("s", IN_HAND)
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (CaseFile c : late) {
                c.supervise(now, policy.due(em, c.category(), now));
                CaseFlow.record(
                        em,
                        c,
                        CaseFlow.SYSTEM,
                        "时限监督 / deadline watch",
                        "supervise",
                        c.state(),
                        "超过办理时限 / past its time limit",
                        now);
            }
            return late.size();
        });
        int escalated = sessions.get().inTenant(tenant, em -> {
            List<CaseFile> still = em.createQuery(
                            "select c from CaseFile c where c.state in :s and c.escalateAt < :now", CaseFile.class)
                    .setParameter("s", IN_HAND)
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            int n = 0;
            for (CaseFile c : still) {
                Optional<CaseRouting.Route> up = policy.above(c.unit(), c.tierRank());
                if (up.isEmpty()) {
                    c.noEscalation();
                    continue;
                }
                CaseState from = c.state();
                CaseRouting.Route r = up.get();
                c.route(
                        r.tier().code(),
                        r.tier().rank(),
                        r.handlerUnit(),
                        r.handlerRole(),
                        policy.due(em, c.category(), now));
                c.escalated();
                CaseFlow.record(
                        em,
                        c,
                        CaseFlow.SYSTEM,
                        "时限监督 / deadline watch",
                        "escalate",
                        from,
                        "督办期满仍未办结，自动上报 / still open after supervision: escalated",
                        now);
                n++;
            }
            return n;
        });
        return new Result(supervised, escalated);
    }
}
