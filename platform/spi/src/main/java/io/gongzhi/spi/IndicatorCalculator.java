package io.gongzhi.spi;

import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Optional hook: computes an indicator the model declares with {@code computedBy = "plugin"} when a
 * formula over platform figures is not enough. Reads what it needs through the context.
 *
 * <p>Called concurrently; time-limited and guarded. Empty means "no value for this period".
 */
public interface IndicatorCalculator extends ExtensionPoint {

    /** The code of the indicator this calculator computes. */
    String indicator();

    Optional<BigDecimal> compute(String orgUnit, String period, PlatformContext context);
}
