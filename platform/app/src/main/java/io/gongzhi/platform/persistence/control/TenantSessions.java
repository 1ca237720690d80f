package io.gongzhi.platform.persistence.control;

import io.gongzhi.platform.persistence.entity.TenantOwned;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * The one place where a transaction is bound to a tenant.
 *
 * <p>{@link #inTenant} opens an entity manager whose EclipseLink tenant property is the tenant (the
 * first wall), begins the database transaction at once on the entity manager's exclusive
 * connection and, on PostgreSQL, sets {@code app.tenant_id} for that transaction only with {@code
 * set_config(..., true)} (the second wall: row-level security). The work runs, the transaction
 * commits (or rolls back on any exception) and the entity manager is closed, so the setting can
 * never outlive the transaction nor reach another tenant through the pool.
 *
 * <p>Thread-safe: holds only the factory. Entities handed out are detached when the call returns.
 */
public final class TenantSessions {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}|_operator");

    private final EntityManagerFactory factory;
    private final boolean rowLevelSecurity;

    public TenantSessions(EntityManagerFactory factory, boolean rowLevelSecurity) {
        this.factory = Objects.requireNonNull(factory);
        this.rowLevelSecurity = rowLevelSecurity;
    }

    /** Runs {@code work} in one transaction as {@code tenantId}; commits if it returns. */
    public <T> T inTenant(String tenantId, Function<EntityManager, T> work) {
        requireTenantId(tenantId);
        return transaction(Map.of(TenantOwned.TENANT_PROPERTY, tenantId), tenantId, work);
    }

    /**
     * Runs {@code work} in one transaction with no tenant: for the platform's own tables (the tenant
     * directory). Tenant-owned entities cannot be queried here: EclipseLink refuses without a tenant,
     * and on PostgreSQL row-level security shows 0 rows.
     */
    public <T> T inPlatform(Function<EntityManager, T> work) {
        return transaction(Map.of(), null, work);
    }

    /** Whether the database answers a trivial query within the pool's limits. */
    public boolean ping() {
        return inPlatform(em -> {
            try (PreparedStatement ps = connection(em).prepareStatement("SELECT 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            } catch (SQLException e) {
                throw new IllegalStateException("database ping failed: " + e.getMessage(), e);
            }
        });
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    private <T> T transaction(Map<String, Object> properties, String tenantId, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager(properties);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Connection connection = connection(em);
            if (rowLevelSecurity && tenantId != null) {
                bindTenant(connection, tenantId);
            }
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Starts the database transaction now, on the entity manager's exclusive connection. */
    private static Connection connection(EntityManager em) {
        em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        return em.unwrap(Connection.class);
    }

    private static void bindTenant(Connection connection, String tenantId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenantId);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not bind the transaction to its tenant: " + e.getMessage(), e);
        }
    }

    static void requireTenantId(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
    }
}
