package io.gongzhi.platform.audit.control;

import io.gongzhi.platform.audit.entity.AuditEvent;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.persistence.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes and reads the audit trail. Each event is written in a transaction of its own, so an event
 * about a request that fails (a denial) is kept even though the request's work is rolled back.
 * Events about the installation rather than a tenant go to the {@value #OPERATOR_LOG} log, a name
 * no tenant id can take.
 */
@ApplicationScoped
public class AuditLog {

    public static final String OPERATOR_LOG = "_operator";

    public static final String DONE = "DONE";
    public static final String DENIED = "DENIED";

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject
    Database database;

    /**
     * Records an event in {@code log} (a tenant id or {@link #OPERATOR_LOG}). A failure to write is
     * logged at SEVERE and rethrown: an action whose audit record cannot be kept must not pass as
     * audited.
     */
    public void record(String log, Entry entry) {
        try {
            database.sessions().inTenant(log, em -> {
                em.persist(new AuditEvent(
                        entry.actor(),
                        entry.actorName(),
                        entry.action(),
                        entry.target(),
                        entry.outcome(),
                        entry.detail()));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "audit event not written to " + log + ": " + entry, e);
            throw e;
        }
    }

    /** Records that {@code who} did {@code action} to {@code target}. */
    public void done(String log, Identity who, String action, String target, String detail) {
        record(log, new Entry(who.subject(), who.username(), action, target, DONE, detail));
    }

    /** The newest events first, optionally of one action, at most {@code limit}. */
    public List<AuditEvent> read(String log, String action, int limit, int offset) {
        return database.sessions().inTenant(log, em -> (action == null
                        ? em.createQuery("select e from AuditEvent e order by e.at desc, e.id", AuditEvent.class)
                        : em.createQuery(
                                        "select e from AuditEvent e where e.action = :a order by e.at desc, e.id",
                                        AuditEvent.class)
                                .setParameter("a", action))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    /** What happened, by whom, to what. */
    public record Entry(String actor, String actorName, String action, String target, String outcome, String detail) {}
}
