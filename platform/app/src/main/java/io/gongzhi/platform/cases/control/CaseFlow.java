package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseEvent;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.spi.model.TimeLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The transitions of a case, each checked by {@link CaseRules}, against the version the caller
 * read, and written to the history in the same transaction.
 */
@ApplicationScoped
public class CaseFlow {

    /** The actor of the platform's own steps (deadlines). */
    public static final String SYSTEM = "system";

    @Inject
    CaseRouting routing;

    /** What the caller sends with an action. */
    public record Step(long version, String note, String tier, String unit, Integer rating, String comment) {}

    /** Applies {@code action} to the case (already read in {@code em}, visible to the caller). */
    public CaseFile apply(
            EntityManager em, Tenant tenant, Caller caller, CaseFile c, Action action, Step step, OffsetDateTime now) {
        if (!CaseRules.actor(action, c, caller)) {
            throw new ProblemException(403, "action-not-allowed", action.code());
        }
        if (!CaseRules.fits(action, c, now)) {
            throw new ProblemException(
                    409, "action-not-in-state", action.code(), c.state().name());
        }
        if (c.version() != step.version()) {
            throw new ProblemException(409, "stale-version", c.version());
        }
        CaseState from = c.state();
        String note = step.note() == null || step.note().isBlank()
                ? null
                : step.note().strip();
        if (note != null && note.length() > 1000) {
            throw new ProblemException(400, "field-too-long", "note", 1000);
        }
        switch (action) {
            case TAKE -> c.take();
            case RESOLVE -> {
                required(note);
                c.resolve(now);
            }
            case ESCALATE -> {
                required(note);
                CaseRouting.Route up = routing.above(tenant, c.unit(), c.tierRank())
                        .orElseThrow(() -> new ProblemException(409, "no-tier-above", c.tier()));
                c.route(
                        up.tier().code(),
                        up.tier().rank(),
                        up.handlerUnit(),
                        up.handlerRole(),
                        due(em, tenant, c.category(), now));
                c.escalated();
            }
            case DISPATCH -> {
                if (step.tier() == null) {
                    throw new ProblemException(400, "field-required", "tier");
                }
                CaseRouting.Route to =
                        routing.dispatch(tenant, step.tier(), step.unit() == null ? c.unit() : step.unit());
                c.route(
                        to.tier().code(),
                        to.tier().rank(),
                        to.handlerUnit(),
                        to.handlerRole(),
                        due(em, tenant, c.category(), now));
            }
            case SUPERVISE -> c.supervise(now, due(em, tenant, c.category(), now));
            case CLOSE -> c.close(now);
            case REJECT -> {
                required(note);
                c.rejectResolution();
            }
            case RATE -> {
                if (step.rating() == null || step.rating() < 1 || step.rating() > 5) {
                    throw new ProblemException(400, "field-format", "rating", "1-5");
                }
                String comment = step.comment() == null || step.comment().isBlank()
                        ? null
                        : step.comment().strip();
                if (comment != null && comment.length() > 1000) {
                    throw new ProblemException(400, "field-too-long", "comment", 1000);
                }
                c.rate(step.rating(), comment);
                note = step.rating() + "★" + (comment == null ? "" : " " + comment);
            }
            case REOPEN -> {
                required(note);
                c.reopen(due(em, tenant, c.category(), now));
            }
        }
        record(em, c, caller.require(), action.code(), from, note, now);
        em.flush();
        return c;
    }

    /** The due time of the case's category's limit, counted from {@code now}. */
    public OffsetDateTime due(EntityManager em, Tenant tenant, String category, OffsetDateTime now) {
        TimeLimit limit = routing.category(tenant, category).limit();
        ZoneId zone = ZoneId.of(tenant.timezone());
        return limit == null
                ? null
                : Calendars.of(em, zone).due(now.atZoneSameInstant(zone), limit).toOffsetDateTime();
    }

    /** Appends a step to the history. */
    public static void record(
            EntityManager em, CaseFile c, Identity who, String action, CaseState from, String note, OffsetDateTime at) {
        record(em, c, who.subject(), who.name(), action, from, note, at);
    }

    /** The first step of a new case (no history to number after), with its notice. */
    public static CaseEvent first(
            EntityManager em, CaseFile c, Identity who, String action, String note, OffsetDateTime at) {
        CaseEvent e = new CaseEvent(c, 1, at, who.subject(), who.name(), action, null, note);
        em.persist(e);
        Notices.of(em, c, action, at);
        return e;
    }

    /** The case's history, oldest first. */
    public static java.util.List<CaseEvent> history(EntityManager em, CaseFile c) {
        return em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq", CaseEvent.class)
                .setParameter("c", c.id())
                .getResultList();
    }

    /** Appends a step by {@code actor} (a token subject, or {@value #SYSTEM} for the platform's jobs). */
    public static void record(
            EntityManager em,
            CaseFile c,
            String actor,
            String actorName,
            String action,
            CaseState from,
            String note,
            OffsetDateTime at) {
        int seq = Optional.ofNullable(
                        em.createQuery("select max(e.seq) from CaseEvent e where e.caseId = :c", Integer.class)
                                .setParameter("c", c.id())
                                .getSingleResult())
                .orElse(0);
        em.persist(new CaseEvent(c, seq + 1, at, actor, actorName, action, from, note));
        Notices.of(em, c, action, at);
    }

    private static void required(String note) {
        if (note == null) {
            throw new ProblemException(400, "field-required", "note");
        }
    }
}
