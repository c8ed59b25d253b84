package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The reader's texts in English and Chinese: {@code ReaderMessages.properties} and
 * {@code ReaderMessages_zh.properties} (UTF-8) next to this class. A template names its values in braces:
 * {@code {0}}, {@code {1}} … for a text's arguments, {@code {name}} for the named values a caller passes. Each
 * value is inserted literally and never read again, so page text (quoted in arguments) cannot act as a
 * template.
 */
final class ReaderTexts {

    private static final Properties ROOT = load("");
    private static final Properties ZH = load("_zh");

    private ReaderTexts() {
    }

    private static Properties load(String suffix) {
        String name = "ReaderMessages" + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = ReaderTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + ReaderTexts.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Returns the entries of one language file alone, without fallback: for tests of completeness.
     *
     * @param chinese true for the Chinese file, false for the English one
     * @return a copy of the file's entries
     */
    static Properties file(boolean chinese) {
        Properties copy = new Properties();
        copy.putAll(chinese ? ZH : ROOT);
        return copy;
    }

    /**
     * Formats the text under a key: Chinese for any locale whose language is {@code zh}, English otherwise.
     *
     * @param locale the language
     * @param key the key
     * @param arguments the values of {@code {0}}, {@code {1}} …
     * @param named the values of named placeholders
     * @return the text, never null
     * @throws IllegalStateException if the English file has no such key (a bug)
     */
    static String format(Locale locale, String key, List<String> arguments, Map<String, String> named) {
        String template = "zh".equals(locale.getLanguage()) ? ZH.getProperty(key) : null;
        if (template == null) {
            template = ROOT.getProperty(key);
        }
        if (template == null) {
            throw new IllegalStateException("no reader message " + key);
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            String value = close < 0 ? null : value(template.substring(i + 1, close), arguments, named);
            if (value == null) {
                out.append(c);
                i++;
            } else {
                out.append(value);
                i = close + 1;
            }
        }
        return out.toString();
    }

    private static String value(String name, List<String> arguments, Map<String, String> named) {
        if (!name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9') && name.length() < 3) {
            int index = Integer.parseInt(name);
            return index < arguments.size() ? arguments.get(index) : null;
        }
        return named.get(name);
    }

    /**
     * Names a table or section as the report prints it: {@code 二}, {@code 三}, {@code 四}, {@code 六}.
     *
     * @param table the table
     * @return its numeral, never null
     */
    static String numeral(ReportTable table) {
        return format(Locale.ROOT, "table." + table.name(), List.of(), Map.of());
    }

    /**
     * Names the kind of value a cell holds, as in "cannot be read as a count".
     *
     * @param locale the language
     * @param cell the cell
     * @return the words, never null
     */
    static String kind(Locale locale, CellRef cell) {
        ValueKind kind = cell.column().valueKind();
        return format(locale, "valueKind." + kind.name(), List.of(), Map.of());
    }
}
