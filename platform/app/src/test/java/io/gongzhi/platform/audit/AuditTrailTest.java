package io.gongzhi.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.audit.entity.AuditEvent;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on PostgreSQL: a tenant sees only its own events, and no one, not even the
 * schema's owner, can change or remove an event once written.
 */
class AuditTrailTest {

    static IsolationFixture fx;

    @BeforeAll
    static void database() {
        fx = new IsolationFixture(2, "alpha", "beta");
        for (String tenant : new String[] {"alpha", "beta"}) {
            fx.sessions.inTenant(tenant, em -> {
                em.persist(new AuditEvent("s-1", "wang", "access.denied", "GET /x", "DENIED", tenant + " event"));
                return null;
            });
        }
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void eachTenantReadsOnlyItsOwnTrail() {
        var alpha = fx.sessions.inTenant("alpha", em -> em.createQuery("select e from AuditEvent e", AuditEvent.class)
                .getResultList());
        assertEquals(1, alpha.size());
        assertEquals("alpha event", alpha.get(0).detail());
    }

    @Test
    void theApplicationRoleCannotChangeOrRemoveEvents() throws SQLException {
        try (Connection app = DriverManager.getConnection(fx.db.url(), fx.db.user(), fx.db.password());
                Statement st = app.createStatement()) {
            app.setAutoCommit(false);
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            SQLException update = assertThrows(
                    SQLException.class, () -> st.executeUpdate("update audit_event set detail = 'edited'"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            app.rollback();
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            assertThrows(SQLException.class, () -> st.executeUpdate("delete from audit_event"));
            app.rollback();
        }
    }

    @Test
    void theOwnerCannotEither() throws SQLException {
        try (Connection owner = DriverManager.getConnection(fx.db.url(), fx.db.ownerUser(), fx.db.ownerPassword());
                Statement st = owner.createStatement()) {
            owner.setAutoCommit(false);
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            SQLException update = assertThrows(
                    SQLException.class, () -> st.executeUpdate("update audit_event set detail = 'edited'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            owner.rollback();
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("delete from audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            owner.rollback();
            SQLException truncate = assertThrows(SQLException.class, () -> st.executeUpdate("truncate audit_event"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
            owner.rollback();
        }
        long count = fx.sessions.inTenant("alpha", em -> em.createQuery("select count(e) from AuditEvent e", Long.class)
                .getSingleResult());
        assertEquals(1, count, "the event is still there, unchanged");
    }
}
