package io.gongzhi.spi.model;

/**
 * What a router may know of a new case: no personal data.
 *
 * @param orgUnit the code of the unit the place resolved to (community or grid), or null
 * @param reporterRole the platform role of the reporter (resident, grid-worker…)
 */
public record CaseFacts(String category, String orgUnit, String orgLevel, String reporterRole) {}
