package io.gongzhi.platform.imports.control;

import io.gongzhi.platform.identity.control.Units;
import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.problem.control.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Imports a {@link Register} from sheet rows in two passes: {@link #check} finds every error
 * (nothing is written), {@link #write} writes a clean file in one transaction. Both report
 * progress every {@value #STEP} rows.
 */
public final class RegisterImport<R> {

    public static final int STEP = 1000;

    /**
     * A sheet row with its line number and how many non-blank fields it has beyond the header's
     * columns (an unquoted comma in an address, say): such a row is refused, nothing dropped.
     */
    public record Row<R>(int line, R record, int extra) {}

    /** What a write did. */
    public record Result(int rows, int created, int updated) {}

    /** Told how far a pass has come. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    private final Register<R> register;
    private final Supplier<TenantSessions> sessions;

    public RegisterImport(Register<R> register, Supplier<TenantSessions> sessions) {
        this.register = register;
        this.sessions = sessions;
    }

    /**
     * Every error of the file, one text per bad row ({@code message} turns a line and its problem
     * into the text); empty when the file may be written.
     */
    public List<String> check(
            List<Row<R>> rows,
            Predicate<String> inScope,
            Predicate<String> unitExists,
            BiFunction<Integer, ProblemException, String> message,
            Progress progress) {
        List<String> errors = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Boolean> units = new HashMap<>();
        Set<String> created = new HashSet<>();
        int done = 0;
        for (Row<R> row : rows) {
            try {
                if (row.extra() > 0) {
                    throw new ProblemException(400, "row-too-wide", row.extra());
                }
                String raw = register.unit(row.record());
                if (raw != null || !register.unitOptional()) {
                    String unit = Units.check("unit", raw);
                    if (!inScope.test(unit)) {
                        throw new ProblemException(403, "out-of-scope", unit);
                    }
                    if (!created.contains(unit) && !units.computeIfAbsent(unit, unitExists::test)) {
                        throw new ProblemException(422, "no-such-unit", unit, "-");
                    }
                }
                register.check(row.record());
                String key = register.key(row.record());
                if (key != null && keys.putIfAbsent(key, row.line()) != null) {
                    throw new ProblemException(409, "duplicate-in-file", keys.get(key));
                }
                String made = register.creates(row.record());
                if (made != null) {
                    created.add(made);
                }
            } catch (ProblemException e) {
                errors.add(message.apply(row.line(), e));
            }
            if (++done % STEP == 0) {
                progress.at(done, rows.size());
            }
        }
        progress.at(rows.size(), rows.size());
        return errors;
    }

    /** Writes checked rows, all or none. */
    public Result write(String tenant, List<Row<R>> rows, Predicate<String> inScope, Progress progress) {
        List<R> records = rows.stream().map(Row::record).toList();
        int created = sessions.get().inTenant(tenant, em -> register.write(em, records, inScope, progress));
        return new Result(rows.size(), created, rows.size() - created);
    }
}
