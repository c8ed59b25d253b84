package io.github.gongkai.render.internal;

import io.github.gongkai.core.internal.MessageFiles;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The fixed texts of the pages, in one language: {@code PageMessages.properties} (English) and
 * {@code PageMessages_zh_CN.properties} (Chinese, for any {@code zh} locale), UTF-8, beside this class.
 *
 * <p>Texts are never templates: a value read from a report is written beside a text, escaped, so that nothing
 * a page printed can change what a message says.
 */
public final class PageMessages {

    private static final String BASE_NAME = "PageMessages";
    private static final Properties ENGLISH = load("");
    private static final Properties CHINESE = load("_zh_CN");
    private static final PageMessages EN = new PageMessages(ENGLISH, Locale.ENGLISH);
    private static final PageMessages ZH = new PageMessages(CHINESE, Locale.SIMPLIFIED_CHINESE);

    private final Properties texts;
    private final Locale locale;

    private PageMessages(Properties texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * Returns the texts of a language: Chinese for a {@code zh} locale, English otherwise.
     *
     * @param locale the language
     * @return the texts, never null
     */
    public static PageMessages of(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? ZH : EN;
    }

    /**
     * Returns one language file's entries, for tests of completeness.
     *
     * @param chinese true for the Chinese file
     * @return a copy of its entries
     */
    public static Properties file(boolean chinese) {
        Properties copy = new Properties();
        copy.putAll(chinese ? CHINESE : ENGLISH);
        return copy;
    }

    /** The locale whose texts these are: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the text of a key.
     *
     * @param key the key
     * @return the text
     * @throws IllegalArgumentException if the file has no such key: a bug in the page writers
     */
    public String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no page text " + key);
        }
        return text;
    }

    private static Properties load(String suffix) {
        String name = BASE_NAME + suffix + ".properties";
        return MessageFiles.load(PageMessages.class.getResourceAsStream(name), name, PageMessages.class);
    }
}
