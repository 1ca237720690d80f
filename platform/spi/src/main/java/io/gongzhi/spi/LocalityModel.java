package io.gongzhi.spi;

import io.gongzhi.spi.model.GovernanceModel;
import org.pf4j.ExtensionPoint;

/**
 * The one extension every locality plugin provides: its governance model.
 *
 * <p>Called once per plugin version after start (the platform caches the result and validates it);
 * must be fast, pure and deterministic. A model that fails validation marks the plugin FAILED with
 * the validation messages.
 */
public interface LocalityModel extends ExtensionPoint {

    GovernanceModel model();
}
