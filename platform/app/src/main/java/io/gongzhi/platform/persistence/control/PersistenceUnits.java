package io.gongzhi.platform.persistence.control;

import io.gongzhi.platform.config.DatabaseSettings;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Creates the platform's persistence unit ({@code META-INF/gongzhi-persistence.xml}) with
 * EclipseLink, resource-local, on EclipseLink's own connection pool.
 *
 * <p>Why resource-local and not a JTA data source: every transaction must run all of its statements
 * on one connection on which {@code app.tenant_id} was set first. With EclipseLink's exclusive
 * connection mode and an early transaction that is guaranteed here and identical in plain JUnit
 * tests and inside Payara; the descriptor has a name the container does not deploy on its own, so
 * Payara never opens a second, unconfigured unit.
 */
public final class PersistenceUnits {

    public static final String UNIT = "gongzhi";

    private PersistenceUnits() {}

    public static EntityManagerFactory create(DatabaseSettings db) {
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, "META-INF/gongzhi-persistence.xml");
        p.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        p.put(PersistenceUnitProperties.JDBC_DRIVER, db.driverClass());
        p.put(PersistenceUnitProperties.JDBC_URL, db.url());
        p.put(PersistenceUnitProperties.JDBC_USER, db.user());
        p.put(PersistenceUnitProperties.JDBC_PASSWORD, db.password());
        p.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, Integer.toString(db.poolSize()));
        // every statement of an entity manager on its one exclusive connection
        p.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, "Always");
        // no shared cache: nothing read for one tenant can be served to another
        p.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        p.put(PersistenceUnitProperties.MULTITENANT_SHARED_CACHE, "false");
        // native SQL through JPA is not allowed anywhere (see package-info)
        p.put(PersistenceUnitProperties.ALLOW_NATIVE_SQL_QUERIES, "false");
        // inserts and updates go to the database in JDBC batches (a 100,000-row import: see the notes)
        // every entity manager is closed right after its one commit (TenantSessions): EclipseLink need not
        // prepare it for another (a tenth of a case report's commit went there, measured with JFR)
        p.put(PersistenceUnitProperties.PERSISTENCE_CONTEXT_CLOSE_ON_COMMIT, "true");
        p.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        p.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        p.put(
                PersistenceUnitProperties.TARGET_DATABASE,
                db.postgres()
                        ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                        : "org.eclipse.persistence.platform.database.H2Platform");
        p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        p.put(PersistenceUnitProperties.WEAVING, "false");
        p.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        p.put(PersistenceUnitProperties.CLASSLOADER, PersistenceUnits.class.getClassLoader());
        return new PersistenceProvider().createEntityManagerFactory(UNIT, p);
    }
}
