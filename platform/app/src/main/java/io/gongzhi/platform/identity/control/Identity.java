package io.gongzhi.platform.identity.control;

import java.time.Instant;
import java.util.Set;

/**
 * A verified caller: the realm that vouched for them, their stable subject id, the names they go by
 * and the platform roles the realm granted.
 */
public record Identity(String realm, String subject, String username, String name, Set<Role> roles, Instant expires) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
