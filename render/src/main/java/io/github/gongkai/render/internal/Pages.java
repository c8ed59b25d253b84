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
        CheckedPageWriter.write(report, result, source, locale, out);
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
