package io.gongzhi.platform.persistence.control;

import java.sql.SQLException;

/** Recognises database constraint failures that are the caller's doing, not the platform's. */
public final class Constraints {

    /** SQLSTATE of a unique violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    public static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a batched statement reports its failures as a chain of next exceptions
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
