/**
 * Persistence and the two walls of tenant isolation.
 *
 * <p>First wall: every tenant-owned entity extends {@link
 * io.gongzhi.platform.persistence.entity.TenantOwned}, an EclipseLink {@code
 * Multitenant(SINGLE_TABLE)} mapped superclass whose {@code tenant_id} discriminator is part of the
 * primary key; EclipseLink adds the tenant to every query it generates. Second wall, on PostgreSQL:
 * row-level security on every table with a {@code tenant_id} column, the application connects as a
 * role that owns none of them, and {@link io.gongzhi.platform.persistence.control.TenantSessions}
 * sets {@code app.tenant_id} transaction-locally at the start of every transaction.
 *
 * <p>Native SQL through JPA is switched off for the whole persistence unit. The only SQL the
 * platform writes by hand is the allow-listed {@code set_config} call and the readiness ping in
 * {@link io.gongzhi.platform.persistence.control.TenantSessions}; schema SQL lives in Flyway
 * migrations.
 */
package io.gongzhi.platform.persistence;
