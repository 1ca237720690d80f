package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is calling in this request, once the token is verified: their identity, and for tenant users
 * where they act ({@link Assignment}s loaded from the platform). Anonymous when no token came.
 */
@RequestScoped
public class Caller {

    /** A role at an org unit. */
    public record Assignment(Role role, String unit) {}

    private Identity identity;
    private Supplier<List<Assignment>> source = List::of;
    private List<Assignment> assignments;

    /** Signs the caller in; their assignments are read from {@code source} when first needed. */
    public void signIn(Identity identity, Supplier<List<Assignment>> source) {
        this.identity = identity;
        this.source = source;
        this.assignments = null;
    }

    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    /** The identity; a 401 problem when the request carries none. */
    public Identity require() {
        if (identity == null) {
            throw new ProblemException(401, "sign-in-required");
        }
        return identity;
    }

    public boolean has(Role role) {
        return identity != null && identity.has(role);
    }

    public boolean hasAny(Set<Role> roles) {
        return identity != null && roles.stream().anyMatch(identity::has);
    }

    public List<Assignment> assignments() {
        if (assignments == null) {
            // only roles with an assigned reach have assignments: a resident's are not looked up
            boolean assigned =
                    identity != null && identity.roles().stream().anyMatch(r -> r.reach() == Role.Reach.ASSIGNED);
            assignments = assigned ? List.copyOf(source.get()) : List.of();
        }
        return assignments;
    }

    /**
     * Whether the caller may act on records of {@code unit} (null: the whole tenant) in one of the
     * given roles: district-wide roles everywhere, assigned roles within their assigned units.
     */
    public boolean inScope(String unit, Set<Role> roles) {
        if (identity == null) {
            return false;
        }
        for (Role r : roles) {
            if (!identity.has(r)) {
                continue;
            }
            if (r.reach() == Role.Reach.DISTRICT || r.reach() == Role.Reach.INSTALLATION) {
                return true;
            }
            if (r.reach() == Role.Reach.ASSIGNED
                    && assignments().stream().anyMatch(a -> a.role() == r && Units.within(unit, a.unit()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the caller reaches in these roles: empty when district-wide, otherwise the unit paths
     * assigned to them in those roles (possibly none).
     */
    public java.util.Optional<List<String>> reach(Set<Role> roles) {
        if (identity == null) {
            return java.util.Optional.of(List.of());
        }
        boolean wide = roles.stream()
                .anyMatch(r ->
                        identity.has(r) && (r.reach() == Role.Reach.DISTRICT || r.reach() == Role.Reach.INSTALLATION));
        if (wide) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(assignments().stream()
                .filter(a -> roles.contains(a.role()) && identity.has(a.role()))
                .map(Assignment::unit)
                .distinct()
                .toList());
    }

    /** A 403 problem (and the denial audited by the caller of this method's filter) when out of scope. */
    public void requireScope(String unit, Set<Role> roles) {
        if (!inScope(unit, roles)) {
            throw new ProblemException(403, "out-of-scope", unit == null ? "*" : unit);
        }
    }
}
