package io.gongzhi.platform.plugins.control;

import io.gongzhi.spi.model.ConfigOption;

/** Checks a setting's value against its declared type and bounds. */
final class SettingTypes {

    private SettingTypes() {}

    /** Null when the value fits; otherwise what is expected, in English and Chinese. */
    static String check(ConfigOption option, String value) {
        if (value == null) {
            return "a value / 一个值";
        }
        return switch (option.type()) {
            case STRING -> value.length() <= 2000 ? null : "at most 2000 characters / 不超过2000个字符";
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "true or false / true 或 false";
            case INTEGER -> integer(option, value);
        };
    }

    private static String integer(ConfigOption option, String value) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return "a whole number / 整数";
        }
        if ((option.min() != null && n < option.min()) || (option.max() != null && n > option.max())) {
            return "a whole number from " + option.min() + " to " + option.max() + " / " + option.min() + "至"
                    + option.max() + "之间的整数";
        }
        return null;
    }
}
