package io.gongzhi.platform.problem.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text shown to people, from the {@code messages} bundle: zh-CN unless the request prefers English.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "messages";

    private Messages() {}

    /** The first acceptable language the platform has; Chinese when none matches. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, CHINESE, Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Chinese is the base bundle, so an English request never falls back to the JVM's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
