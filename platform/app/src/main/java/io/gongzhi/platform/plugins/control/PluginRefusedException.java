package io.gongzhi.platform.plugins.control;

/** A jar the engine will not install: corrupt, not a plugin, or needing another SPI version. */
public class PluginRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginRefusedException(String message) {
        super(message);
    }

    public PluginRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
