package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.gongzhi.platform.cases.control.CaseRouting;
import io.gongzhi.platform.cases.control.Deadlines;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.Channel;
import io.gongzhi.platform.jobs.control.JobLeases;
import io.gongzhi.platform.notifications.control.Delivery;
import io.gongzhi.platform.notifications.control.InboxChannel;
import io.gongzhi.platform.testsupport.IsolationFixture;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.Text;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadline sweep on PostgreSQL with two job runners at once, as two instances would run it:
 * one holds the lease and sweeps, so each overdue case is supervised once and escalated once; the
 * other tenant's overdue cases are untouched by this tenant's sweep; the outbox delivers each
 * notice into the inbox once even when delivery runs twice.
 */
class DeadlinesTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final RoutingTier GRID = new RoutingTier("grid", Text.of("网格", "grid"), 1, "grid", "grid-worker");
    static final RoutingTier COMMUNITY =
            new RoutingTier("community", Text.of("社区", "community"), 2, "community", "community-staff");

    static IsolationFixture fx;

    /** Limits of one hour; above the grid is its community, above that nothing. */
    static final Deadlines.Policy POLICY = new Deadlines.Policy() {
        @Override
        public OffsetDateTime due(EntityManager em, String category, OffsetDateTime from) {
            return from.plusHours(1);
        }

        @Override
        public Optional<CaseRouting.Route> above(String unit, int rank) {
            return rank >= 2
                    ? Optional.empty()
                    : Optional.of(new CaseRouting.Route(
                            COMMUNITY,
                            unit.substring(0, unit.lastIndexOf('/')),
                            "community-staff",
                            Text.of("上", "up")));
        }
    };

    @BeforeAll
    static void overdueCases() {
        fx = new IsolationFixture(4, "alpha", "beta");
        for (String t : List.of("alpha", "beta")) {
            fx.sessions.inTenant(t, em -> {
                for (int i = 0; i < 20; i++) {
                    CaseFile c = new CaseFile(
                            new CaseFile.Report(
                                    "parking",
                                    "车辆占道 " + i,
                                    "s/c/g" + (i % 3),
                                    null,
                                    null,
                                    null,
                                    Channel.PORTAL,
                                    "key-" + i,
                                    "h"),
                            "resident-" + i,
                            "居民",
                            "resident",
                            T0);
                    // due an hour after the report, except the last five (due tomorrow)
                    c.route("grid", 1, "s/c/g" + (i % 3), "grid-worker", i < 15 ? T0.plusHours(1) : T0.plusDays(1));
                    em.persist(c);
                }
                return null;
            });
        }
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void twoRunnersSuperviseEachLateCaseOnceThenEscalateItOnce() throws Exception {
        OffsetDateTime late = T0.plusHours(2);
        List<Deadlines.Result> first = race(late);
        assertEquals(15, first.stream().mapToInt(Deadlines.Result::supervised).sum(), "15 overdue, each once");
        assertEquals(0, first.stream().mapToInt(Deadlines.Result::escalated).sum());
        assertEquals(15L, events("alpha", "supervise"));
        assertEquals(0L, events("beta", "supervise"), "beta's cases are beta's to sweep");

        // an hour of supervision later: still open, so escalated to the community, once
        List<Deadlines.Result> second = race(late.plusHours(1).plusMinutes(1));
        assertEquals(15, second.stream().mapToInt(Deadlines.Result::escalated).sum());
        assertEquals(15L, events("alpha", "escalate"));
        CaseFile one = fx.sessions.inTenant(
                "alpha", em -> em.createQuery("select c from CaseFile c where c.description = '车辆占道 0'", CaseFile.class)
                        .getSingleResult());
        assertEquals("community", one.tier());
        assertEquals("s/c", one.handlerUnit());
        assertEquals(1, one.escalations());

        // the notices: one per step, delivered once however often delivery runs
        Delivery delivery = new Delivery(() -> fx.sessions, List.of(new InboxChannel()));
        int delivered = delivery.run("alpha", 10_000, late);
        assertEquals(30, delivered, "15 supervisions and 15 escalations");
        assertEquals(0, delivery.run("alpha", 10_000, late), "nothing pending the second time");
        assertEquals(30L, count("alpha", "InboxMessage"));
        assertEquals(0L, count("beta", "InboxMessage"));
    }

    /** Two runners at once, each sweeping only if it gets the lease; the results of those that did. */
    private static List<Deadlines.Result> race(OffsetDateTime now) throws Exception {
        JobLeases leases = new JobLeases(() -> fx.sessions);
        Deadlines deadlines = new Deadlines(() -> fx.sessions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Deadlines.Result>> runs = new ArrayList<>();
        for (String runner : List.of("instance-a", "instance-b")) {
            Callable<Deadlines.Result> run = () -> leases.acquire("case-deadlines", runner, Duration.ofMinutes(2), now)
                    ? deadlines.sweep("alpha", POLICY, now)
                    : null;
            runs.add(pool.submit(run));
        }
        List<Deadlines.Result> results = new ArrayList<>();
        for (Future<Deadlines.Result> f : runs) {
            Deadlines.Result r = f.get();
            if (r != null) {
                results.add(r);
            }
        }
        pool.shutdown();
        assertEquals(1, results.size(), "exactly one runner held the lease");
        assertNotNull(results.get(0));
        // the next run may go to either instance once the lease has run out
        fx.sessions.inPlatform(em -> em.createQuery("update JobLease l set l.until = :t")
                .setParameter("t", T0.minusYears(1))
                .executeUpdate());
        return results;
    }

    private static long events(String tenant, String action) {
        return fx.sessions.inTenant(
                tenant, em -> em.createQuery("select count(e) from CaseEvent e where e.action = :a", Long.class)
                        .setParameter("a", action)
                        .getSingleResult());
    }

    private static long count(String tenant, String entity) {
        return fx.sessions.inTenant(tenant, em -> em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult());
    }
}
