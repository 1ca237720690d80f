package io.gongzhi.spi.model;

import java.util.List;

/**
 * How people or units are evaluated (三报告一评议, quarterly polls…).
 *
 * @param period how often: monthly, quarterly, half-yearly, yearly
 * @param criteria weighted criteria; weights sum to 100
 */
public record EvaluationScheme(String code, Text name, String period, List<Criterion> criteria) {

    public EvaluationScheme {
        criteria = List.copyOf(criteria);
    }

    public record Criterion(String code, Text name, int weight) {}
}
