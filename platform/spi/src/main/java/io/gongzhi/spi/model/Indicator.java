package io.gongzhi.spi.model;

import java.math.BigDecimal;

/**
 * An indicator the locality measures.
 *
 * @param dimension the model's grouping (e.g. one of Shuangluan's six governances)
 * @param unit percent, count, yuan, years, m2…
 * @param computedBy {@code platform} (from platform figures, by {@code formula}) or {@code plugin}
 *     (by the plugin's {@link io.gongzhi.spi.IndicatorCalculator})
 * @param formula for the platform: a named figure or a ratio of two, e.g. {@code
 *     cases.closed / cases.reported}
 * @param target the value the locality aims at, or null
 */
public record Indicator(
        String code, Text name, String dimension, String unit, String computedBy, String formula, BigDecimal target) {}
