package io.gongzhi.platform.identity.control;

/**
 * A bearer token was not accepted. The reason is a short code for logs and the audit trail
 * ({@code signature}, {@code issuer}, {@code audience}, {@code expired}, ...); clients only ever
 * learn that the token was refused, never which check failed.
 */
public class TokenRefusedException extends RuntimeException {

    private final String reason;

    public TokenRefusedException(String reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
