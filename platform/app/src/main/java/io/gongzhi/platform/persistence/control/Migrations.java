package io.gongzhi.platform.persistence.control;

import io.gongzhi.platform.config.DatabaseSettings;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway, connected as the owner role. Common migrations run on
 * every database; the vendor folder adds what only that database has (row-level security on
 * PostgreSQL, applied by its {@code afterMigrate} callback to every table with a {@code tenant_id}).
 */
public final class Migrations {

    private Migrations() {}

    public static MigrateResult migrate(DatabaseSettings db) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(db.url(), db.ownerUser(), db.ownerPassword())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + db.vendor())
                .placeholders(Map.of("app_role", plainIdentifier(db.user())))
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate();
    }

    /** Role names go into SQL text as placeholders, so only plain identifiers are accepted. */
    static String plainIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    "database role name '" + name + "' must be a lower-case SQL identifier ([a-z_][a-z0-9_]*)");
        }
        return name;
    }
}
