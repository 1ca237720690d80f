package io.gongzhi.platform.persistence.control;

import java.sql.SQLException;

/** Recognises database constraint failures that are the caller's doing, not the platform's. */
public final class Constraints {

    /** SQLSTATE of a unique violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    public static boolean uniqueViolation(Throwable e) {
        return uniqueViolation(e, "");
    }

    /**
     * Whether {@code e} is a unique violation of the named constraint (PostgreSQL and H2 both name it
     * in the message; H2 in capitals).
     */
    public static boolean uniqueViolation(Throwable e, String constraint) {
        String name = constraint.toLowerCase(java.util.Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a batched statement reports its failures as a chain of next exceptions
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())
                        && String.valueOf(s.getMessage())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
