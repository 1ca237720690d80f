package io.gongzhi.spi.model;

/**
 * A section of the tenant's citizens' portal the model asks for.
 *
 * @param kind report, my-cases, services, notices, deliberations, volunteering, indicators, page
 */
public record PortalSection(String code, Text name, String kind, int order) {}
