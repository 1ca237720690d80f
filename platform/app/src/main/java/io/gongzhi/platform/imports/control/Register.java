package io.gongzhi.platform.imports.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A register that districts keep in spreadsheets and import from a sheet (CSV, or the first sheet
 * of an .xlsx workbook) with {@link RegisterImport}. One instance serves one import: it may
 * remember earlier rows of the file while checking later ones (a unit created on line 3 is the
 * parent named on line 9).
 *
 * <p>Threading: an instance is used by one thread at a time (the request's, or the import job's).
 * Failure: {@link #check} throws a {@link io.gongzhi.platform.problem.control.ProblemException}
 * naming the row's first problem; {@link #write} runs only on a file with no problem at all and
 * any exception it throws rolls the whole file back.
 *
 * @param <R> a row of the register, as read from the sheet
 */
public interface Register<R> {

    /** The register's name: the import job's kind and the audit target ({@code units}, ...). */
    String name();

    /** Column names a sheet may use, lower case, Chinese and English, to field names. */
    Map<String, String> headers();

    /** The fields the header must name. */
    List<String> required();

    /** The row of a line's fields (a field whose column the sheet lacks is absent). */
    R row(Map<String, String> fields);

    /**
     * The unit path the row belongs to: checked as a path, within the caller's scope and existing
     * (or created by an earlier row). Null only where {@link #unitOptional()}.
     */
    String unit(R row);

    /** Whether a row may have no unit (a street at the top of the hierarchy). */
    default boolean unitOptional() {
        return false;
    }

    /** The unit path a row creates, which later rows may name; null for most registers. */
    default String creates(R row) {
        return null;
    }

    /** Checks the row's own fields, throwing the first problem. */
    void check(R row);

    /** The row's business key, unique within a file and the register; null when it has none. */
    String key(R row);

    /**
     * Writes checked rows, in the tenant's open transaction, matching existing records by business
     * key (so a second import of the same file creates nothing). Returns how many were created.
     */
    int write(EntityManager em, List<R> rows, Predicate<String> inScope, RegisterImport.Progress progress);
}
