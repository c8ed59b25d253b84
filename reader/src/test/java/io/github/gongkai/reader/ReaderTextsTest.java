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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+(:[a-zA-Z]+)?}");

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
    void formattedPlaceholdersDescribeAPositionOrLookUpAWordInTheLanguage() {
        assertEquals("to 第 3 行第 5 个字符", format(Locale.CHINESE, "to {0:position}", "line 3, column 5"));
        assertEquals("to line 3, column 5", format(Locale.ENGLISH, "to {0:position}", "line 3, column 5"));
        assertEquals("to nowhere", format(Locale.CHINESE, "to {0:position}", "nowhere"), "not a position: as given");
        assertEquals("by 调用方", format(Locale.CHINESE, "by {0:declaredBy}", "caller"));
        assertEquals("by 文件扩展名 .md", format(Locale.CHINESE, "by {0:declaredBy}", ".md"), "the word's template");
        assertEquals("as 件数", format(Locale.CHINESE, "as {0:valueKind}", "COUNT"));
        assertEquals("as OTHER", format(Locale.CHINESE, "as {0:valueKind}", "OTHER"), "no such word: as given");
        assertEquals("x {0:position}", format(Locale.CHINESE, "x {0:position}"), "no such argument: braces kept");
    }

    /** Formats a template given as text, through a key made for the test. */
    private static String format(Locale locale, String template, String... arguments) {
        return ReaderTexts.formatTemplate(locale, template, List.of(arguments), Map.of());
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
