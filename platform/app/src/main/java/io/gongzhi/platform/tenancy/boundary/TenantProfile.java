package io.gongzhi.platform.tenancy.boundary;

import io.gongzhi.platform.identity.control.RealmProvisioner;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.tenancy.control.Tenant;
import java.util.List;

/** A tenant's public profile: what a portal needs to brand itself and sign people in. */
public record TenantProfile(
        String id,
        Names names,
        String kind,
        String locale,
        String timezone,
        List<String> hosts,
        Branding branding,
        Plugin plugin,
        Identity identity) {

    public record Names(String zh, String en) {}

    public record Branding(String primary, String accent, String logo) {}

    public record Plugin(String id, String version) {}

    /**
     * Where the tenant's users sign in: the realm, its issuer address (the OpenID Connect discovery
     * document is at {@code <issuer>/.well-known/openid-configuration} with Keycloak) and the public
     * client a portal uses (authorization code with PKCE). {@code development}: the issuer is the
     * built-in development issuer, whose demo users sign in without a password (quickstart only).
     */
    public record Identity(String realm, String issuer, String client, boolean development) {}

    static TenantProfile of(Tenant t, Realms realms) {
        return new TenantProfile(
                t.id(),
                new Names(t.nameZh(), t.nameEn()),
                t.kind(),
                t.locale(),
                t.timezone(),
                t.hosts(),
                new Branding(
                        t.colorPrimary(),
                        t.colorAccent(),
                        t.logoSvg() == null ? null : "/api/t/" + t.id() + "/logo.svg"),
                new Plugin(t.pluginId(), t.pluginVersion()),
                new Identity(
                        t.realm(),
                        realms.issuer(t.realm()),
                        RealmProvisioner.PORTAL_CLIENT,
                        realms.devIssuer().isPresent()));
    }
}
