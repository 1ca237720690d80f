package io.gongzhi.platform.testsupport;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.persistence.control.Migrations;
import io.gongzhi.platform.persistence.control.PersistenceUnits;
import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.tenancy.control.TenantManifest;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import java.util.List;

/** A migrated PostgreSQL database with tenants, reached the way the platform reaches it. */
public final class IsolationFixture implements AutoCloseable {

    public final DatabaseSettings db;
    public final TenantSessions sessions;
    public final TenantRegistry registry;

    public IsolationFixture(int poolSize, String... tenants) {
        db = TestDatabases.freshPostgres(poolSize);
        Migrations.migrate(db);
        sessions = new TenantSessions(PersistenceUnits.create(db), true);
        registry = new TenantRegistry(() -> sessions);
        registry.apply(
                java.util.Arrays.stream(tenants).map(IsolationFixture::manifest).toList(), List.of());
    }

    static TenantManifest manifest(String id) {
        return new TenantManifest(
                id,
                "测试" + id,
                "Test " + id,
                "district",
                List.of(id + ".localhost"),
                "#112233",
                "#445566",
                null,
                "zh-CN",
                "Asia/Shanghai",
                id,
                ">=1.0.0",
                "gov-" + id,
                null,
                false,
                "hash-" + id);
    }

    @Override
    public void close() {
        sessions.factory().close();
    }
}
