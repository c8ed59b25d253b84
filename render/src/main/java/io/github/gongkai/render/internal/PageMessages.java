package io.github.gongkai.render.internal;

import io.github.gongkai.core.internal.MessageBundle;
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

    private static final MessageBundle TEXTS = MessageBundle.load(PageMessages.class, "PageMessages", "_zh_CN",
            name -> PageMessages.class.getResourceAsStream(name));
    private static final PageMessages EN = new PageMessages(Locale.ENGLISH);
    private static final PageMessages ZH = new PageMessages(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    private PageMessages(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the texts of a language: Chinese for a {@code zh} locale, English otherwise.
     *
     * @param locale the language
     * @return the texts, never null
     */
    public static PageMessages of(Locale locale) {
        return MessageBundle.isChinese(Objects.requireNonNull(locale, "locale")) ? ZH : EN;
    }

    /**
     * Returns one language file's entries, for tests of completeness.
     *
     * @param chinese true for the Chinese file
     * @return a copy of its entries
     */
    public static Properties file(boolean chinese) {
        return TEXTS.file(chinese);
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
     * @throws IllegalStateException if the files have no such key: a bug in the page writers
     */
    public String get(String key) {
        return TEXTS.text(locale, key);
    }
}
