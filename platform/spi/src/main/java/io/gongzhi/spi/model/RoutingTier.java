package io.gongzhi.spi.model;

/**
 * A tier cases are handled at, lowest rank first (grid 1, community 2, street/department 3,
 * district command centre 4…).
 *
 * @param level the hierarchy level whose unit handles at this tier (null for departments)
 * @param handlerRole the role that handles cases at this tier
 */
public record RoutingTier(String code, Text name, int rank, String level, String handlerRole) {}
