package io.gongzhi.platform.identity.control;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens already verified, so a client's tenth request with the same token does not pay for
 * the signature check again (an RS256 check was a tenth of the CPU a case report took, measured
 * with JFR under load). A token is answered from here only while everything its first check
 * depended on still holds: the same realm, issuer and kind of realm (operator or tenant), the key
 * it was signed with still published under its key id (a key removed from the realm refuses its
 * tokens as soon as the key source stops returning it), and not expired (with the same skew).
 * Anything else, and every token not seen before, goes through the full {@link TokenVerifier};
 * refusals are never kept. Bounded: when full, expired entries are dropped, and if none are, all
 * of them. Thread-safe.
 */
public final class VerifiedTokens {

    private record Entry(String realm, String issuer, boolean operator, String keyId, PublicKey key, Identity who) {}

    private final TokenVerifier verifier;
    private final int capacity;
    private final Duration skew;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedTokens(TokenVerifier verifier, int capacity, Duration skew, Clock clock) {
        this.verifier = verifier;
        this.capacity = capacity;
        this.skew = skew;
        this.clock = clock;
    }

    /** As {@link TokenVerifier#verify}: the identity, or a {@link TokenRefusedException}. */
    public Identity verify(String token, String realm, String issuer, KeySource keys, boolean operatorRealm) {
        Entry e = token == null ? null : entries.get(token);
        if (e != null) {
            if (e.realm().equals(realm)
                    && e.issuer().equals(issuer)
                    && e.operator() == operatorRealm
                    && stillPublished(e, keys)
                    && !clock.instant().isAfter(e.who().expires().plus(skew))) {
                return e.who();
            }
            entries.remove(token, e);
        }
        Identity who = verifier.verify(token, realm, issuer, keys, operatorRealm);
        String keyId = Jwt.parse(token).keyId();
        keys.find(keyId).ifPresent(key -> remember(token, new Entry(realm, issuer, operatorRealm, keyId, key, who)));
        return who;
    }

    /** How many tokens are held (for tests and metrics). */
    public int size() {
        return entries.size();
    }

    private static boolean stillPublished(Entry e, KeySource keys) {
        Optional<PublicKey> now = keys.find(e.keyId());
        return now.isPresent() && (now.get() == e.key() || now.get().equals(e.key()));
    }

    private void remember(String token, Entry e) {
        if (entries.size() >= capacity) {
            Instant now = clock.instant();
            entries.values().removeIf(old -> now.isAfter(old.who().expires().plus(skew)));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, e);
    }
}
