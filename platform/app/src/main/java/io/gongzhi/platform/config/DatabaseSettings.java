package io.gongzhi.platform.config;

/**
 * How to reach the database: the application role (subject to row-level security, owns nothing)
 * and the owner role that Flyway migrates with.
 */
public record DatabaseSettings(
        String url, String user, String password, String ownerUser, String ownerPassword, int poolSize) {

    public DatabaseSettings {
        if (poolSize < 1) {
            throw new IllegalArgumentException("gongzhi.db.pool-size must be at least 1, not " + poolSize);
        }
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean h2() {
        return url.startsWith("jdbc:h2:");
    }

    public String driverClass() {
        if (postgres()) {
            return "org.postgresql.Driver";
        }
        if (h2()) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException(
                "gongzhi.db.url must be a jdbc:postgresql: or jdbc:h2: URL, not '" + url + "'");
    }

    /** The database kind as Flyway's migration folder names it. */
    public String vendor() {
        return postgres() ? "postgresql" : "h2";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", owner=" + ownerUser + ", pool=" + poolSize + "]";
    }
}
