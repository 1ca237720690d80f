package io.gongzhi.spi;

/** The version of this contract. Plugins state the range they need in {@code Plugin-Requires}. */
public final class SpiVersion {

    /** Semantic version of the SPI; the platform loads plugins whose required range includes it. */
    public static final String CURRENT = "1.0.0";

    private SpiVersion() {}
}
