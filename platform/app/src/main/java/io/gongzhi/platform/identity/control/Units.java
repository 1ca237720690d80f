package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.problem.control.ProblemException;
import java.util.regex.Pattern;

/**
 * Unit paths: an org unit named by the codes from the top of the tenant's hierarchy down, joined
 * by {@code /} ({@code nanyuan/lanhua/grid-3}); codes are a-z, 0-9 and '-', so a path is safe in a
 * LIKE prefix. A unit is within another when it is the same or
 * its path continues the other's. Null stands for the whole tenant.
 */
public final class Units {

    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62}){0,11}");

    private Units() {}

    /** The path, checked; a 400 problem naming the field when it is not a unit path. */
    public static String check(String field, String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new ProblemException(400, "field-format", field, "unit-path");
        }
        return path;
    }

    /**
     * JPQL for "{@code field} is the unit in parameter {@code param} or lies under it". The subtree
     * is a range of paths, {@code [unit + "/", unit + "0")} ('0' follows '/' in the "C" collation
     * the path columns use on PostgreSQL), compared with leakproof operators: under row-level
     * security PostgreSQL may use the index for them, which it may not for LIKE.
     */
    public static String subtree(String field, String param) {
        return "(" + field + " = :" + param + " or (" + field + " >= :" + param + "Lo and " + field + " < :" + param
                + "Hi))";
    }

    /** The three parameters of {@link #subtree} for {@code unit}. */
    public static void bindSubtree(java.util.function.BiConsumer<String, Object> set, String param, String unit) {
        set.accept(param, unit);
        set.accept(param + "Lo", unit + "/");
        set.accept(param + "Hi", unit + "0");
    }

    /** Whether {@code unit} lies within {@code scope}; a null unit (the whole tenant) lies in none. */
    public static boolean within(String unit, String scope) {
        return unit != null && (unit.equals(scope) || unit.startsWith(scope + "/"));
    }
}
