package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.tenancy.control.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Where the development issuer's demo users act, so the quickstart can be tried in every role: the
 * street, community and grid demo users are assigned to a demo street, community and grid of every
 * tenant (idempotent, development issuer only). The registries feature replaces these unit paths
 * with the tenant's real units.
 */
@ApplicationScoped
public class DemoIdentities {

    public static final String STREET = "demo-street";
    public static final String COMMUNITY = STREET + "/demo-community";
    public static final String GRID = COMMUNITY + "/demo-grid";

    static final Map<Role, String> UNITS = Map.of(
            Role.STREET_STAFF, STREET,
            Role.COMMUNITY_STAFF, COMMUNITY,
            Role.GRID_WORKER, GRID,
            Role.PARTY_MEMBER, COMMUNITY);

    @Inject
    Assignments assignments;

    public void seed(List<Tenant> tenants) {
        for (Tenant t : tenants) {
            UNITS.forEach((role, unit) -> assignments.assign(
                    t.id(),
                    DevIssuer.subject(t.realm(), role.realmName()),
                    role.realmName(),
                    role,
                    unit,
                    "development issuer"));
        }
    }
}
