package io.gongzhi.spi.model;

/**
 * A role people hold in the locality's bodies (secretary, grid worker, building leader…).
 *
 * @param platformRole the platform role it grants: operator, district-admin, command-centre,
 *     street-staff, community-staff, grid-worker, party-member, resident
 */
public record Role(String code, Text name, String platformRole) {}
