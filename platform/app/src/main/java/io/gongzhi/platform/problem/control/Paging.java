package io.gongzhi.platform.problem.control;

/** The one check of a page request: {@code limit} in 1..max, {@code offset} not negative (400 otherwise). */
public final class Paging {

    private Paging() {}

    public static void check(int limit, int offset, int max) {
        if (limit < 1 || limit > max) {
            throw new ProblemException(400, "field-format", "limit", "1-" + max);
        }
        if (offset < 0) {
            throw new ProblemException(400, "field-format", "offset", ">= 0");
        }
    }
}
