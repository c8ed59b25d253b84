package io.github.gongkai.validation.internal;

import io.github.gongkai.core.internal.MessageBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The module's messages: {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_zh_CN.properties}, UTF-8. The build places the same two files in this
 * package, read here, and at the root of the jar, where Hibernate Validator aggregates every library's
 * {@code ContributorValidationMessages} for Bean Validation messages.
 *
 * <p>Templates are message keys in braces; {@link #interpolate} replaces a {@code {key}} found in the bundle
 * by its text (recursively), then a {@code {name}} found in the parameters by the parameter's value,
 * inserted literally and never read again. Not part of the API.
 */
public final class Messages {

    /** The base name of the bundle, in this package and at the jar root. */
    public static final String BASE_NAME = "ContributorValidationMessages";

    private static final MessageBundle TEXTS = MessageBundle.load(Messages.class, BASE_NAME, "_zh_CN",
            name -> Messages.class.getResourceAsStream(name));
    private static final int MAX_DEPTH = 4;

    private Messages() {
    }

    /**
     * Returns the messages of one language file alone, without fallback: for tests of completeness.
     *
     * @param chinese true for the zh-CN file, false for the English root file
     * @return a copy of the file's entries
     */
    public static Properties file(boolean chinese) {
        return TEXTS.file(chinese);
    }

    /**
     * Looks a key up: in the zh-CN file for any Chinese locale, then in the English file.
     *
     * @param locale the language
     * @param key the key
     * @return the text, or null if neither file has the key
     */
    public static String lookup(Locale locale, String key) {
        return TEXTS.lookup(locale, key);
    }

    /**
     * Returns the text of a key.
     *
     * @param locale the language
     * @param key the key
     * @return the text, never null
     * @throws IllegalStateException if no file has the key
     */
    public static String text(Locale locale, String key) {
        return TEXTS.text(locale, key);
    }

    /**
     * Renders a template.
     *
     * @param locale the language
     * @param template message keys and text, keys in braces
     * @param parameters values by name, inserted literally
     * @return the message, never null
     */
    public static String interpolate(Locale locale, String template, Map<String, String> parameters) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder out = new StringBuilder(template.length() * 4);
        append(out, locale, template, parameters, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Locale locale, String template, Map<String, String> parameters,
            int depth) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            String text = lookup(locale, name);
            if (text != null && depth < MAX_DEPTH) {
                append(out, locale, text, parameters, depth + 1);
            } else if (parameters.containsKey(name)) {
                out.append(parameters.get(name));
            } else {
                out.append(template, i, close + 1);
            }
            i = close + 1;
        }
    }
}
