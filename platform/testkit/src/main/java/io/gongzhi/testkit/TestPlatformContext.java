package io.gongzhi.testkit;

import io.gongzhi.spi.Documents;
import io.gongzhi.spi.PlatformContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A tenant context for plugin tests: settings you choose, documents in memory, a clock you set. */
public final class TestPlatformContext implements PlatformContext {

    private final String tenantId;
    private final Map<String, String> config = new HashMap<>();
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public TestPlatformContext(String tenantId) {
        this.tenantId = tenantId;
    }

    public TestPlatformContext withConfig(String key, String value) {
        config.put(key, value);
        return this;
    }

    public TestPlatformContext withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public TestPlatformContext withLocale(Locale locale) {
        this.locale = locale;
        return this;
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> config(String key) {
        return Optional.ofNullable(config.get(key));
    }

    @Override
    public Documents documents() {
        return documents;
    }
}
