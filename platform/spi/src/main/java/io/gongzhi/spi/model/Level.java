package io.gongzhi.spi.model;

import java.util.List;

/**
 * A level of the locality's hierarchy (district, street/town, community, courtyard, grid…).
 *
 * @param code stable code, e.g. {@code grid}
 * @param name what people call it
 * @param children codes of the levels a unit of this level may directly hold
 * @param targetHouseholds size guidance (e.g. 300 households per grid), or null
 * @param overlay true when units of this level overlay the administrative tree (grids) instead of
 *     partitioning it
 */
public record Level(String code, Text name, List<String> children, Integer targetHouseholds, boolean overlay) {

    public Level {
        children = List.copyOf(children);
    }
}
