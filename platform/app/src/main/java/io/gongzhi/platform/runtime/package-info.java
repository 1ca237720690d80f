/**
 * Start-up of the platform and its health: migrations, tenant manifests, and the MicroProfile
 * Health checks ({@code /health/live}, {@code /health/ready}, {@code /health/started}).
 */
package io.gongzhi.platform.runtime;
