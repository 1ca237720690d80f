package io.gongzhi.platform.identity.control;

import io.gongzhi.platform.config.Misconfiguration;
import io.gongzhi.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identity settings. Exactly one token issuer is in force: Keycloak when {@code
 * gongzhi.identity.keycloak.url} is set, otherwise the development issuer, which only development
 * mode may use.
 */
@ApplicationScoped
public class IdentityConfig {

    @Inject
    PlatformConfig platform;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.audience", defaultValue = "gongzhi")
    String audience;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.dev-issuer")
    Optional<Boolean> devIssuer;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.admin-realm", defaultValue = "master")
    String adminRealm;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.admin-client", defaultValue = "admin-cli")
    String adminClient;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.admin-user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.admin-password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.keycloak.login-theme-prefix")
    Optional<String> loginThemePrefix;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.operator-realm", defaultValue = "gongzhi-operator")
    String operatorRealm;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.clock-skew-seconds", defaultValue = "30")
    long skewSeconds;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.jwks.cache-seconds", defaultValue = "300")
    long jwksCacheSeconds;

    @Inject
    @ConfigProperty(name = "gongzhi.identity.jwks.min-refresh-seconds", defaultValue = "2")
    long jwksMinRefreshSeconds;

    public String audience() {
        return audience;
    }

    /** The Keycloak base address without a trailing slash, when Keycloak is the issuer. */
    public Optional<String> keycloakUrl() {
        return keycloakUrl.map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.replaceAll("/+$", ""));
    }

    /** Whether the development issuer signs and its tokens are accepted. */
    public boolean devIssuer() {
        return devIssuer.orElse(platform.development() && keycloakUrl().isEmpty());
    }

    /**
     * Refuses settings that must never run: the development issuer outside development mode (anyone
     * could mint an operator's token), or both issuers at once.
     */
    public void check() {
        if (devIssuer() && !platform.development()) {
            throw new Misconfiguration("gongzhi.identity.dev-issuer=true is refused in production mode: "
                    + "it would hand out tokens to anyone; configure gongzhi.identity.keycloak.url instead");
        }
        if (devIssuer() && keycloakUrl().isPresent()) {
            throw new Misconfiguration(
                    "gongzhi.identity.dev-issuer and gongzhi.identity.keycloak.url are both set; choose one issuer");
        }
        if (!devIssuer() && keycloakUrl().isEmpty()) {
            throw new Misconfiguration("no token issuer: set gongzhi.identity.keycloak.url");
        }
    }

    public boolean canProvision() {
        return keycloakUrl().isPresent() && adminUser.isPresent() && adminPassword.isPresent();
    }

    public String adminRealm() {
        return adminRealm;
    }

    public String adminClient() {
        return adminClient;
    }

    public String adminUser() {
        return adminUser.orElseThrow();
    }

    public String adminPassword() {
        return adminPassword.orElseThrow();
    }

    public Optional<String> loginThemePrefix() {
        return loginThemePrefix.filter(p -> !p.isBlank());
    }

    public String operatorRealm() {
        return operatorRealm;
    }

    public Duration skew() {
        return Duration.ofSeconds(skewSeconds);
    }

    public Duration jwksLifetime() {
        return Duration.ofSeconds(jwksCacheSeconds);
    }

    public Duration jwksMinRefresh() {
        return Duration.ofSeconds(jwksMinRefreshSeconds);
    }

    public String publicUrl() {
        String u = platform.publicUrl();
        return u.endsWith("/") ? u : u + "/";
    }
}
