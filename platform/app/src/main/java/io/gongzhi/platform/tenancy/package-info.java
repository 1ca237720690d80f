/**
 * Tenants: the districts and counties hosted on one installation.
 *
 * <p>The directory is kept in the {@code tenant} table, filled idempotently at start from the
 * manifests in {@code tenants/*.yaml} ({@link io.gongzhi.platform.tenancy.control.TenantManifests})
 * and held in memory as an immutable snapshot by {@link
 * io.gongzhi.platform.tenancy.control.TenantRegistry}. A request names its tenant in the API path
 * ({@code /api/t/{tenant}/...}) or, for the portal, by its host name; {@link
 * io.gongzhi.platform.tenancy.boundary.TenantResolutionFilter} resolves it once per request into
 * {@link io.gongzhi.platform.tenancy.control.CurrentTenant}, and {@link
 * io.gongzhi.platform.tenancy.control.TenantTransactions} is the only way features reach their
 * data, always as that tenant. Unknown and suspended tenants are answered alike: 404.
 */
package io.gongzhi.platform.tenancy;
