package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReaderTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        Properties en = ReaderTexts.file(false);
        Properties zh = ReaderTexts.file(true);
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    @Test
    void valuesAreInsertedLiterallyAndUnknownBracesKept() {
        assertEquals("line {1}", ReaderTexts.format(Locale.ENGLISH, "position.line", List.of("{1}"), Map.of()));
        assertEquals("page 1, x 2, y 3, 4 × {4}",
                ReaderTexts.format(Locale.ENGLISH, "position.pageArea", List.of("1", "2", "3", "4"), Map.of()));
    }

    @Test
    void anUnknownKeyIsABug() {
        assertThrows(IllegalStateException.class, () -> ReaderTexts.format(Locale.ENGLISH, "no.such", List.of(), Map.of()));
    }
}
