package io.gongzhi.platform.persistence.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Finding a tenant-owned record by its id. {@code EntityManager.find} does not fit entities whose
 * key includes the tenant discriminator, so this asks with a query, which EclipseLink filters by
 * the entity manager's tenant (and row-level security again on PostgreSQL).
 */
public final class Records {

    private Records() {}

    /** The record of {@code type} (an entity with an {@code id} attribute) with this id, if the tenant has it. */
    public static <T> Optional<T> byId(EntityManager em, Class<T> type, String id) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
