package io.gongzhi.platform.plugins.control;

import io.gongzhi.platform.problem.control.Localized;
import io.gongzhi.spi.model.ConfigOption;

/** Checks a setting's value against its declared type and bounds. */
final class SettingTypes {

    private SettingTypes() {}

    /** Null when the value fits; otherwise what is expected, as text from the messages bundle. */
    static Localized check(ConfigOption option, String value) {
        if (value == null) {
            return new Localized("setting.expected.value");
        }
        return switch (option.type()) {
            case STRING -> value.length() <= 2000 ? null : new Localized("setting.expected.text", 2000);
            case BOOLEAN ->
                value.equals("true") || value.equals("false") ? null : new Localized("setting.expected.boolean");
            case INTEGER -> integer(option, value);
        };
    }

    private static Localized integer(ConfigOption option, String value) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return new Localized("setting.expected.integer");
        }
        if ((option.min() != null && n < option.min()) || (option.max() != null && n > option.max())) {
            return new Localized("setting.expected.range", String.valueOf(option.min()), String.valueOf(option.max()));
        }
        return null;
    }
}
