/**
 * Identity and access. Who the caller is (a bearer token verified against the tenant's own realm:
 * Keycloak in production, the built-in development issuer in the quickstart), what they may do
 * (platform roles from the realm's roles, checked by one mechanism on every resource method: {@link
 * io.gongzhi.platform.identity.boundary.Allow}), and where (role assignments to org units, kept by
 * the platform, checked by {@link io.gongzhi.platform.identity.control.Caller#requireScope}).
 *
 * <p>Realm provisioning (one Keycloak realm per tenant, plus the operator realm) lives here too.
 */
package io.gongzhi.platform.identity;
