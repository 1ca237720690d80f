/**
 * Demo data of the demo tenants at the figures of their field reports (the tenant manifest's
 * {@code seed} file under {@code tenants/seeds/}): units up to the counts each level should have,
 * a reorganisation such as Miyi's village merger, and registers (organisations, facilities,
 * cadres) whose figures come out as the reports state them. Written in development mode only,
 * once: each part is skipped when the tenant already has data of that kind.
 */
package io.gongzhi.platform.demo;
