package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseEvent;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.persistence.control.Constraints;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.model.TimeLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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

    /** The case, its history, and whether this request made it (false: a retry of an earlier one). */
    public record Outcome(CaseFile file, List<CaseEvent> history, boolean created) {}

    /**
     * One transaction: the earlier case of the same key, if any (a retry, answered with it), or the
     * new case with its first history step and notice. Routing is decided before it, outside.
     */
    public Outcome report(Tenant tenant, Identity who, String reporterRole, CaseFile.Report report) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(tenant, who, reporterRole, report);
            } catch (RuntimeException e) {
                // the case number is the day and 8 hex digits of the new id: a district with 3,000 cases
                // a day would see two collide about once in three years; a retry with a fresh id is free
                if (attempt < 3 && Constraints.uniqueViolation(e, "case_file_number")) {
                    continue;
                }
                if (Constraints.uniqueViolation(e)) {
                    throw new ProblemException(409, "idempotency-in-flight", report.idempotencyKey());
                }
                throw e;
            }
        }
    }

    private Outcome attempt(Tenant tenant, Identity who, String reporterRole, CaseFile.Report report) {
        TimeLimit limit = routing.category(tenant, report.category()).limit();
        CaseRouting.Route route = routing.first(tenant, report.category(), report.unit(), reporterRole);
        OffsetDateTime now = OffsetDateTime.now();
        ZoneId zone = ZoneId.of(tenant.timezone());
        return database.sessions().inTenant(tenant.id(), em -> {
            Optional<CaseFile> earlier = find(em, who.subject(), report.idempotencyKey());
            if (earlier.isPresent()) {
                CaseFile c = earlier.get();
                if (!c.requestHash().equals(report.hash())) {
                    throw new ProblemException(422, "idempotency-key-reused", report.idempotencyKey());
                }
                return new Outcome(c, CaseFlow.history(em, c), false);
            }
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
            em.persist(c); // written with its first step and notice in one flush, at commit
            CaseEvent first = CaseFlow.first(
                    em,
                    c,
                    who,
                    "report",
                    route.reason().zh() + " / " + route.reason().en(),
                    now);
            return new Outcome(c, List.of(first), true);
        });
    }

    /**
     * The reporter's case of this key. Looked up by the key alone (the index leads with it; see
     * V22) and matched to the reporter here: another reporter's use of the same key is a
     * different request.
     */
    static Optional<CaseFile> find(EntityManager em, String reporter, String key) {
        return em.createQuery("select c from CaseFile c where c.idempotencyKey = :k", CaseFile.class)
                .setParameter("k", key)
                .getResultStream()
                .filter(c -> c.reporter().equals(reporter))
                .findFirst();
    }
}
