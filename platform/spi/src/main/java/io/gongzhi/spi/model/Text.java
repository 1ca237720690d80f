package io.gongzhi.spi.model;

import java.util.Locale;

/** A text people read, in Chinese (required) and English (required). */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in {@code locale}: English for an English locale, Chinese otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
