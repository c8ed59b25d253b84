package io.github.gongkai.json.internal;

import io.github.gongkai.core.internal.MessageBundle;
import java.util.Locale;
import java.util.Set;

/**
 * The words of {@code ReportJsonException} in English and Chinese, from {@code JsonMessages.properties} and
 * {@code JsonMessages_zh.properties} next to this class: Chinese for a locale whose language is {@code zh}, English
 * otherwise (and where the Chinese file lacks a key). {@code {0}}, {@code {1}} are replaced by the arguments, each
 * inserted literally and never read again, so that a document's text quoted in one cannot act as a template; any
 * other brace is text, such as the JSON of {@code {"na": mark}}.
 */
public final class JsonTexts {

    private static final MessageBundle TEXTS = MessageBundle.load(JsonTexts.class, "JsonMessages", "_zh",
            name -> JsonTexts.class.getResourceAsStream(name));

    private JsonTexts() {
    }

    /**
     * Returns a text in a language, its arguments in place.
     *
     * @param locale the language
     * @param key the text's key
     * @param arguments the values of {@code {0}}, {@code {1}}, …
     * @return the text, never null
     * @throws IllegalStateException if neither file has the key
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String template = TEXTS.text(locale, key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close > 0) {
                out.append(template, from, open).append(arguments[Integer.parseInt(template, open + 1, close, 10)]);
                from = close + 1;
            }
        }
        return out.append(template, from, template.length()).toString();
    }

    /** The index of the {@code '}'} closing a placeholder {@code {digits}} that opens at {@code open}, or -1. */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        while (i < template.length() && template.charAt(i) >= '0' && template.charAt(i) <= '9') {
            i++;
        }
        return i > open + 1 && i < template.length() && template.charAt(i) == '}' ? i : -1;
    }

    /**
     * Returns the keys of one language file alone, without fallback: for tests of completeness.
     *
     * @param chinese true for the Chinese file, false for the English one
     * @return the file's keys
     */
    public static Set<String> keys(boolean chinese) {
        return TEXTS.keys(chinese);
    }
}
