package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongzhi.platform.disclosure.entity.Notice;
import io.gongzhi.platform.disclosure.entity.NoticeKind;
import io.gongzhi.platform.testsupport.IsolationFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant A acting on tenant B's rows through the persistence layer, on a real PostgreSQL with the
 * application role: every read, list, update and delete sees or changes 0 of B's rows. Both tenants
 * hold rows with the same business keys.
 */
class PersistenceIsolationTest {

    static IsolationFixture fx;
    String alphaId;
    String betaId;

    @BeforeAll
    static void database() {
        fx = new IsolationFixture(2, "alpha", "beta");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @BeforeEach
    void sameKeysInBothTenants() {
        for (String t : List.of("alpha", "beta")) {
            fx.sessions.inTenant(t, em -> em.createQuery("delete from Notice n").executeUpdate());
        }
        alphaId = create("alpha", "N-1", "alpha's notice");
        betaId = create("beta", "N-1", "beta's notice");
        create("beta", "B-ONLY", "beta only");
    }

    @Test
    void findByIdOfAnotherTenantSeesNothing() {
        assertNull(fx.sessions.inTenant("alpha", em -> em.find(Notice.class, betaId)));
        assertEquals("beta's notice", title("beta", betaId));
    }

    @Test
    void listsAndQueriesByBusinessKeySeeOnlyTheirTenant() {
        List<String> titles =
                fx.sessions.inTenant("alpha", em -> em.createQuery("select n.title from Notice n", String.class)
                        .getResultList());
        assertEquals(List.of("alpha's notice"), titles);
        long onlyBeta = fx.sessions.inTenant(
                "alpha", em -> em.createQuery("select count(n) from Notice n where n.code = 'B-ONLY'", Long.class)
                        .getSingleResult());
        assertEquals(0, onlyBeta);
        long byId = fx.sessions.inTenant(
                "alpha", em -> em.createQuery("select count(n) from Notice n where n.id = :id", Long.class)
                        .setParameter("id", betaId)
                        .getSingleResult());
        assertEquals(0, byId);
    }

    @Test
    void bulkUpdateAndDeleteChangeOnlyTheirTenant() {
        int updated =
                fx.sessions.inTenant("alpha", em -> em.createQuery("update Notice n set n.title = 'changed by alpha'")
                        .executeUpdate());
        assertEquals(1, updated);
        int updatedById =
                fx.sessions.inTenant("alpha", em -> em.createQuery("update Notice n set n.title = 'x' where n.id = :id")
                        .setParameter("id", betaId)
                        .executeUpdate());
        assertEquals(0, updatedById);
        int deleted = fx.sessions.inTenant("alpha", em -> em.createQuery("delete from Notice n where n.code = 'B-ONLY'")
                .executeUpdate());
        assertEquals(0, deleted);
        assertEquals("beta's notice", title("beta", betaId));
        assertEquals(2, count("beta"));
    }

    @Test
    void mergingAnotherTenantsEntityNeverChangesIt() {
        Notice betas = fx.sessions.inTenant("beta", em -> em.find(Notice.class, betaId));
        betas.revise(null, NoticeKind.PARTY, "hijacked by alpha", "x", OffsetDateTime.now());
        assertThrows(RuntimeException.class, () -> fx.sessions.inTenant("alpha", em -> em.merge(betas)));
        assertEquals("beta's notice", title("beta", betaId));
    }

    @Test
    void removingAnotherTenantsEntityNeverDeletesIt() {
        Notice betas = fx.sessions.inTenant("beta", em -> em.find(Notice.class, betaId));
        assertThrows(
                RuntimeException.class,
                () -> fx.sessions.inTenant("alpha", em -> {
                    em.remove(em.contains(betas) ? betas : em.merge(betas));
                    return null;
                }));
        assertEquals(2, count("beta"));
    }

    @Test
    void nativeSqlThroughJpaIsRefused() {
        assertThrows(
                RuntimeException.class,
                () -> fx.sessions.inTenant("alpha", em -> em.createNativeQuery("select * from notice")
                        .getResultList()));
    }

    @Test
    void theDatabaseItselfHidesOtherTenantsOnThePlatformsConnection() throws SQLException {
        // below EclipseLink: raw SQL on the very connection the transaction uses
        long seen = fx.sessions.inTenant("alpha", em -> {
            try (Statement st = em.unwrap(Connection.class).createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from notice")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(1, seen, "row-level security shows alpha's row only");
    }

    @Test
    void withNoTenantTenantEntitiesCannotBeRead() {
        assertThrows(
                RuntimeException.class,
                () -> fx.sessions.inPlatform(em ->
                        em.createQuery("select n from Notice n", Notice.class).getResultList()));
    }

    static String create(String tenant, String code, String title) {
        return fx.sessions.inTenant(tenant, em -> {
            Notice n = new Notice(code, null, NoticeKind.FINANCE, title, "body", OffsetDateTime.now());
            em.persist(n);
            return n.id();
        });
    }

    static String title(String tenant, String id) {
        return fx.sessions.inTenant(tenant, em -> em.find(Notice.class, id).title());
    }

    static long count(String tenant) {
        return fx.sessions.inTenant(tenant, em -> em.createQuery("select count(n) from Notice n", Long.class)
                .getSingleResult());
    }
}
