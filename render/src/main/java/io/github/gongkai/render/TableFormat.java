package io.github.gongkai.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats a {@link TableRenderer} writes.
 *
 * <ul>
 *   <li>{@link #HTML}: a complete, standalone HTML5 document (UTF-8) holding one {@code <table>} per section,
 *       with spanned headers as printed in the official format;</li>
 *   <li>{@link #MARKDOWN}: GitHub-flavoured pipe tables, one table per block, every row standing alone;</li>
 *   <li>{@link #TEXT}: plain text, the same tables with columns aligned for a monospaced font in which East Asian
 *       wide characters take two columns.</li>
 * </ul>
 */
public enum TableFormat {
    /** A standalone HTML5 document. */
    HTML("html", "html"),
    /** GitHub-flavoured Markdown pipe tables. */
    MARKDOWN("md", "md"),
    /** Aligned plain text. */
    TEXT("txt", "txt");

    private final String key;
    private final String extension;

    TableFormat(String key, String extension) {
        this.key = key;
        this.extension = extension;
    }

    /**
     * Returns the short name of the format: {@code html}, {@code md} or {@code txt}.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the file name extension of the format, without the dot.
     *
     * @return the extension, never null
     */
    public String extension() {
        return extension;
    }

    /**
     * Finds a format by its key or its name, ignoring case: {@code html}, {@code md}, {@code markdown},
     * {@code txt}, {@code text}.
     *
     * @param name the key or name
     * @return the format, or empty if none is so called
     */
    public static Optional<TableFormat> fromKey(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        for (TableFormat format : values()) {
            if (format.key.equals(lower) || format.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
