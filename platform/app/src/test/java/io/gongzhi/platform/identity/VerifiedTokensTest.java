package io.gongzhi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.KeySource;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.identity.control.TokenRefusedException;
import io.gongzhi.platform.identity.control.TokenVerifier;
import io.gongzhi.platform.identity.control.VerifiedTokens;
import io.gongzhi.platform.testsupport.Forgery;
import jakarta.json.JsonObjectBuilder;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is answered from memory only while its first check still holds: another
 * realm, issuer or kind of realm, a key no longer published, or expiry each send it back through
 * the full check (and so refuse it).
 */
class VerifiedTokensTest {

    static final String ISS = TokenVerifierTest.ISS;
    static final Duration SKEW = Duration.ofSeconds(30);

    final KeyPair rsa = TokenVerifierTest.generate("RSA", null);
    final Map<String, PublicKey> published = new ConcurrentHashMap<>(Map.of("r1", rsa.getPublic()));
    final KeySource keys = kid -> Optional.ofNullable(published.get(kid));
    final MovableClock clock = new MovableClock(TokenVerifierTest.NOW);
    final VerifiedTokens tokens = new VerifiedTokens(new TokenVerifier("gongzhi", SKEW, clock), 100, SKEW, clock);

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromMemoryWithTheSameIdentity() {
        String t = token(TokenVerifierTest.claims());
        Identity first = tokens.verify(t, "gov-a", ISS, keys, false);
        assertEquals(1, tokens.size());
        Identity again = tokens.verify(t, "gov-a", ISS, keys, false);
        assertEquals(first, again);
        assertEquals(1, tokens.size());
    }

    @Test
    void aKnownTokenPresentedToAnotherRealmIsCheckedAgainAndRefused() {
        String t = token(TokenVerifierTest.claims());
        tokens.verify(t, "gov-a", ISS, keys, false);
        TokenRefusedException e = assertThrows(
                TokenRefusedException.class,
                () -> tokens.verify(t, "gov-b", "https://id.example/realms/gov-b", keys, false));
        assertEquals("issuer", e.reason());
        assertEquals(0, tokens.size(), "the entry for gov-a is dropped, nothing kept for gov-b");
    }

    @Test
    void theOperatorRealmDoesNotReuseATenantRealmsVerdict() {
        String t =
                token(TokenVerifierTest.claims().add("realm_access", TokenVerifierTest.roles("operator", "resident")));
        assertEquals(
                Set.of(Role.RESIDENT),
                tokens.verify(t, "gov-a", ISS, keys, false).roles());
        assertEquals(
                Set.of(Role.OPERATOR),
                tokens.verify(t, "gov-a", ISS, keys, true).roles());
    }

    @Test
    void aKnownTokenIsRefusedOnceItsKeyIsNoLongerPublished() {
        String t = token(TokenVerifierTest.claims());
        tokens.verify(t, "gov-a", ISS, keys, false);
        published.put("r1", TokenVerifierTest.generate("RSA", null).getPublic()); // same kid, another key
        assertEquals("signature", refusal(t));
        published.remove("r1");
        assertEquals("key", refusal(t));
    }

    @Test
    void aKnownTokenIsRefusedOnceItExpires() {
        String t = token(TokenVerifierTest.claims());
        tokens.verify(t, "gov-a", ISS, keys, false);
        clock.now = TokenVerifierTest.NOW.plusSeconds(300).plus(SKEW);
        tokens.verify(t, "gov-a", ISS, keys, false); // the last second of the skew still counts
        clock.now = clock.now.plusSeconds(1);
        assertEquals("expired", refusal(t));
    }

    @Test
    void refusalsAreNotKeptAndTheMemoryIsBounded() {
        String good = token(TokenVerifierTest.claims());
        tokens.verify(good, "gov-a", ISS, keys, false);
        assertEquals("signature", refusal(Forgery.tampered(good, "sub", "someone-else")));
        assertEquals(1, tokens.size());
        for (int i = 0; i < 250; i++) {
            tokens.verify(token(TokenVerifierTest.claims().add("sub", "u-" + i)), "gov-a", ISS, keys, false);
            assertTrue(tokens.size() <= 100, "bounded: " + tokens.size());
        }
        assertNotEquals(0, tokens.size());
    }

    private String refusal(String token) {
        return assertThrows(TokenRefusedException.class, () -> tokens.verify(token, "gov-a", ISS, keys, false))
                .reason();
    }

    private String token(JsonObjectBuilder claims) {
        return Forgery.sign(TokenVerifierTest.header("RS256", "r1"), claims.build(), rsa.getPrivate(), "SHA256withRSA");
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
