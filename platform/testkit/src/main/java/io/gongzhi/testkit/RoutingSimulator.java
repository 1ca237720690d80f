package io.gongzhi.testkit;

import io.gongzhi.spi.CaseRouter;
import io.gongzhi.spi.PlatformContext;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingDecision;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.Text;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Routes cases the way the platform does: the plugin's router first (if any, and if it names a
 * declared tier), otherwise the category's declared first tier.
 */
public final class RoutingSimulator {

    /** The reason given when the category's declared tier applies. */
    public static final Text DECLARED = new Text("按事项类别的首办层级", "first tier of the category");

    private final GovernanceModel model;
    private final CaseRouter router;
    private final PlatformContext context;

    public RoutingSimulator(GovernanceModel model) {
        this(model, null);
    }

    public RoutingSimulator(GovernanceModel model, CaseRouter router) {
        this.model = model;
        this.router = router;
        this.context = new TestPlatformContext("test");
    }

    public RoutingDecision route(String category) {
        return route(new CaseFacts(category, null, null, "resident"));
    }

    public RoutingDecision route(CaseFacts facts) {
        CaseCategory category = category(facts.category());
        if (router != null) {
            Optional<RoutingDecision> d = router.route(facts, context);
            if (d != null && d.isPresent() && tier(d.get().tier()).isPresent()) {
                return d.get();
            }
        }
        return new RoutingDecision(category.firstTier(), DECLARED);
    }

    /** The category's first tier and every tier above it, as a late case climbs. */
    public List<RoutingTier> escalationPath(String categoryCode) {
        RoutingTier first = tier(category(categoryCode).firstTier()).orElseThrow();
        return model.tiers().stream()
                .filter(t -> t.rank() >= first.rank())
                .sorted(Comparator.comparingInt(RoutingTier::rank))
                .toList();
    }

    private CaseCategory category(String code) {
        return model.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no case category '" + code + "'"));
    }

    private Optional<RoutingTier> tier(String code) {
        return model.tiers().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
