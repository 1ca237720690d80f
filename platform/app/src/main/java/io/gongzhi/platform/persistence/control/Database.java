package io.gongzhi.platform.persistence.control;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.config.PlatformConfig;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The platform's database: migrated at start, then reached only through {@link #sessions()}.
 *
 * <p>Start-up refuses what would break isolation in production: the embedded H2 database, and an
 * application role that owns tenant tables or may bypass row-level security.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Inject
    PlatformConfig config;

    private volatile TenantSessions sessions;

    public synchronized void start() throws Exception {
        if (sessions != null) {
            return;
        }
        DatabaseSettings db = config.database();
        if (!config.development() && !db.postgres()) {
            throw new IllegalStateException(
                    "production mode needs PostgreSQL: set gongzhi.db.url (GONGZHI_DB_URL) to a "
                            + "jdbc:postgresql: URL; the embedded H2 database is for development only");
        }
        if (db.h2()) {
            Files.createDirectories(config.dataDir());
        }
        LOG.info(() -> "database: " + db);
        MigrateResult result = Migrations.migrate(db);
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        TenantSessions s = new TenantSessions(PersistenceUnits.create(db), db.postgres());
        try {
            if (db.postgres()) {
                RowLevelSecurityCheck.verify(s, !config.development());
            }
        } catch (RuntimeException e) {
            s.factory().close();
            throw e;
        }
        sessions = s;
    }

    /** The way to the data; 503 while the database has not started. */
    public TenantSessions sessions() {
        TenantSessions s = sessions;
        if (s == null) {
            throw new ProblemException(503, "database-unavailable");
        }
        return s;
    }

    public boolean started() {
        return sessions != null;
    }

    @PreDestroy
    void stop() {
        TenantSessions s = sessions;
        if (s != null) {
            s.factory().close();
        }
    }
}
