package io.gongzhi.platform.config;

/** Whether the platform runs as a developer's quickstart or as a production installation. */
public enum RunMode {
    /** Embedded defaults allowed, development-only endpoints on. */
    DEVELOPMENT,
    /** PostgreSQL required, development-only endpoints absent. */
    PRODUCTION;

    static RunMode parse(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "development", "dev" -> DEVELOPMENT;
            case "production", "prod" -> PRODUCTION;
            default ->
                throw new IllegalArgumentException(
                        "gongzhi.mode must be 'development' or 'production', not '" + value + "'");
        };
    }
}
