package io.github.gongkai.render;

import io.github.gongkai.render.internal.Pages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the index of a batch of checked reports as one self-contained HTML page, sortable and filterable
 * without a server (its script is inline and fetches nothing).
 *
 * <p>The page holds, in order:
 * <ol>
 *   <li>the number of inputs of each {@linkplain Verdict verdict} (table {@code #verdict-counts});</li>
 *   <li>one row per input (table {@code #reports}): file (a link to its {@link CheckedReportPage} when there is
 *       one), organ, year, edition, verdict, errors, warnings, not assessable, cells not read. A click on a
 *       column heading sorts by it (again: the other way); a text field ({@code #filter}) keeps the rows that
 *       contain its text and a list ({@code #verdict-filter}) those of one verdict;</li>
 *   <li>the inputs that could not be read, with why;</li>
 *   <li>duplicates: the same organ and year more than once, and identical tables under different names
 *       (the same {@link IndexEntry#tablesDigest()});</li>
 *   <li>a coverage grid of organs × years, from the earliest to the latest year read, a year without a report
 *       marked missing.</li>
 * </ol>
 *
 * <p>Every text that comes from an input (file names, organ names, reasons) is escaped: it shows as text and never
 * becomes markup or script. The same entries always give the same characters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportIndexPage {

    private static final ReportIndexPage CHINESE = new ReportIndexPage(Locale.SIMPLIFIED_CHINESE);
    private static final ReportIndexPage ENGLISH = new ReportIndexPage(Locale.ENGLISH);

    private final Locale locale;

    private ReportIndexPage(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the index writer of a language: Chinese for a {@code zh} locale, English for any other.
     *
     * @param locale the language of the page
     * @return the writer, never null
     */
    public static ReportIndexPage of(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * Returns the language of the pages: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Writes the index to a string.
     *
     * @param entries the inputs, in the order the rows first show
     * @return the page, never null
     */
    public String render(List<IndexEntry> entries) {
        StringBuilder out = new StringBuilder(4096 + 512 * entries.size());
        try {
            render(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes the index to an appendable, such as a {@code Writer}. Nothing is flushed or closed.
     *
     * @param entries the inputs, in the order the rows first show
     * @param out where to write
     * @throws IOException if the appendable throws; part of the page may have been written
     */
    public void render(List<IndexEntry> entries, Appendable out) throws IOException {
        Pages.index(List.copyOf(entries), locale, Objects.requireNonNull(out, "out"));
    }

    @Override
    public String toString() {
        return "ReportIndexPage[" + locale.toLanguageTag() + "]";
    }
}
