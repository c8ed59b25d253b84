package io.github.gongkai.render.internal;

import io.github.gongkai.core.Report;
import io.github.gongkai.render.IndexEntry;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The page writers, for {@code CheckedReportPage} and {@code ReportIndexPage}. Not API. */
public final class Pages {

    private Pages() {
    }

    /**
     * Writes a checked report's page.
     *
     * @param report the report
     * @param result its validation result
     * @param source where it came from
     * @param locale the page's language
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void checked(Report report, ValidationResult result, PageSource source, Locale locale,
            Appendable out) throws IOException {
        CheckedPageWriter.write(report, result, source, locale, java.util.Optional.empty(), out);
    }

    /**
     * Last year's report compared with this one, and the findings of the rules over years.
     *
     * @param comparison last year's report against this one
     * @param findings the findings of the rules over several reports; position 0 is last year's report
     */
    public record LastYear(io.github.gongkai.validation.ReportComparison comparison,
            List<io.github.gongkai.validation.Finding> findings) {
    }

    /**
     * Writes a checked report's page, with a section comparing it with last year's report if one is given.
     *
     * @param report the report
     * @param result its validation result
     * @param source where it came from
     * @param locale the page's language
     * @param lastYear the comparison with last year's report, if any
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void checked(Report report, ValidationResult result, PageSource source, Locale locale,
            java.util.Optional<LastYear> lastYear, Appendable out) throws IOException {
        CheckedPageWriter.write(report, result, source, locale, lastYear, out);
    }

    /**
     * Writes the index of a batch.
     *
     * @param entries the reports, in the order given
     * @param locale the page's language
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void index(List<IndexEntry> entries, Locale locale, Appendable out) throws IOException {
        IndexPageWriter.write(entries, PageMessages.of(locale), out);
    }
}
