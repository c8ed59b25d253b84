package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.core.internal.MessageBundle;
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

    private static final MessageBundle TEXTS = MessageBundle.load(ReaderTexts.class, "ReaderMessages", "_zh",
            name -> ReaderTexts.class.getResourceAsStream(name));

    private ReaderTexts() {
    }

    /**
     * Returns the entries of one language file alone, without fallback: for tests of completeness.
     *
     * @param chinese true for the Chinese file, false for the English one
     * @return a copy of the file's entries
     */
    static Properties file(boolean chinese) {
        return TEXTS.file(chinese);
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
        return formatTemplate(locale, TEXTS.text(locale, key), arguments, named);
    }

    /**
     * Formats a template as {@link #format} does one under a key.
     *
     * @param locale the language of the words and positions it inserts
     * @param template the template
     * @param arguments the values of {@code {0}}, {@code {1}} …
     * @param named the values of named placeholders
     * @return the text, never null
     */
    static String formatTemplate(Locale locale, String template, List<String> arguments, Map<String, String> named) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            String value = close < 0 ? null : value(locale, template.substring(i + 1, close), arguments, named);
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

    /**
     * The value of a placeholder: {@code N} an argument; {@code N:position} an argument that is a position in its
     * English form, described in the locale's language; {@code N:name} the text under {@code name.<argument>},
     * or under {@code name} with the argument as its {@code {0}}, or the argument itself; else a named value.
     * Null for no such value (the braces are then text).
     */
    private static String value(Locale locale, String name, List<String> arguments, Map<String, String> named) {
        int colon = name.indexOf(':');
        String index = colon < 0 ? name : name.substring(0, colon);
        if (index.isEmpty() || index.length() > 2 || !index.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return named.get(name);
        }
        int n = Integer.parseInt(index);
        if (n >= arguments.size()) {
            return null;
        }
        String argument = arguments.get(n);
        return colon < 0 ? argument : formatted(locale, name.substring(colon + 1), argument);
    }

    private static String formatted(Locale locale, String format, String argument) {
        if (format.equals("position")) {
            return SourcePosition.tryParse(argument).map(p -> p.describe(locale)).orElse(argument);
        }
        String word = TEXTS.lookup(locale, format + "." + argument);
        if (word != null) {
            return word;
        }
        String wrapper = TEXTS.lookup(locale, format);
        return wrapper == null ? argument : format(locale, format, List.of(argument), Map.of());
    }

    /**
     * Copies a text's arguments, checking that there are as many as the text names.
     *
     * @param text the constant naming the text, for the message
     * @param count how many arguments it takes
     * @param arguments the arguments given
     * @return an unmodifiable copy
     * @throws NullPointerException if the list or an argument is null
     * @throws IllegalArgumentException if there are more or fewer
     */
    static List<String> arguments(Enum<?> text, int count, List<String> arguments) {
        List<String> copy = List.copyOf(arguments);
        if (copy.size() != count) {
            throw new IllegalArgumentException(text + " takes " + count + " argument(s), was given " + copy.size());
        }
        return copy;
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
