package io.gongzhi.platform.identity.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform's roles. A realm role with the same name grants it; other realm roles are ignored.
 * {@link #OPERATOR} is honoured only in the operator realm, never in a tenant realm, so a tenant
 * realm's administrator cannot make anyone an operator of the installation.
 */
public enum Role {
    OPERATOR(Reach.INSTALLATION),
    DISTRICT_ADMIN(Reach.DISTRICT),
    COMMAND_CENTRE(Reach.DISTRICT),
    STREET_STAFF(Reach.ASSIGNED),
    COMMUNITY_STAFF(Reach.ASSIGNED),
    GRID_WORKER(Reach.ASSIGNED),
    PARTY_MEMBER(Reach.ASSIGNED),
    RESIDENT(Reach.OWN);

    /** Where a role acts without further assignment. */
    public enum Reach {
        /** The whole installation (operator realm only). */
        INSTALLATION,
        /** Every unit of the tenant. */
        DISTRICT,
        /** The org units the platform assigned to the person (and everything under them). */
        ASSIGNED,
        /** The person's own records and public ones. */
        OWN
    }

    private final Reach reach;

    Role(Reach reach) {
        this.reach = reach;
    }

    public Reach reach() {
        return reach;
    }

    /** The realm role name: {@code district-admin} for {@link #DISTRICT_ADMIN}. */
    public String realmName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> ofRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName().equals(name)).findFirst();
    }

    /** The roles a tenant realm defines (every role but the operator's). */
    public static java.util.List<Role> tenantRoles() {
        return Arrays.stream(values()).filter(r -> r != OPERATOR).toList();
    }
}
