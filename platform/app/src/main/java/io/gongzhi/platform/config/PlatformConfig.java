package io.gongzhi.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's configuration, read once at start. */
@ApplicationScoped
public class PlatformConfig {

    @Inject
    @ConfigProperty(name = "gongzhi.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "gongzhi.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "gongzhi.tenants-dir", defaultValue = "tenants")
    String tenantsDir;

    @Inject
    @ConfigProperty(name = "gongzhi.db.url")
    Optional<String> dbUrl;

    @Inject
    @ConfigProperty(name = "gongzhi.db.user", defaultValue = "gongzhi_app")
    String dbUser;

    @Inject
    @ConfigProperty(name = "gongzhi.db.password")
    Optional<String> dbPassword;

    @Inject
    @ConfigProperty(name = "gongzhi.db.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "gongzhi.db.owner-password")
    Optional<String> ownerPassword;

    @Inject
    @ConfigProperty(name = "gongzhi.db.pool-size", defaultValue = "10")
    int poolSize;

    @Inject
    @ConfigProperty(name = "gongzhi.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "gongzhi.http.max-upload-bytes", defaultValue = "33554432")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "gongzhi.http.max-photo-bytes", defaultValue = "10485760")
    long maxPhotoBytes;

    /** The largest photo a report may carry (bytes). */
    public long maxPhotoBytes() {
        return maxPhotoBytes;
    }

    @Inject
    @ConfigProperty(name = "gongzhi.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public RunMode mode() {
        return RunMode.parse(mode);
    }

    public boolean development() {
        return mode() == RunMode.DEVELOPMENT;
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path tenantsDir() {
        return Path.of(tenantsDir).toAbsolutePath().normalize();
    }

    /** The database settings; the embedded H2 file under the data directory when no URL is set. */
    public DatabaseSettings database() {
        String url = dbUrl.filter(u -> !u.isBlank())
                .orElse("jdbc:h2:file:" + dataDir().resolve("gongzhi") + ";DB_CLOSE_ON_EXIT=FALSE");
        boolean embedded = url.startsWith("jdbc:h2:");
        String user = embedded && dbUrl.isEmpty() ? "sa" : dbUser;
        String password = embedded && dbUrl.isEmpty() ? "" : dbPassword.orElse("");
        return new DatabaseSettings(
                url,
                user,
                password,
                ownerUser.filter(u -> !u.isBlank()).orElse(user),
                ownerPassword.orElse(password),
                poolSize);
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
