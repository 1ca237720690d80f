package io.gongzhi.spi.model;

import java.util.List;

/**
 * A locality's governance model: everything the platform's engines need to run the locality's way.
 * Built once by the plugin; validated by the platform on load.
 *
 * @param id the plugin id (equals {@code Plugin-Id})
 * @param levels the hierarchy, top first
 * @param tiers the case handling tiers, lowest rank first
 * @param dimensions codes of the indicator dimensions, in display order
 * @param config the settings operators may change per tenant
 */
public record GovernanceModel(
        String id,
        Text name,
        Text summary,
        List<Level> levels,
        List<Role> roles,
        List<Body> bodies,
        List<RoutingTier> tiers,
        List<CaseCategory> categories,
        List<Procedure> procedures,
        List<ServiceItem> services,
        List<EvaluationScheme> evaluations,
        List<String> dimensions,
        List<Indicator> indicators,
        List<PortalSection> portal,
        List<ConfigOption> config,
        DemoData demo) {

    public GovernanceModel {
        levels = List.copyOf(levels);
        roles = List.copyOf(roles);
        bodies = List.copyOf(bodies);
        tiers = List.copyOf(tiers);
        categories = List.copyOf(categories);
        procedures = List.copyOf(procedures);
        services = List.copyOf(services);
        evaluations = List.copyOf(evaluations);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        portal = List.copyOf(portal);
        config = List.copyOf(config);
    }
}
