/**
 * The locality plugin contract of the Gongzhi platform.
 *
 * <p>This package is deliberately empty in version 0.1: it exists so that the platform and the
 * plugins already build against one stable coordinate. The plugin issue fills it with the
 * {@code GovernanceModel} descriptor, the extension points and the tenant-scoped
 * {@code PlatformContext}, documented with their lifecycle, threading and failure rules.
 */
package io.gongzhi.spi;
