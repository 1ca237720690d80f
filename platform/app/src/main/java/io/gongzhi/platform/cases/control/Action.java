package io.gongzhi.platform.cases.control;

import java.util.Locale;
import java.util.Optional;

/** What someone may do to a case. */
public enum Action {
    /** The handler takes a dispatched case. */
    TAKE,
    /** The handler reports it settled (with what was done). */
    RESOLVE,
    /** The handler passes it to the tier above (with why). */
    ESCALATE,
    /** The command centre sends it to a tier and unit of its choice. */
    DISPATCH,
    /** The command centre puts it under supervision (督办). */
    SUPERVISE,
    /** A verifier confirms the result: closed. */
    CLOSE,
    /** A verifier finds it not settled: back to the handler. */
    REJECT,
    /** The reporter rates the result, 1 to 5. */
    RATE,
    /** The reporter is not satisfied: dispatched again. */
    REOPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Action> of(String code) {
        for (Action a : values()) {
            if (a.code().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
