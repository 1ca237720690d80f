package io.gongzhi.platform.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portals' text: {@code ui/common} and the page's resource bundles (UTF-8 properties),
 * the base files in zh-CN and {@code _en} in English. Only the two languages exist; anything but
 * an English tag is zh-CN. Read once per page and language.
 */
@ApplicationScoped
public class UiText {

    /** The pages and the bundles each reads after {@code ui/common}, later ones winning. */
    private static final Map<String, List<String>> BUNDLES = Map.of(
            "portal", List.of("portal"),
            "staff", List.of("staff", "dashboard"),
            "operator", List.of("operator"));

    public static final Set<String> PAGES = BUNDLES.keySet();

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    /** Every key of the common bundle and the page's, the page's winning. */
    public Map<String, String> of(String page, String lang) {
        Locale locale = english(lang) ? Locale.ENGLISH : Locale.ROOT;
        return cache.computeIfAbsent(page + "/" + locale, k -> {
            Map<String, String> all = new TreeMap<>();
            List<String> names = new java.util.ArrayList<>(List.of("common"));
            names.addAll(BUNDLES.get(page));
            for (String name : names) {
                ResourceBundle b =
                        ResourceBundle.getBundle("ui." + name, locale, UiText.class.getClassLoader(), NO_FALLBACK);
                b.keySet().forEach(key -> all.put(key, b.getString(key)));
            }
            return Map.copyOf(all);
        });
    }

    static boolean english(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
