package io.github.gongkai.render;

import io.github.gongkai.core.Report;
import io.github.gongkai.render.internal.Pages;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportComparison;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a checked report as one self-contained HTML page, for a person to look at: no file, font or script is
 * fetched, and it prints as it shows.
 *
 * <p>The page holds, in order:
 * <ol>
 *   <li>the header: the organ, the year, the edition and the source ({@link PageSource});</li>
 *   <li>the {@linkplain Verdict verdict} and its counts: errors, warnings, rules that could not be checked and
 *       cells not read, each a number in an element with id {@code count-errors}, {@code count-warnings},
 *       {@code count-notAssessable} and {@code count-unread};</li>
 *   <li>a legend of the marks, which are line styles and glyphs as well as colours;</li>
 *   <li>the official tables as {@link TableRenderer} lays them out for {@link TableFormat#HTML}, each value cell
 *       with the id {@code cell-} followed by its canonical reference ({@code cell-T3/disclosed/naturalPerson})
 *       and marked by class: {@code failed} (a cell of a rule that does not hold), {@code culprit} (the cell
 *       that crossing rules name, with its suggested value and confidence), {@code blank-needed} (left blank
 *       where a rule needs a number) and {@code unread} (not read: {@code ?}). A cell whose position on the
 *       source page is known shows it on hover and focus ({@code title} and {@code data-source});</li>
 *   <li>the findings, each with its message in the page's language and links to its cells;</li>
 *   <li>the cells not read, with why;</li>
 *   <li>when the page is made with last year's report, the findings of the rules over years.</li>
 * </ol>
 *
 * <p>Every text that comes from the report or its source (organ names, file names, positions) is escaped: it
 * shows as text and never becomes markup or script. The same input always gives the same characters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CheckedReportPage {

    private static final CheckedReportPage CHINESE = new CheckedReportPage(Locale.SIMPLIFIED_CHINESE);
    private static final CheckedReportPage ENGLISH = new CheckedReportPage(Locale.ENGLISH);

    private final Locale locale;

    private CheckedReportPage(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the page writer of a language: Chinese for a {@code zh} locale, English for any other.
     *
     * @param locale the language of the page's texts and findings
     * @return the writer, never null
     */
    public static CheckedReportPage of(Locale locale) {
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
     * Writes the page of a checked report to a string.
     *
     * @param report the report
     * @param result the result of validating it
     * @param source where it came from
     * @return the page, never null
     */
    public String render(Report report, ValidationResult result, PageSource source) {
        StringBuilder out = new StringBuilder(65_536);
        try {
            render(report, result, source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes the page of a checked report to an appendable, such as a {@code Writer}. Nothing is flushed or
     * closed.
     *
     * @param report the report
     * @param result the result of validating it
     * @param source where it came from
     * @param out where to write
     * @throws IOException if the appendable throws; part of the page may have been written
     */
    public void render(Report report, ValidationResult result, PageSource source, Appendable out)
            throws IOException {
        Pages.checked(Objects.requireNonNull(report, "report"), Objects.requireNonNull(result, "result"),
                Objects.requireNonNull(source, "source"), locale, Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the page of a checked report compared with the same organ's report of an earlier year: after the
     * findings, a section "compared with last year" names last year's report, says what the pair does not allow
     * ({@link ReportComparison#limits()}) and lists the findings of the rules over years, in the same form as
     * the findings above; a cell of last year's report is shown as text marked "last year", not linked (the
     * tables are this year's). The verdict and its counts stay this report's own.
     *
     * @param report the report, the later of the two
     * @param result the result of validating it
     * @param source where it came from
     * @param lastYear the comparison of last year's report with {@code report}
     *     ({@code ReportComparison.of(previous, report)})
     * @param yearFindings the findings of the rules over several reports from validating
     *     {@code ReportSet.of(List.of(previous, report))}: position 0 last year's, 1 this report
     * @return the page, never null
     * @throws IllegalArgumentException if the comparison's later report is not this report (organ and year)
     */
    public String render(Report report, ValidationResult result, PageSource source, ReportComparison lastYear,
            List<Finding> yearFindings) {
        StringBuilder out = new StringBuilder(65_536);
        try {
            render(report, result, source, lastYear, yearFindings, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes the page of a checked report compared with last year's to an appendable, as
     * {@link #render(Report, ValidationResult, PageSource, ReportComparison, List)}.
     *
     * @param report the report, the later of the two
     * @param result the result of validating it
     * @param source where it came from
     * @param lastYear the comparison of last year's report with {@code report}
     * @param yearFindings the findings of the rules over several reports, last year's report at position 0
     * @param out where to write
     * @throws IOException if the appendable throws; part of the page may have been written
     * @throws IllegalArgumentException if the comparison's later report is not this report (organ and year)
     */
    public void render(Report report, ValidationResult result, PageSource source, ReportComparison lastYear,
            List<Finding> yearFindings, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(lastYear, "lastYear");
        if (!lastYear.current().organName().equals(report.header().organName())
                || lastYear.current().reportYear() != report.header().reportYear()) {
            throw new IllegalArgumentException("the comparison is of " + lastYear.current().organName() + " "
                    + lastYear.current().reportYear() + ", not of this report");
        }
        Pages.checked(report, Objects.requireNonNull(result, "result"), Objects.requireNonNull(source, "source"),
                locale, Optional.of(new Pages.LastYear(lastYear, List.copyOf(yearFindings))),
                Objects.requireNonNull(out, "out"));
    }

    @Override
    public String toString() {
        return "CheckedReportPage[" + locale.toLanguageTag() + "]";
    }
}
