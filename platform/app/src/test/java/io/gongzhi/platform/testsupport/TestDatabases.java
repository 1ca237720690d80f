package io.gongzhi.platform.testsupport;

import io.gongzhi.platform.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests: a fresh, empty PostgreSQL database per call on the server named by
 * {@code test.pg.host}/{@code test.pg.port} (created through the superuser {@code test.pg.admin}),
 * with the two roles production uses: {@value #OWNER} owns the schema, {@value #APP} is the
 * application's role (login, no ownership, no BYPASSRLS). Or an empty H2 file under a directory.
 */
public final class TestDatabases {

    public static final String OWNER = "gongzhi_owner";
    public static final String APP = "gongzhi_app";
    public static final String PASSWORD = "gongzhi-test";

    private TestDatabases() {}

    public static String host() {
        return System.getProperty("test.pg.host", "127.0.0.1");
    }

    public static String port() {
        return System.getProperty("test.pg.port", "5432");
    }

    /** Creates an empty PostgreSQL database owned by {@value #OWNER}; returns its settings. */
    public static DatabaseSettings freshPostgres(int poolSize) {
        DatabaseSettings db = plannedPostgres(poolSize);
        create(db);
        return db;
    }

    /** Settings for a PostgreSQL database that does not exist yet (see {@link #create}). */
    public static DatabaseSettings plannedPostgres(int poolSize) {
        String name =
                "gongzhi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new DatabaseSettings(jdbcUrl(name), APP, PASSWORD, OWNER, PASSWORD, poolSize);
    }

    /** Creates the database of {@code db}, owned by {@value #OWNER}, usable by {@value #APP}. */
    public static void create(DatabaseSettings db) {
        String name = databaseName(db);
        try (Connection admin = adminConnection("postgres");
                Statement st = admin.createStatement()) {
            ensureRole(st, OWNER);
            ensureRole(st, APP);
            st.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is needed at " + host() + ":" + port() + " (superuser "
                            + System.getProperty("test.pg.admin", "postgres") + "): " + e.getMessage(),
                    e);
        }
        try (Connection admin = adminConnection(name);
                Statement st = admin.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DatabaseSettings freshH2(java.nio.file.Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("gongzhi-" + UUID.randomUUID()) + ";DB_CLOSE_ON_EXIT=FALSE";
        return new DatabaseSettings(url, "sa", "", "sa", "", 2);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A superuser connection to {@code database}, for catalogue checks and set-up. */
    public static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(
                jdbcUrl(database),
                System.getProperty("test.pg.admin", "postgres"),
                System.getProperty("test.pg.admin.password", ""));
    }

    public static String databaseName(DatabaseSettings settings) {
        String url = settings.url();
        return url.substring(url.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static void ensureRole(Statement st, String role) throws SQLException {
        st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '"
                + PASSWORD + "'; END IF; END $$");
    }
}
