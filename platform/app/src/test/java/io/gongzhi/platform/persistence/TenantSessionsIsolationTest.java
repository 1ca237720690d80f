package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.disclosure.entity.Notice;
import io.gongzhi.platform.disclosure.entity.NoticeKind;
import io.gongzhi.platform.persistence.control.Migrations;
import io.gongzhi.platform.persistence.control.PersistenceUnits;
import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.tenancy.entity.TenantRecord;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first and second walls at the persistence layer, on a real PostgreSQL. */
class TenantSessionsIsolationTest {

    static DatabaseSettings db;
    static TenantSessions sessions;

    @BeforeAll
    static void database() {
        db = TestDatabases.freshPostgres(2);
        Migrations.migrate(db);
        sessions = new TenantSessions(PersistenceUnits.create(db), true);
        sessions.inPlatform(em -> {
            for (String t : List.of("alpha", "beta")) {
                TenantRecord r = new TenantRecord(t);
                r.describe(t, t, "district", "zh-CN", "Asia/Shanghai");
                r.brand("#000000", "#ffffff", null);
                r.serveOn(List.of(t + ".localhost"));
                r.govern(t, ">=1.0.0", "gov-" + t, null);
                r.appliedFrom("x");
                em.persist(r);
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        sessions.factory().close();
    }

    @Test
    void sameCodeInTwoTenantsNeverSeenAcross() {
        String betaId = sessions.inTenant("beta", em -> {
            Notice n = new Notice("N-1", NoticeKind.FINANCE, "beta title", "beta body", OffsetDateTime.now());
            em.persist(n);
            return n.id();
        });
        sessions.inTenant("alpha", em -> {
            em.persist(new Notice("N-1", NoticeKind.FINANCE, "alpha title", "alpha body", OffsetDateTime.now()));
            return null;
        });
        assertNull(sessions.inTenant("alpha", em -> em.find(Notice.class, betaId)));
        assertNotNull(sessions.inTenant("beta", em -> em.find(Notice.class, betaId)));
        List<String> titles = sessions.inTenant("alpha", em -> em.createQuery("select n from Notice n", Notice.class)
                .getResultStream()
                .map(Notice::title)
                .toList());
        assertEquals(List.of("alpha title"), titles);
    }

    @Test
    void noTenantSeesNothing() {
        assertThrows(
                RuntimeException.class,
                () -> sessions.inPlatform(em ->
                        em.createQuery("select n from Notice n", Notice.class).getResultList()));
    }
}
