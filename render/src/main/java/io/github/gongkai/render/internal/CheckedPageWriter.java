package io.github.gongkai.render.internal;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.render.Verdict;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes one checked report as a self-contained HTML page: the header, the verdict with its counts, the legend,
 * the tables with their cells marked ({@link CellMarks}), the findings ({@link FindingList}) and the cells not
 * read. Every text taken from the report or its source is escaped.
 */
final class CheckedPageWriter {

    private final Report report;
    private final ValidationResult result;
    private final PageSource source;
    private final PageMessages texts;
    private final Appendable out;
    private final java.util.Optional<Pages.LastYear> lastYear;

    private CheckedPageWriter(Report report, ValidationResult result, PageSource source, PageMessages texts,
            java.util.Optional<Pages.LastYear> lastYear, Appendable out) {
        this.lastYear = lastYear;
        this.report = report;
        this.result = result;
        this.source = source;
        this.texts = texts;
        this.out = out;
    }

    static void write(Report report, ValidationResult result, PageSource source, Locale locale,
            java.util.Optional<Pages.LastYear> lastYear, Appendable out) throws IOException {
        new CheckedPageWriter(report, result, source, PageMessages.of(locale), lastYear, out).page();
    }

    private void page() throws IOException {
        String title = Writers.title(report);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(texts.get("lang")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(title + " — " + texts.get("page.title"));
        out.append("</title>\n<style>").append(PageStyle.CHECKED).append("</style>\n</head>\n<body>\n");
        header(title);
        verdict();
        legend();
        out.append("<main id=\"tables\" aria-label=\"");
        text(texts.get("tables.title"));
        out.append("\">\n");
        HtmlWriter.tables(report, new CellMarks(result, source, report.edition(), texts), out);
        out.append("</main>\n");
        FindingList.write(report.edition(), result, texts, out);
        unread();
        if (lastYear.isPresent()) {
            lastYear();
        }
        out.append("</body>\n</html>\n");
    }

    /**
     * The section "compared with last year": last year's report, what the pair does not allow, and the findings of
     * the rules over years, listed as the findings above.
     */
    private void lastYear() throws IOException {
        var comparison = lastYear.get().comparison();
        ReportHeader previous = comparison.previous();
        out.append("<section id=\"last-year\">\n<h2>");
        text(texts.get("years.title"));
        out.append("</h2>\n<dl>\n");
        item("years.previous", previous.organName() + " " + previous.reportYear() + " · "
                + texts.get("edition." + previous.edition().key()));
        out.append("</dl>\n");
        if (!comparison.limits().isEmpty()) {
            out.append("<ul class=\"limits\">\n");
            for (var limit : comparison.limits()) {
                out.append("<li>");
                text(texts.get("years.limit." + limit.name()));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        FindingList.yearFindings(report.edition(), lastYear.get().findings(), texts, out);
        out.append("</section>\n");
    }

    private void header(String title) throws IOException {
        ReportHeader header = report.header();
        out.append("<header>\n<h1>");
        text(title);
        out.append("</h1>\n<dl>\n");
        item("header.organ", header.organName());
        item("header.year", Integer.toString(header.reportYear()));
        item("header.edition", texts.get("edition." + report.edition().key()));
        item("header.source", source.name());
        if (source.reading().isPresent()) {
            item("header.reading", source.reading().get());
        }
        out.append("</dl>\n</header>\n");
    }

    private void item(String key, String value) throws IOException {
        out.append("<dt>");
        text(texts.get(key));
        out.append("</dt><dd>");
        text(value);
        out.append("</dd>\n");
    }

    private void verdict() throws IOException {
        Verdict verdict = Verdict.of(report, result);
        Tally tally = Tally.of(report, result);
        out.append("<section id=\"verdict\">\n<h2>");
        text(texts.get("verdict.title"));
        out.append("</h2>\n<p class=\"verdict ").append(verdict.key()).append("\" data-verdict=\"")
                .append(verdict.key()).append("\">").append(verdict == Verdict.NOT_VALID ? "✗ " : "✓ ");
        text(texts.get("verdict." + verdict.name()));
        out.append("</p>\n<ul class=\"counts\">\n");
        count("errors", tally.errors());
        count("warnings", tally.warnings());
        count("notAssessable", tally.notAssessable());
        count("unread", tally.unread());
        out.append("</ul>\n</section>\n");
    }

    private void count(String key, int value) throws IOException {
        out.append("<li><span class=\"count\" id=\"count-").append(key).append("\">").append(Integer.toString(value))
                .append("</span> ");
        text(texts.get("counts." + key));
        out.append("</li>\n");
    }

    private void legend() throws IOException {
        out.append("<section id=\"legend\">\n<h2>");
        text(texts.get("legend.title"));
        out.append("</h2>\n<ul class=\"legend\">\n");
        sample("failed", "12<span class=\"mark\" aria-hidden=\"true\">⚠</span>");
        sample("culprit", "12<span class=\"fix\">→ <b>15</b></span>");
        sample("blank-needed", "<span class=\"mark\" aria-hidden=\"true\">∅</span>");
        sample("unread", "?");
        out.append("<li class=\"legend-source\">");
        text(texts.get("legend.source"));
        out.append("</li>\n</ul>\n</section>\n");
    }

    private void sample(String mark, String markup) throws IOException {
        out.append("<li class=\"legend-").append(mark).append("\"><span class=\"sample ").append(mark)
                .append("\" aria-hidden=\"true\">").append(markup).append("</span>");
        text(texts.get("legend." + (mark.equals("blank-needed") ? "blank" : mark)));
        out.append("</li>\n");
    }

    private void unread() throws IOException {
        boolean any = false;
        for (Cell cell : report.cells()) {
            if (!(cell.value() instanceof CellValue.Unread unread)) {
                continue;
            }
            if (!any) {
                out.append("<section id=\"unread\">\n<h2>");
                text(texts.get("unread.title"));
                out.append("</h2>\n<ul>\n");
                any = true;
            }
            out.append("<li>");
            FindingList.cellLink(cell.ref(), report.edition(), out);
            out.append(": ");
            text(texts.get("unread." + unread.reason().key()));
            if (source.position(cell.ref()).isPresent()) {
                out.append(" (");
                text(texts.get("cell.printedAt") + " " + source.position(cell.ref()).get());
                out.append(')');
            }
            out.append("</li>\n");
        }
        if (any) {
            out.append("</ul>\n</section>\n");
        }
    }

    private void text(String text) throws IOException {
        Escapes.html(text, out);
    }
}
