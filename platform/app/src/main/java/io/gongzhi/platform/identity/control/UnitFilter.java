package io.gongzhi.platform.identity.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of a list query that keeps a caller to their units: none for district-wide roles, else
 * "unit within one of the caller's units (or within {@code under} when asked, if it is theirs)".
 * One indexed range per unit on the {@code (tenant_id, unit)} index.
 */
public final class UnitFilter {

    private final List<String> scopes;

    private UnitFilter(List<String> scopes) {
        this.scopes = scopes;
    }

    /** For the caller in these roles, optionally narrowed to {@code under} (403 when that is not theirs). */
    public static UnitFilter of(Caller caller, Set<Role> roles, String under) {
        if (under != null) {
            caller.requireScope(Units.check("under", under), roles);
            return new UnitFilter(List.of(under));
        }
        return new UnitFilter(caller.reach(roles).orElse(null));
    }

    /** True when the caller reaches no unit at all: the answer is empty without asking. */
    public boolean nothing() {
        return scopes != null && scopes.isEmpty();
    }

    /** {@code " and (...)"} on {@code field}, or nothing. */
    public String clause(String field) {
        if (scopes == null) {
            return "";
        }
        List<String> or = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            or.add(Units.subtree(field, "u" + i));
        }
        return " and (" + String.join(" or ", or) + ")";
    }

    public void bind(Query q) {
        if (scopes == null) {
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            Units.bindSubtree(q::setParameter, "u" + i, scopes.get(i));
        }
    }
}
