package io.github.gongkai.render.internal;

import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.render.IndexEntry;
import io.github.gongkai.render.Verdict;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the index of a batch: the counts by verdict, the sortable and filterable table of inputs, then the
 * unreadable inputs, duplicates and coverage ({@link IndexSections}), and the inline script
 * ({@link IndexScript}). Every text from an input is escaped.
 */
final class IndexPageWriter {

    /** The columns of the table of inputs: message key suffix and whether it sorts as a number. */
    private static final String[][] COLUMNS = {{"source", "text"}, {"organ", "text"}, {"year", "number"},
        {"edition", "text"}, {"verdict", "text"}, {"errors", "number"}, {"warnings", "number"},
        {"notAssessable", "number"}, {"unread", "number"}};

    private final List<IndexEntry> entries;
    private final PageMessages texts;
    private final Appendable out;

    private IndexPageWriter(List<IndexEntry> entries, PageMessages texts, Appendable out) {
        this.entries = entries;
        this.texts = texts;
        this.out = out;
    }

    static void write(List<IndexEntry> entries, PageMessages texts, Appendable out) throws IOException {
        new IndexPageWriter(entries, texts, out).page();
    }

    private void page() throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(texts.get("lang")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(texts.get("index.title"));
        out.append("</title>\n<style>").append(PageStyle.INDEX).append("</style>\n</head>\n<body>\n<h1>");
        text(texts.get("index.title"));
        out.append("</h1>\n");
        verdictCounts();
        reports();
        IndexSections sections = new IndexSections(entries, texts, out);
        sections.unreadable();
        sections.duplicates();
        sections.coverage();
        out.append("<script>").append(IndexScript.SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private void verdictCounts() throws IOException {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        entries.forEach(entry -> counts.merge(entry.verdict(), 1, Integer::sum));
        out.append("<section>\n<h2>");
        text(texts.get("index.byVerdict"));
        out.append("</h2>\n<table id=\"verdict-counts\">\n<tbody>\n");
        for (Map.Entry<Verdict, Integer> count : counts.entrySet()) {
            out.append("<tr data-verdict=\"").append(count.getKey().key()).append("\"><th scope=\"row\">");
            text(texts.get("verdict.short." + count.getKey().name()));
            out.append("</th><td class=\"n\">").append(Integer.toString(count.getValue())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void reports() throws IOException {
        out.append("<section>\n<h2>");
        text(texts.get("index.reports"));
        out.append("</h2>\n<p>");
        text(texts.get("index.sortHint"));
        out.append("</p>\n<div class=\"filters\">\n<label>");
        text(texts.get("index.filter"));
        out.append(" <input id=\"filter\" type=\"search\"></label>\n<label>");
        text(texts.get("index.filterVerdict"));
        out.append(" <select id=\"verdict-filter\">\n<option value=\"\">");
        text(texts.get("index.all"));
        out.append("</option>\n");
        for (Verdict verdict : Verdict.values()) {
            out.append("<option value=\"").append(verdict.key()).append("\">");
            text(texts.get("verdict.short." + verdict.name()));
            out.append("</option>\n");
        }
        out.append("</select></label>\n<span>");
        text(texts.get("index.shown"));
        out.append(": <span id=\"shown\">").append(Integer.toString(entries.size())).append("</span> / ")
                .append(Integer.toString(entries.size())).append("</span>\n</div>\n");
        out.append("<table id=\"reports\">\n<thead>\n<tr>");
        for (String[] column : COLUMNS) {
            out.append("<th scope=\"col\" aria-sort=\"none\" data-type=\"").append(column[1])
                    .append("\"><button type=\"button\">");
            text(texts.get("column." + column[0]));
            out.append("</button></th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (IndexEntry entry : entries) {
            row(entry);
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(IndexEntry entry) throws IOException {
        out.append("<tr class=\"").append(entry.verdict().key()).append("\" data-verdict=\"")
                .append(entry.verdict().key()).append("\"><td>");
        link(entry);
        ReportHeader header = entry.header().orElse(null);
        out.append("</td><td>");
        text(header == null ? "" : header.organName());
        out.append("</td><td class=\"n\">").append(header == null ? "" : Integer.toString(header.reportYear()))
                .append("</td><td>").append(header == null ? "" : header.edition().key())
                .append("</td><td class=\"verdict\">");
        text(texts.get("verdict.short." + entry.verdict().name()));
        out.append("</td>");
        boolean read = header != null;
        number(read, entry.errors());
        number(read, entry.warnings());
        number(read, entry.notAssessable());
        number(read, entry.unread());
        out.append("</tr>\n");
    }

    /** The input's name, a link to its page when there is one. */
    void link(IndexEntry entry) throws IOException {
        if (entry.page().isPresent()) {
            out.append("<a href=\"");
            text(entry.page().get());
            out.append("\">");
            text(entry.source());
            out.append("</a>");
        } else {
            text(entry.source());
        }
    }

    private void number(boolean read, int value) throws IOException {
        out.append("<td class=\"n\">").append(read ? Integer.toString(value) : "").append("</td>");
    }

    private void text(String text) throws IOException {
        Escapes.html(text, out);
    }
}
