package io.gongzhi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.persistence.control.Constraints;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures count as a unique violation, and of which constraint. */
class ConstraintsTest {

    @Test
    void aUniqueViolationIsFoundInTheCauseChainAndNamedByItsConstraint() {
        SQLException pg =
                new SQLException("ERROR: duplicate key value violates unique constraint \"case_file_number\"", "23505");
        RuntimeException wrapped = new RuntimeException("commit failed", new IllegalStateException(pg));
        assertTrue(Constraints.uniqueViolation(wrapped));
        assertTrue(Constraints.uniqueViolation(wrapped, "case_file_number"));
        assertFalse(Constraints.uniqueViolation(wrapped, "case_file_idempotency"));
    }

    @Test
    void h2sCapitalsAndABatchsNextExceptionCountToo() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "XX000", new int[0]);
        batch.setNextException(new SQLException(
                "Unique index or primary key violation: \"PUBLIC.CASE_FILE_NUMBER_INDEX_A ON PUBLIC.CASE_FILE\"",
                "23505"));
        assertTrue(Constraints.uniqueViolation(new RuntimeException(batch), "case_file_number"));
    }

    @Test
    void otherFailuresAreNotUniqueViolations() {
        SQLException fk = new SQLException("violates foreign key constraint \"case_file_number\"", "23503");
        assertFalse(Constraints.uniqueViolation(new RuntimeException(fk)));
        assertFalse(Constraints.uniqueViolation(new RuntimeException("no SQL at all")));
    }
}
