package io.github.gongkai.render.internal;

import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.render.IndexEntry;
import io.github.gongkai.render.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The index's sections after its table: the inputs that could not be read, duplicates and the coverage grid of
 * organs × years.
 */
final class IndexSections {

    /** A wider span of years shows only the years read, so that one mistyped year cannot make a huge grid. */
    private static final int MAX_YEAR_SPAN = 40;

    private final List<IndexEntry> entries;
    private final PageMessages texts;
    private final Appendable out;

    IndexSections(List<IndexEntry> entries, PageMessages texts, Appendable out) {
        this.entries = entries;
        this.texts = texts;
        this.out = out;
    }

    void unreadable() throws IOException {
        heading("unreadable", "unreadable.title");
        List<IndexEntry> bad = entries.stream().filter(e -> e.verdict() == Verdict.UNREADABLE).toList();
        if (bad.isEmpty()) {
            paragraph("unreadable.none");
        } else {
            out.append("<ul>\n");
            for (IndexEntry entry : bad) {
                out.append("<li><code>");
                text(entry.source());
                out.append("</code>: ");
                text(entry.problem().orElseThrow());
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    void duplicates() throws IOException {
        Map<String, List<IndexEntry>> byOrganYear = new LinkedHashMap<>();
        Map<String, List<IndexEntry>> byTables = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            if (entry.header().isPresent()) {
                ReportHeader header = entry.header().get();
                byOrganYear.computeIfAbsent(header.organName() + "\u0000" + header.reportYear(),
                        k -> new ArrayList<>()).add(entry);
                byTables.computeIfAbsent(entry.tablesDigest().orElseThrow(), k -> new ArrayList<>()).add(entry);
            }
        }
        heading("duplicates", "duplicates.title");
        boolean sameOrganYear = group("same-organ-year", "duplicates.sameOrganYear", byOrganYear);
        boolean sameTables = group("same-tables", "duplicates.sameTables", byTables);
        if (!sameOrganYear && !sameTables) {
            paragraph("duplicates.none");
        }
        out.append("</section>\n");
    }

    /** Lists the groups of more than one entry, if any; tells whether there were. */
    private boolean group(String id, String titleKey, Map<String, List<IndexEntry>> groups) throws IOException {
        List<List<IndexEntry>> repeated = groups.values().stream().filter(g -> g.size() > 1).toList();
        if (repeated.isEmpty()) {
            return false;
        }
        out.append("<h3>");
        text(texts.get(titleKey));
        out.append("</h3>\n<ul id=\"").append(id).append("\">\n");
        for (List<IndexEntry> group : repeated) {
            out.append("<li>");
            for (int i = 0; i < group.size(); i++) {
                ReportHeader header = group.get(i).header().orElseThrow();
                out.append(i == 0 ? "" : "; ").append("<code>");
                text(group.get(i).source());
                out.append("</code> (");
                text(header.organName() + " " + header.reportYear());
                out.append(')');
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
        return true;
    }

    void coverage() throws IOException {
        Map<String, Map<Integer, List<IndexEntry>>> grid = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (IndexEntry entry : entries) {
            entry.header().ifPresent(header -> {
                grid.computeIfAbsent(header.organName(), k -> new TreeMap<>())
                        .computeIfAbsent(header.reportYear(), k -> new ArrayList<>()).add(entry);
                years.add(header.reportYear());
            });
        }
        heading("coverage", "coverage.title");
        if (grid.isEmpty()) {
            paragraph("coverage.none");
            out.append("</section>\n");
            return;
        }
        List<Integer> columns = new ArrayList<>();
        if (years.last() - years.first() < MAX_YEAR_SPAN) {
            for (int year = years.first(); year <= years.last(); year++) {
                columns.add(year);
            }
        } else {
            columns.addAll(years);
        }
        out.append("<table id=\"coverage-grid\">\n<thead>\n<tr><th scope=\"col\">");
        text(texts.get("column.organ"));
        out.append("</th>");
        for (int year : columns) {
            out.append("<th scope=\"col\">").append(Integer.toString(year)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Map.Entry<String, Map<Integer, List<IndexEntry>>> organ : grid.entrySet()) {
            out.append("<tr><th scope=\"row\">");
            text(organ.getKey());
            out.append("</th>");
            for (int year : columns) {
                coverageCell(organ.getValue().getOrDefault(year, List.of()));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void coverageCell(List<IndexEntry> reports) throws IOException {
        if (reports.isEmpty()) {
            out.append("<td class=\"missing\">");
            text(texts.get("coverage.missing"));
            out.append("</td>");
            return;
        }
        out.append("<td data-reports=\"").append(Integer.toString(reports.size())).append("\">");
        for (int i = 0; i < reports.size(); i++) {
            IndexEntry entry = reports.get(i);
            out.append(i == 0 ? "" : "<br>");
            String verdict = texts.get("verdict.short." + entry.verdict().name());
            if (entry.page().isPresent()) {
                out.append("<a href=\"");
                text(entry.page().get());
                out.append("\">");
                text(verdict);
                out.append("</a>");
            } else {
                text(verdict);
            }
        }
        out.append("</td>");
    }

    private void heading(String id, String key) throws IOException {
        out.append("<section id=\"").append(id).append("\">\n<h2>");
        text(texts.get(key));
        out.append("</h2>\n");
    }

    private void paragraph(String key) throws IOException {
        out.append("<p>");
        text(texts.get(key));
        out.append("</p>\n");
    }

    private void text(String text) throws IOException {
        Escapes.html(text, out);
    }
}
