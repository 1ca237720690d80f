package io.gongzhi.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.config.DatabaseSettings;
import io.gongzhi.platform.persistence.control.Migrations;
import io.gongzhi.platform.persistence.control.PersistenceUnits;
import io.gongzhi.platform.persistence.control.TenantSessions;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import io.gongzhi.platform.tenancy.entity.TenantStatus;
import io.gongzhi.platform.testsupport.TestDatabases;
import io.gongzhi.platform.testsupport.TestTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests apply idempotently; resolution by id and host; suspended means absent. On H2. */
class TenantRegistryTest {

    @TempDir
    Path dir;

    TenantSessions sessions;
    TenantRegistry registry;

    @BeforeEach
    void database() {
        DatabaseSettings db = TestDatabases.freshH2(dir);
        Migrations.migrate(db);
        sessions = new TenantSessions(PersistenceUnits.create(db), false);
        registry = new TenantRegistry(() -> sessions);
    }

    @AfterEach
    void close() {
        sessions.factory().close();
    }

    @Test
    void applyingTheSameManifestsTwiceChangesNothing() throws IOException {
        Path tenants = manifests("alpha", "beta");
        TenantRegistry.Applied first = registry.applyManifests(tenants);
        assertEquals(List.of("alpha", "beta"), first.created());
        TenantRegistry.Applied second = registry.applyManifests(tenants);
        assertEquals(List.of(), second.created());
        assertEquals(List.of(), second.updated());
        assertEquals(List.of("alpha", "beta"), second.unchanged());
        assertEquals(2, registry.all().size());
    }

    @Test
    void aChangedManifestUpdatesItsTenant() throws IOException {
        Path tenants = manifests("alpha");
        registry.applyManifests(tenants);
        Files.writeString(
                tenants.resolve("alpha.yaml"),
                TestTenants.manifest("alpha", "active").replace("测试区alpha", "新名字"));
        TenantRegistry.Applied again = registry.applyManifests(tenants);
        assertEquals(List.of("alpha"), again.updated());
        assertEquals("新名字", registry.active("alpha").orElseThrow().nameZh());
    }

    @Test
    void anOperatorsSuspensionSurvivesARestartWithTheSameManifest() throws IOException {
        Path tenants = manifests("alpha");
        registry.applyManifests(tenants);
        assertTrue(registry.changeStatus("alpha", TenantStatus.SUSPENDED));
        registry.applyManifests(tenants);
        assertTrue(registry.active("alpha").isEmpty());
        assertTrue(registry.activeByHost("alpha.test.localhost").isEmpty());
    }

    @Test
    void hostsResolveIgnoringPortAndCase() throws IOException {
        registry.applyManifests(manifests("alpha", "beta"));
        assertEquals(
                "beta",
                registry.activeByHost("BETA.test.localhost:8080").orElseThrow().id());
        assertTrue(registry.activeByHost("gamma.test.localhost").isEmpty());
    }

    @Test
    void aHostClaimedByTwoTenantsIsRefusedForTheSecondAndTheOthersStillApply() throws IOException {
        Path tenants = manifests("alpha", "beta");
        Files.writeString(
                tenants.resolve("beta.yaml"),
                TestTenants.manifest("beta", "active").replace("beta.test.localhost", "alpha.test.localhost"));
        Files.writeString(tenants.resolve("broken.yaml"), "id: broken\n");
        TenantRegistry.Applied applied = registry.applyManifests(tenants);
        assertEquals(List.of("alpha"), applied.created());
        assertTrue(
                applied.failed().containsAll(List.of("beta", "broken.yaml")),
                applied.failed().toString());
        assertEquals(
                "alpha",
                registry.activeByHost("alpha.test.localhost").orElseThrow().id());
    }

    private Path manifests(String... ids) throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        for (String id : ids) {
            Files.writeString(tenants.resolve(id + ".yaml"), TestTenants.manifest(id, "active"));
        }
        return tenants;
    }
}
