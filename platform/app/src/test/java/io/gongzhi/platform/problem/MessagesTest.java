package io.gongzhi.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.problem.control.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text people read exists in Chinese and in English, and formats. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertEquals(zh, en);
        for (String key : zh) {
            if (key.startsWith("problem.")) {
                String base = key.substring(0, key.lastIndexOf('.'));
                assertTrue(
                        zh.contains(base + ".title") && zh.contains(base + ".detail"),
                        base + " has a title and a detail");
            }
        }
    }

    @Test
    void everyTextFormatsInBothLanguagesWithoutLeftoverQuotes() throws IOException {
        for (String key : load("messages.properties").stringPropertyNames()) {
            for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                String text = Messages.text(l, key, "A", "B", "C");
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("''"), key + " in " + l + ": " + text);
            }
        }
    }

    @Test
    void theLanguageFollowsAcceptLanguageWithChineseFirst() {
        assertEquals(Locale.ENGLISH, Messages.choose(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Messages.CHINESE, Messages.choose(List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)));
        assertEquals(Messages.CHINESE, Messages.choose(List.of(Locale.FRENCH)));
        assertEquals("a whole number from 1 to 6", Messages.text(Locale.ENGLISH, "setting.expected.range", "1", "6"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
