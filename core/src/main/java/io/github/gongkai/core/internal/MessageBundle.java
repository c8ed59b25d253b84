package io.github.gongkai.core.internal;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The messages of one of gongkai's modules, in English and in Chinese: a pair of UTF-8 property files
 * ({@code Name.properties} and {@code Name_zh.properties} or {@code Name_zh_CN.properties}), each read once with
 * {@link MessageFiles}. A text is looked up in the Chinese file for every {@code zh} locale, and in the English
 * file, which holds every key, otherwise or when the Chinese file lacks it. Putting arguments into a text stays
 * with each module, since their placeholders differ. Immutable and thread-safe.
 */
public final class MessageBundle {

    private final String name;
    private final Properties english;
    private final Properties chinese;

    private MessageBundle(String name, Properties english, Properties chinese) {
        this.name = name;
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Reads a module's pair of message files.
     *
     * @param owner the class the files sit next to
     * @param baseName the English file's name without {@code .properties}, such as {@code ReaderMessages}
     * @param chineseSuffix what the Chinese file's name adds to it: {@code _zh} or {@code _zh_CN}
     * @param open opens a file next to {@code owner} by its name; written in the owner's module, as
     *     {@code name -> Owner.class.getResourceAsStream(name)}, since a module's resources are hidden from core
     * @return the messages, never null
     * @throws IllegalStateException if either file is missing (a broken build)
     * @throws java.io.UncheckedIOException if either cannot be read
     */
    public static MessageBundle load(Class<?> owner, String baseName, String chineseSuffix,
            Function<String, InputStream> open) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(open, "open");
        String englishName = baseName + ".properties";
        String chineseName = baseName + chineseSuffix + ".properties";
        return new MessageBundle(baseName, MessageFiles.load(open.apply(englishName), englishName, owner),
                MessageFiles.load(open.apply(chineseName), chineseName, owner));
    }

    /**
     * Whether a locale's texts come from the Chinese file: any locale of the language {@code zh}.
     *
     * @param locale the locale
     * @return true for Chinese
     */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /**
     * The text of a key in a locale's language, else in English.
     *
     * @param locale the locale
     * @param key the key
     * @return the text, or null if neither file has the key
     */
    public String lookup(Locale locale, String key) {
        String text = isChinese(locale) ? chinese.getProperty(key) : null;
        return text != null ? text : english.getProperty(key);
    }

    /**
     * The text of a key that must exist ({@link #lookup}).
     *
     * @param locale the locale
     * @param key the key
     * @return the text, never null
     * @throws IllegalStateException if neither file has the key (a text asked for that was never written)
     */
    public String text(Locale locale, String key) {
        String text = lookup(locale, key);
        if (text == null) {
            throw new IllegalStateException("no text " + key + " in " + name);
        }
        return text;
    }

    /**
     * The keys of one file, for tests that hold the two files to each other.
     *
     * @param chinese the Chinese file rather than the English one
     * @return its keys, a set the caller may keep
     */
    public Set<String> keys(boolean chinese) {
        return (chinese ? this.chinese : english).stringPropertyNames();
    }

    /**
     * A copy of one file's entries, for tests.
     *
     * @param chinese the Chinese file rather than the English one
     * @return a new copy, never null
     */
    public Properties file(boolean chinese) {
        Properties copy = new Properties();
        copy.putAll(chinese ? this.chinese : english);
        return copy;
    }
}
