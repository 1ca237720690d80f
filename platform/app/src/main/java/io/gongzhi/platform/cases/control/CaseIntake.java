package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.persistence.control.Constraints;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Taking in a report. Its {@code Idempotency-Key} (per reporter) makes a retry safe: the same key
 * and body return the case made the first time, the same key with another body is refused (422),
 * and a second request racing the first (the unique key on the table lets only one commit) gets
 * 409 and, on retry, the case. Nothing is ever created twice.
 */
@ApplicationScoped
public class CaseIntake {

    @Inject
    Database database;

    @Inject
    CaseRouting routing;

    /** The case and whether this request made it (false: a retry of an earlier one). */
    public record Outcome(CaseFile file, boolean created) {}

    public Outcome report(Tenant tenant, Identity who, String reporterRole, CaseFile.Report report) {
        Optional<CaseFile> earlier = earlier(tenant, who, report);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), false);
        }
        io.gongzhi.spi.model.TimeLimit limit =
                routing.category(tenant, report.category()).limit();
        CaseRouting.Route route = routing.first(tenant, report.category(), report.unit(), reporterRole);
        OffsetDateTime now = OffsetDateTime.now();
        java.time.ZoneId zone = java.time.ZoneId.of(tenant.timezone());
        try {
            CaseFile made = database.sessions().inTenant(tenant.id(), em -> {
                CaseFile c = new CaseFile(report, who.subject(), who.name(), reporterRole, now);
                c.route(
                        route.tier().code(),
                        route.tier().rank(),
                        route.handlerUnit(),
                        route.handlerRole(),
                        limit == null
                                ? null
                                : Calendars.of(em, zone)
                                        .due(now.atZoneSameInstant(zone), limit)
                                        .toOffsetDateTime());
                em.persist(c);
                CaseFlow.record(
                        em,
                        c,
                        who,
                        "report",
                        null,
                        route.reason().zh() + " / " + route.reason().en(),
                        now);
                em.flush();
                return c;
            });
            return new Outcome(made, true);
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolation(e)) {
                throw new ProblemException(409, "idempotency-in-flight", report.idempotencyKey());
            }
            throw e;
        }
    }

    private Optional<CaseFile> earlier(Tenant tenant, Identity who, CaseFile.Report report) {
        return database.sessions()
                .inTenant(tenant.id(), em -> find(em, who.subject(), report.idempotencyKey()))
                .map(c -> {
                    if (!c.requestHash().equals(report.hash())) {
                        throw new ProblemException(422, "idempotency-key-reused", report.idempotencyKey());
                    }
                    return c;
                });
    }

    static Optional<CaseFile> find(EntityManager em, String reporter, String key) {
        return em.createQuery(
                        "select c from CaseFile c where c.reporter = :r and c.idempotencyKey = :k", CaseFile.class)
                .setParameter("r", reporter)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }
}
