package io.gongzhi.platform.identity.control;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Where a realm's signing keys come from. Implementations are thread-safe; {@link #find} may block
 * briefly to refresh (bounded by the implementation's timeout) and never throws for an unknown key.
 */
public interface KeySource {

    /** The verification key with this key id, if the realm publishes one. */
    Optional<PublicKey> find(String keyId);
}
