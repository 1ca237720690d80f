package io.gongzhi.platform.tenancy.control;

/** A tenant manifest that cannot be applied; the message names the file and the field. */
public class InvalidManifestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidManifestException(String message) {
        super(message);
    }

    public InvalidManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
