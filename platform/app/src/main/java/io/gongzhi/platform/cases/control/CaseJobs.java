package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.jobs.control.JobLeases;
import io.gongzhi.platform.notifications.control.Delivery;
import io.gongzhi.platform.notifications.control.InboxChannel;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case jobs of this instance, started once the platform is up: the deadline sweep (every
 * {@code gongzhi.jobs.deadline-seconds}, default 60) and outbox delivery (every
 * {@code gongzhi.jobs.outbox-seconds}, default 5), each over every active tenant, each only while
 * this instance holds the job's lease. A tenant whose plugin is missing or failing is skipped and
 * logged; the others go on.
 */
@ApplicationScoped
public class CaseJobs {

    private static final Logger LOG = Logger.getLogger(CaseJobs.class.getName());

    static final String DEADLINES = "case-deadlines";
    static final String OUTBOX = "outbox";

    @Inject
    Database database;

    @Inject
    TenantRegistry registry;

    @Inject
    CaseRouting routing;

    @Inject
    CaseFlow flow;

    @Inject
    @ConfigProperty(name = "gongzhi.jobs.deadline-seconds", defaultValue = "60")
    long deadlineSeconds;

    @Inject
    @ConfigProperty(name = "gongzhi.jobs.outbox-seconds", defaultValue = "5")
    long outboxSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** This instance, as a lease holder: its process and a random part (two in one JVM differ). */
    private final String holder =
            ManagementFactory.getRuntimeMXBean().getName() + "/" + io.gongzhi.platform.runtime.Ids.uuid();

    private volatile boolean started;

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        scheduler.scheduleWithFixedDelay(this::sweepAll, deadlineSeconds, deadlineSeconds, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::deliverAll, outboxSeconds, outboxSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "case jobs scheduled: deadlines every " + deadlineSeconds + " s, outbox every " + outboxSeconds
                + " s, as " + holder);
    }

    /** One deadline sweep over every tenant, if this instance gets the lease. */
    public void sweepAll() {
        OffsetDateTime now = OffsetDateTime.now();
        JobLeases leases = new JobLeases(database::sessions);
        if (!leases.acquire(DEADLINES, holder, Duration.ofSeconds(deadlineSeconds * 2), now)) {
            return;
        }
        Deadlines deadlines = new Deadlines(database::sessions);
        for (Tenant t : active()) {
            try {
                routing.model(t);
            } catch (ProblemException e) {
                continue; // no model serves the tenant: no categories, no cases
            }
            try {
                Deadlines.Result r = deadlines.sweep(t.id(), policy(t), now);
                if (r.supervised() + r.escalated() > 0) {
                    LOG.info(() -> "deadlines of " + t.id() + ": " + r.supervised() + " supervised, " + r.escalated()
                            + " escalated");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "deadline sweep of " + t.id() + " failed; the next run tries again", e);
            }
        }
    }

    /** One outbox delivery over every tenant, if this instance gets the lease. */
    public void deliverAll() {
        OffsetDateTime now = OffsetDateTime.now();
        if (!new JobLeases(database::sessions).acquire(OUTBOX, holder, Duration.ofSeconds(outboxSeconds * 4), now)) {
            return;
        }
        Delivery delivery = new Delivery(database::sessions, List.of(new InboxChannel()));
        for (Tenant t : active()) {
            try {
                delivery.run(t.id(), 10_000, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox delivery of " + t.id() + " failed; the next run tries again", e);
            }
        }
    }

    private List<Tenant> active() {
        return registry.all().stream().filter(Tenant::active).toList();
    }

    private Deadlines.Policy policy(Tenant t) {
        return new Deadlines.Policy() {
            @Override
            public OffsetDateTime due(EntityManager em, String category, OffsetDateTime from) {
                return flow.due(em, t, category, from);
            }

            @Override
            public Optional<CaseRouting.Route> above(String unit, int rank) {
                return routing.above(t, unit, rank);
            }
        };
    }
}
