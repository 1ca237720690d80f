package io.gongzhi.spi;

import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.RoutingDecision;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Optional hook: decides the first handling tier of a reported case when the category's declared
 * tier is not enough (e.g. by the place or the reporter's role).
 *
 * <p>Called concurrently for many tenants; keep no state in fields. Return {@code Optional.empty()}
 * to let the model's declared tier apply. Time-limited and guarded: a timeout or exception also
 * falls back to the declared tier, and is reported on the plugin's state.
 */
public interface CaseRouter extends ExtensionPoint {

    Optional<RoutingDecision> route(CaseFacts facts, PlatformContext context);
}
