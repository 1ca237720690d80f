package io.gongzhi.platform.runtime;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New record ids: random (version 4) UUIDs, unguessable, from a strong generator per thread.
 *
 * <p>Not {@link UUID#randomUUID()}: it shares one {@code NativePRNG} whose lock is held while it
 * refills its buffer from {@code /dev/urandom}. Under 16 concurrent reports on two cores the
 * flight recorder showed requests waiting about 200 ms each on that lock (platform/bench/intake.sh;
 * see the README's figures). A DRBG per thread, seeded once by the operating system, never waits
 * on another thread.
 */
public final class Ids {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::generator);

    private Ids() {}

    /** A new random id in the canonical 36-character form. */
    public static String newId() {
        return uuid().toString();
    }

    /** A new random (version 4, IETF variant) UUID. */
    public static UUID uuid() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xff);
            lo = (lo << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(hi, lo);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
