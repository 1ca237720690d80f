package io.gongzhi.spi.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's data at the figures of its field report.
 *
 * @param units named units (level, code, name, parent code)
 * @param figures the report's figures by indicator or register code, e.g. {@code streets → 3}
 */
public record DemoData(List<Unit> units, Map<String, BigDecimal> figures) {

    public DemoData {
        units = List.copyOf(units);
        figures = Map.copyOf(figures);
    }

    public record Unit(String level, String code, Text name, String parent) {}
}
