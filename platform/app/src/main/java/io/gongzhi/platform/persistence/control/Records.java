package io.gongzhi.platform.persistence.control;

import io.gongzhi.platform.problem.control.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

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

    /**
     * The record a caller is about to change: 400 without the version read, 404 when the tenant has
     * no such record, then {@code allowed} (a scope check that throws 403), then 409 when the record
     * changed since it was read. Nothing is changed by any of these refusals.
     */
    public static <T> T changeable(
            EntityManager em,
            Class<T> type,
            String id,
            Long version,
            ToLongFunction<T> versionOf,
            Consumer<T> allowed) {
        if (version == null) {
            throw new ProblemException(400, "field-required", "version");
        }
        T record = byId(em, type, id).orElseThrow(() -> ProblemException.notFound("no-such-resource"));
        allowed.accept(record);
        long now = versionOf.applyAsLong(record);
        if (now != version) {
            throw new ProblemException(409, "stale-version", now);
        }
        return record;
    }
}
