package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.IsolationFixture;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second wall, read from PostgreSQL's catalogue after all migrations: every table with a
 * {@code tenant_id} has row-level security enabled and forced and a tenant policy; the application
 * role owns none of them, is no superuser and has no BYPASSRLS; with no tenant bound it reads 0 rows.
 */
class RowLevelSecurityCatalogueTest {

    static IsolationFixture fx;

    @BeforeAll
    static void database() {
        fx = new IsolationFixture(2, "alpha", "beta");
        fx.sessions.inTenant("alpha", em -> {
            em.persist(new io.gongzhi.platform.disclosure.entity.Notice(
                    "A-1",
                    null,
                    io.gongzhi.platform.disclosure.entity.NoticeKind.PARTY,
                    "t",
                    "b",
                    java.time.OffsetDateTime.now()));
            return null;
        });
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityWithATenantPolicy() throws SQLException {
        List<String> tables = query(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                 order by 1""");
        assertFalse(tables.isEmpty());
        assertTrue(tables.contains("notice"));
        for (String t : tables) {
            assertEquals(
                    List.of("true true"),
                    query("select relrowsecurity || ' ' || relforcerowsecurity from pg_class where relname = '" + t
                            + "'"),
                    t);
            List<String> policies =
                    query("select qual || ' / ' || with_check from pg_policies where tablename = '" + t + "'");
            assertEquals(1, policies.size(), t + " has one policy");
            assertTrue(policies.get(0).contains("current_setting('app.tenant_id'"), t + ": " + policies);
            String firstKeyColumn = query(
                            """
                    select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                     where i.indrelid = '%s'::regclass and i.indisprimary"""
                                    .formatted(t))
                    .get(0);
            assertEquals("tenant_id", firstKeyColumn, t + ": tenant_id leads the primary key");
            List<String> otherLeads = query(
                    """
                    select ic.relname from pg_index i join pg_class ic on ic.oid = i.indexrelid
                      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                     where i.indrelid = '%s'::regclass and a.attname <> 'tenant_id'"""
                            .formatted(t));
            assertEquals(List.of(), otherLeads, t + ": every index starts with tenant_id");
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypass() throws SQLException {
        assertEquals(
                List.of("false false"),
                query("select rolsuper || ' ' || rolbypassrls from pg_roles where rolname = '" + TestDatabases.APP
                        + "'"));
        assertEquals(
                List.of(),
                query("select tablename from pg_tables where schemaname = 'public' and tableowner = '"
                        + TestDatabases.APP + "'"));
    }

    @Test
    void aTransactionWithNoTenantReadsZeroRows() throws SQLException {
        try (Connection app = DriverManager.getConnection(fx.db.url(), fx.db.user(), fx.db.password());
                Statement st = app.createStatement()) {
            app.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("select count(*) from notice")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            try (ResultSet rs = st.executeQuery("select count(*) from notice")) {
                rs.next();
                assertEquals(1, rs.getLong(1), "bound to alpha, alpha's row shows");
            }
            app.commit();
            try (ResultSet rs = st.executeQuery("select count(*) from notice")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "the binding ended with the transaction");
            }
            app.rollback();
        }
    }

    @Test
    void anInsertForAnotherTenantIsRejectedByThePolicy() throws SQLException {
        try (Connection app = DriverManager.getConnection(fx.db.url(), fx.db.user(), fx.db.password());
                Statement st = app.createStatement()) {
            app.setAutoCommit(false);
            st.execute("select set_config('app.tenant_id', 'alpha', true)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(
                    SQLException.class,
                    () -> st.execute(
                            "insert into notice values ('beta', 'x', 'X-1', 'PARTY', 't', 'b', now(), now(), now(), 1)"));
            assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
            app.rollback();
        }
    }

    static List<String> query(String sql) throws SQLException {
        try (Connection admin = TestDatabases.adminConnection(TestDatabases.databaseName(fx.db));
                PreparedStatement ps = admin.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
