/**
 * The Gongzhi platform: a tenant-isolated Jakarta EE application for community governance.
 *
 * <p>Packages are features, each with {@code boundary} (JAX-RS resources and their transactional
 * facades), {@code control} (plain logic) and {@code entity} (JPA entities and value objects).
 * Features talk through small public services, never through each other's tables.
 */
package io.gongzhi.platform;
