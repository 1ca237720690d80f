package io.gongzhi.testkit;

import io.gongzhi.spi.model.Procedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a decision procedure step by step: each step in its order, its quorum met, its vote passed.
 * A failed step ends the walk.
 */
public final class ProcedureWalk {

    private final Procedure procedure;
    private int next;
    private String failedAt;
    private final List<String> published = new ArrayList<>();

    private ProcedureWalk(Procedure procedure) {
        this.procedure = procedure;
    }

    public static ProcedureWalk start(Procedure procedure) {
        return new ProcedureWalk(procedure);
    }

    /**
     * Takes the next step.
     *
     * @param members how many may take part
     * @param present how many took part
     * @param votesFor votes in favour (ignored when the step is not a vote)
     * @param votesCast votes cast
     */
    public ProcedureWalk step(String stepCode, int members, int present, int votesFor, int votesCast) {
        if (failedAt != null) {
            throw new IllegalStateException("the procedure already failed at step '" + failedAt + "'");
        }
        if (finished()) {
            throw new IllegalStateException("the procedure " + procedure.code() + " has no step after its last");
        }
        Procedure.Step s = procedure.steps().get(next);
        if (!s.code().equals(stepCode)) {
            throw new IllegalStateException("step '" + s.code() + "' is due, not '" + stepCode + "'");
        }
        boolean quorum = (long) present * 100 >= (long) s.quorumPercent() * members;
        boolean passed =
                s.passPercent() == 0 || (votesCast > 0 && (long) votesFor * 100 >= (long) s.passPercent() * votesCast);
        if (!quorum || !passed) {
            failedAt = s.code();
            return this;
        }
        if (s.publishes()) {
            published.add(s.code());
        }
        next++;
        return this;
    }

    public boolean finished() {
        return failedAt != null || next == procedure.steps().size();
    }

    public boolean passed() {
        return failedAt == null && next == procedure.steps().size();
    }

    public Optional<String> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    public List<String> published() {
        return List.copyOf(published);
    }
}
