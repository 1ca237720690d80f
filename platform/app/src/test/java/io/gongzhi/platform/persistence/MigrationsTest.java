package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.persistence.control.Migrations;
import io.gongzhi.platform.testsupport.TestDatabases;
import java.nio.file.Path;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every migration applies to an empty PostgreSQL and an empty H2, and a second run changes nothing. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void applyToAnEmptyPostgres() {
        assertAppliesTwice(TestDatabases.freshPostgres(1));
    }

    @Test
    void applyToAnEmptyH2() {
        assertAppliesTwice(TestDatabases.freshH2(dir));
    }

    private static void assertAppliesTwice(DatabaseSettings db) {
        MigrateResult first = Migrations.migrate(db);
        assertTrue(first.success);
        assertTrue(first.migrationsExecuted >= 2, "all migrations ran: " + first.migrationsExecuted);
        MigrateResult second = Migrations.migrate(db);
        assertEquals(0, second.migrationsExecuted);
        assertEquals(first.targetSchemaVersion, second.initialSchemaVersion);
    }
}
