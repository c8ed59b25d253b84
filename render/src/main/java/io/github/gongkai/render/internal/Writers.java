package io.github.gongkai.render.internal;

import io.github.gongkai.core.Report;
import java.io.IOException;
import java.util.Objects;

/**
 * The writers of each format, for {@code TableRenderer}. Not API: this package is exported to
 * {@code io.github.gongkai.render.docx} alone.
 */
public final class Writers {

    /** The title of the report after the organ and the year. */
    static final String TITLE_SUFFIX = "年政府信息公开工作年度报告";

    private Writers() {
    }

    /**
     * Writes a report's tables as a standalone HTML document.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void html(Report report, Appendable out) throws IOException {
        HtmlWriter.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a report's tables as GitHub-flavoured Markdown.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void markdown(Report report, Appendable out) throws IOException {
        MarkdownWriter.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a report's tables as aligned text.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the appendable throws
     */
    public static void text(Report report, Appendable out) throws IOException {
        TextWriter.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Returns the report's title, {@code <organ><year>年政府信息公开工作年度报告}: the heading of every format.
     *
     * @param report the report
     * @return the title, never null
     */
    public static String title(Report report) {
        return report.header().organName() + report.header().reportYear() + TITLE_SUFFIX;
    }
}
