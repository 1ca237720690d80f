package io.gongzhi.spi.model;

/**
 * A setting of the plugin an operator may change, globally or per tenant. The platform validates a
 * value before saving it: by type, and for {@code INTEGER} within [min, max].
 */
public record ConfigOption(String key, Text description, Type type, String defaultValue, Long min, Long max) {

    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN
    }
}
