package io.gongzhi.platform.cases.control;

import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what to a case in which state. The handler is whoever holds the tier's role at the
 * handling unit (or above it); verifiers are the reporter, the command centre, district
 * administrators and street or community staff over the handling unit who are not its handler's
 * role; the reporter alone rates and reopens (within {@value #REOPEN_DAYS} days of closing).
 */
public final class CaseRules {

    public static final int REOPEN_DAYS = 30;

    /** Staff who may see cases of their units. */
    public static final Set<Role> STAFF = EnumSet.of(
            Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COMMAND_CENTRE, Role.DISTRICT_ADMIN);

    static final Set<Role> DISPATCHERS = EnumSet.of(Role.COMMAND_CENTRE, Role.DISTRICT_ADMIN);

    private CaseRules() {}

    /** Whether the caller may see the case at all. */
    public static boolean visible(CaseFile c, Caller caller) {
        return reporter(c, caller)
                || caller.inScope(c.unit(), STAFF)
                || caller.inScope(c.handlerUnit(), STAFF)
                || caller.inScope(null, DISPATCHERS);
    }

    /** The actions the caller may take now. */
    public static List<Action> allowed(CaseFile c, Caller caller, OffsetDateTime now) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> may(a, c, caller, now))
                .toList();
    }

    public static boolean may(Action a, CaseFile c, Caller caller, OffsetDateTime now) {
        return fits(a, c, now) && actor(a, c, caller);
    }

    /** Whether the case's state allows the action at all (whoever asks). */
    public static boolean fits(Action a, CaseFile c, OffsetDateTime now) {
        CaseState s = c.state();
        return switch (a) {
            case TAKE -> s == CaseState.DISPATCHED;
            case RESOLVE -> s == CaseState.IN_PROGRESS;
            case ESCALATE -> s == CaseState.DISPATCHED || s == CaseState.IN_PROGRESS;
            case DISPATCH, SUPERVISE -> s.open();
            case CLOSE, REJECT -> s == CaseState.RESOLVED;
            case RATE -> s == CaseState.CLOSED && c.rating() == null;
            case REOPEN ->
                s == CaseState.CLOSED
                        && c.closedAt() != null
                        && c.closedAt().plusDays(REOPEN_DAYS).isAfter(now);
        };
    }

    /** Whether the caller is someone who may take the action. */
    public static boolean actor(Action a, CaseFile c, Caller caller) {
        return switch (a) {
            case TAKE, RESOLVE, ESCALATE -> handler(c, caller);
            case DISPATCH, SUPERVISE -> caller.inScope(null, DISPATCHERS);
            case CLOSE -> reporter(c, caller) || verifier(c, caller);
            case REJECT -> verifier(c, caller);
            case RATE, REOPEN -> reporter(c, caller);
        };
    }

    static boolean reporter(CaseFile c, Caller caller) {
        return caller.identity().map(i -> i.subject().equals(c.reporter())).orElse(false);
    }

    static boolean handler(CaseFile c, Caller caller) {
        return Role.ofRealmName(c.handlerRole())
                .map(r -> caller.inScope(c.handlerUnit(), Set.of(r)))
                .orElse(false);
    }

    static boolean verifier(CaseFile c, Caller caller) {
        if (caller.inScope(null, DISPATCHERS)) {
            return true;
        }
        Set<Role> supervisors = EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF);
        Role.ofRealmName(c.handlerRole()).ifPresent(supervisors::remove);
        return caller.inScope(c.handlerUnit(), supervisors);
    }
}
