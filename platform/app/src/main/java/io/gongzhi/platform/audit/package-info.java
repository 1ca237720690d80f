/**
 * The audit trail: an append-only, tenant-scoped log of security-relevant events (refused tokens,
 * denials, role changes, unmasked reads of personal data, operator actions). The database refuses
 * updates and deletes of its rows; district admins read their own tenant's trail, operators read
 * the operator log.
 */
package io.gongzhi.platform.audit;
