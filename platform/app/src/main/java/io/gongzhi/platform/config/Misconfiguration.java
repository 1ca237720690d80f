package io.gongzhi.platform.config;

/**
 * A setting that must never run, such as the development token issuer in production. Start-up
 * stops at it and does not retry: only changing the configuration and restarting helps.
 */
public class Misconfiguration extends RuntimeException {

    public Misconfiguration(String message) {
        super(message);
    }
}
