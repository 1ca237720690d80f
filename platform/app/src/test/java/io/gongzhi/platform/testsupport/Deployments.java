package io.gongzhi.platform.testsupport;

import io.gongzhi.platform.config.DatabaseSettings;
import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way in-container tests build their deployment: the WAR the build just packaged (so the
 * tests run the real artifact), named ROOT.war so Payara Micro serves it at the root context, with
 * a configuration that points it at a fresh PostgreSQL database of its own.
 */
public final class Deployments {

    private Deployments() {}

    /** The platform in development mode on a fresh PostgreSQL database, with the demo tenants. */
    public static WebArchive platform() {
        return platform(TestDatabases.freshPostgres(4), tenantsDir(), "development");
    }

    /**
     * The platform in production mode against a real Keycloak, on a fresh PostgreSQL database, with
     * two active tenants (their realms are provisioned at start); {@code settings} as for
     * {@link KeycloakServer#platformSettings}.
     */
    public static WebArchive withKeycloak(KeycloakServer kc, String tenant, String other, String... settings) {
        return platform(
                TestDatabases.freshPostgres(4),
                TestTenants.only(TestTenants.manifest(tenant, "active"), TestTenants.manifest(other, "active")),
                "production",
                kc.platformSettings(settings));
    }

    public static WebArchive platform(DatabaseSettings db, Path tenants, String mode) {
        return platform(db, tenants, mode, new String[0]);
    }

    /** As above, with more configuration lines ({@code key=value}). */
    public static WebArchive platform(DatabaseSettings db, Path tenants, String mode, String... extra) {
        String war = System.getProperty("test.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException(
                    "test.war must name the packaged WAR (run the ITs with mvn verify): " + war);
        }
        String config = String.join(
                "\n",
                "gongzhi.mode=" + mode,
                "gongzhi.tenants-dir=" + tenants.toAbsolutePath(),
                "gongzhi.data-dir=" + Path.of("target", "it-data").toAbsolutePath(),
                "gongzhi.db.url=" + db.url(),
                "gongzhi.db.user=" + db.user(),
                "gongzhi.db.password=" + db.password(),
                "gongzhi.db.owner-user=" + db.ownerUser(),
                "gongzhi.db.owner-password=" + db.ownerPassword(),
                "gongzhi.db.pool-size=" + db.poolSize(),
                "gongzhi.http.max-body-bytes=65536",
                "gongzhi.startup.retry-seconds=2",
                "gongzhi.jobs.outbox-seconds=1",
                "gongzhi.plugins-dir=" + builtPlugins().toAbsolutePath(),
                String.join("\n", extra),
                "");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(war))
                .as(WebArchive.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    /**
     * A fresh copy of the plugins the build made ({@code plugins/target/installed}), so the engine
     * can install and uninstall there without touching the build's output.
     */
    public static Path builtPlugins() {
        try {
            Path copy =
                    java.nio.file.Files.createTempDirectory(Path.of("target").toAbsolutePath(), "plugins-");
            Path built = Path.of(System.getProperty("plugins.dir", "../../plugins/target/installed"));
            if (java.nio.file.Files.isDirectory(built)) {
                try (var jars = java.nio.file.Files.list(built)) {
                    for (Path jar :
                            jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                        java.nio.file.Files.copy(jar, copy.resolve(jar.getFileName()));
                    }
                }
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path tenantsDir() {
        return Path.of(System.getProperty("tenants.dir", "../../tenants"));
    }
}
