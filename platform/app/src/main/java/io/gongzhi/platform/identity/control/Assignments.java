package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.identity.entity.RoleAssignment;
import io.gongzhi.platform.persistence.control.Database;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Role assignments of a tenant: who acts as what, where. */
@ApplicationScoped
public class Assignments {

    @Inject
    Database database;

    /** A subject's assignments in a tenant (roles the platform does not know are skipped). */
    public List<Caller.Assignment> of(String tenantId, String subject) {
        return database.sessions().inTenant(tenantId, em -> em.createQuery(
                        "select a from RoleAssignment a where a.subject = :s", RoleAssignment.class)
                .setParameter("s", subject)
                .getResultStream()
                .flatMap(a -> Role.ofRealmName(a.role()).stream().map(r -> new Caller.Assignment(r, a.unit())))
                .toList());
    }

    public List<RoleAssignment> list(String tenantId) {
        return database.sessions().inTenant(tenantId, em -> em.createQuery(
                        "select a from RoleAssignment a order by a.unit, a.role, a.username", RoleAssignment.class)
                .getResultList());
    }

    /**
     * Assigns; the same subject, role and unit twice is one assignment (the existing one is
     * returned). Only roles that act where assigned can be assigned.
     */
    public RoleAssignment assign(String tenantId, String subject, String username, Role role, String unit, String by) {
        if (role.reach() != Role.Reach.ASSIGNED) {
            throw new ProblemException(400, "role-not-assignable", role.realmName());
        }
        return database.sessions().inTenant(tenantId, em -> {
            List<RoleAssignment> same = em.createQuery(
                            "select a from RoleAssignment a where a.subject = :s and a.role = :r and a.unit = :u",
                            RoleAssignment.class)
                    .setParameter("s", subject)
                    .setParameter("r", role.realmName())
                    .setParameter("u", unit)
                    .getResultList();
            if (!same.isEmpty()) {
                return same.get(0);
            }
            RoleAssignment a = new RoleAssignment(subject, username, role.realmName(), unit, by);
            em.persist(a);
            return a;
        });
    }

    /** Removes an assignment; empty when the tenant has none with this id. */
    public java.util.Optional<RoleAssignment> revoke(String tenantId, String id) {
        return database.sessions().inTenant(tenantId, em -> {
            RoleAssignment a = Records.byId(em, RoleAssignment.class, id).orElse(null);
            if (a != null) {
                em.remove(a);
            }
            return java.util.Optional.ofNullable(a);
        });
    }
}
