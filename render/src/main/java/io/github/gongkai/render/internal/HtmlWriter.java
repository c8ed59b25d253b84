package io.github.gongkai.render.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import java.io.IOException;
import java.util.List;

/**
 * Writes a report's tables as a standalone HTML5 document laid out as the official format prints them: one
 * {@code <table>} per section with its heading as {@code <caption>}; table 二's items of article 20 each a
 * {@code <tbody>} under its own heading row; table 三's 申请人情况 / 法人或其他组织 header and its group labels
 * spanning their rows; table 四's 行政复议 / 行政诉讼（未经复议直接起诉 / 复议后起诉） header over one row of
 * fifteen cells. Headers are {@code <th scope="col|colgroup">}, row labels {@code <th scope="row|rowgroup">}.
 */
final class HtmlWriter {

    /** The tables' style, also used by the checked-report page. */
    static final String STYLE = "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;"
            + "margin:2em}h1{font-size:1.4em;text-align:center}"
            + "table{border-collapse:collapse;margin:.8em 0;font-size:.95em}"
            + "h2{font-size:1.1em;margin:1.5em 0 0}"
            // The caption names the table for assistive technology; the heading above shows it.
            + "caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
            + "th,td{border:1px solid #000;padding:.3em .5em}th{font-weight:normal;text-align:center}"
            + "th[scope=col],th[scope=colgroup],th[scope=rowgroup]{white-space:nowrap}"
            + "th.note{white-space:normal;min-width:16em}"
            + "th[scope=row]{text-align:left}td{text-align:center;min-width:2.5em}"
            + "td[data-unread]{background:#fde2e2;text-align:center}";

    private final Report report;
    private final Edition edition;
    private final ReportFormat format;
    private final CellMarkup markup;
    private final Appendable out;

    private HtmlWriter(Report report, CellMarkup markup, Appendable out) {
        this.report = report;
        this.edition = report.edition();
        this.format = ReportFormat.of(edition);
        this.markup = markup;
        this.out = out;
    }

    /** Writes the standalone document of the report's tables. */
    static void write(Report report, Appendable out) throws IOException {
        new HtmlWriter(report, CellMarkup.PLAIN, out).document();
    }

    /**
     * Writes the tables alone, one {@code <section>} each with its {@code <h2>} heading, for a page that holds
     * more than the tables; each value cell's attributes and content come from the markup.
     */
    static void tables(Report report, CellMarkup markup, Appendable out) throws IOException {
        new HtmlWriter(report, markup, out).sections();
    }

    private void document() throws IOException {
        String title = Writers.title(report);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        text(title);
        out.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>");
        text(title);
        out.append("</h1>\n");
        sections();
        out.append("</body>\n</html>\n");
    }

    private void sections() throws IOException {
        for (ReportTable table : format.tables()) {
            out.append("<section>\n<h2>");
            text(table.label());
            out.append("</h2>\n<table class=\"").append(table.key()).append("\">\n<caption>");
            text(table.label());
            out.append("</caption>\n");
            switch (table) {
                case T2 -> activeDisclosure();
                case T3 -> applications();
                case T4 -> reviewLitigation();
                case S6 -> fees();
            }
            out.append("</table>\n</section>\n");
        }
    }

    private void activeDisclosure() throws IOException {
        int width = 0;
        for (TableRow row : format.rows(ReportTable.T2)) {
            width = Math.max(width, row.columns(edition).size());
        }
        String block = null;
        for (TableRow tableRow : format.rows(ReportTable.T2)) {
            ActiveDisclosureRow row = (ActiveDisclosureRow) tableRow;
            List<? extends TableColumn> columns = row.columns(edition);
            if (!row.block().equals(block)) {
                out.append(block == null ? "<tbody>\n" : "</tbody>\n<tbody>\n");
                block = row.block();
                out.append("<tr>");
                th(block, "colgroup", 1, width + 1);
                out.append("</tr>\n<tr>");
                th(ActiveDisclosureRow.CONTENT_LABEL, "col", 1, 1);
                for (int i = 0; i < columns.size(); i++) {
                    th(columns.get(i).label(edition), "col", 1, i == columns.size() - 1 ? width - i : 1);
                }
                out.append("</tr>\n");
            }
            out.append("<tr>");
            th(row.label(edition), "row", 1, 1);
            for (int i = 0; i < columns.size(); i++) {
                td(row, columns.get(i), i == columns.size() - 1 ? width - i : 1);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
    }

    private void applications() throws IOException {
        List<TableColumn> columns = format.columns(ReportTable.T3);
        int organisations = 0;
        for (TableColumn column : columns) {
            organisations += ((ApplicantColumn) column).isOrganization() ? 1 : 0;
        }
        out.append("<thead>\n<tr>");
        out.append("<th class=\"note\" scope=\"col\" rowspan=\"3\" colspan=\"3\">");
        text(ApplicationRow.BALANCE_NOTE);
        out.append("</th>");
        th(ApplicantColumn.APPLICANTS_LABEL, "colgroup", 1, columns.size());
        out.append("</tr>\n<tr>");
        boolean grouped = false;
        for (TableColumn column : columns) {
            if (!((ApplicantColumn) column).isOrganization()) {
                th(column.label(edition), "col", 2, 1);
            } else if (!grouped) {
                th(ApplicantColumn.ORGANIZATIONS_LABEL, "colgroup", 1, organisations);
                grouped = true;
            }
        }
        out.append("</tr>\n<tr>");
        for (TableColumn column : columns) {
            if (((ApplicantColumn) column).isOrganization()) {
                th(column.label(edition), "col", 1, 1);
            }
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        List<TableRow> rows = format.rows(ReportTable.T3);
        for (int i = 0; i < rows.size(); i++) {
            applicationRow(rows, i);
        }
        out.append("</tbody>\n");
    }

    /** One row of table 三, opening the headings that span it and the rows after it where it is their first. */
    private void applicationRow(List<TableRow> rows, int index) throws IOException {
        ApplicationRow row = (ApplicationRow) rows.get(index);
        ApplicationRow previous = index == 0 ? null : (ApplicationRow) rows.get(index - 1);
        out.append("<tr>");
        if (!SpannedLayouts.isResult(row)) {
            th(row.label(edition), "row", 1, 3);
        } else {
            if (previous == null || !SpannedLayouts.isResult(previous)) {
                th(ApplicationRow.RESULTS_LABEL, "rowgroup", SpannedLayouts.countFrom(rows, index, true, null), 1);
            }
            if (row.group().isEmpty()) {
                th(row.label(edition), "row", 1, 2);
            } else {
                if (previous == null || previous.group().orElse(null) != row.group().get()) {
                    th(row.group().get().label(), "rowgroup", SpannedLayouts.countFrom(rows, index, false, row), 1);
                }
                th(row.label(edition), "row", 1, 1);
            }
        }
        for (TableColumn column : row.columns(edition)) {
            td(row, column, 1);
        }
        out.append("</tr>\n");
    }

    private void reviewLitigation() throws IOException {
        List<TableRow> rows = format.rows(ReportTable.T4);
        out.append("<thead>\n<tr>");
        for (int i = 0; i < rows.size(); i++) {
            ReviewLitigationRow row = (ReviewLitigationRow) rows.get(i);
            int width = row.columns(edition).size();
            if (row.parentLabel().isEmpty()) {
                th(row.label(), "colgroup", 1, width);
            } else if (i == 0 || !row.parentLabel().equals(((ReviewLitigationRow) rows.get(i - 1)).parentLabel())) {
                int span = 0;
                for (int j = i; j < rows.size() && ((ReviewLitigationRow) rows.get(j)).parentLabel()
                        .equals(row.parentLabel()); j++) {
                    span += rows.get(j).columns(edition).size();
                }
                th(row.parentLabel().get(), "colgroup", 1, span);
            }
        }
        out.append("</tr>\n<tr>");
        for (TableRow tableRow : rows) {
            ReviewLitigationRow row = (ReviewLitigationRow) tableRow;
            if (row.parentLabel().isEmpty()) {
                for (TableColumn column : row.columns(edition)) {
                    th(column.label(edition), "col", 2, 1);
                }
            } else {
                th(row.label(), "colgroup", 1, row.columns(edition).size());
            }
        }
        out.append("</tr>\n<tr>");
        for (TableRow row : rows) {
            if (((ReviewLitigationRow) row).parentLabel().isPresent()) {
                for (TableColumn column : row.columns(edition)) {
                    th(column.label(edition), "col", 1, 1);
                }
            }
        }
        out.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (TableRow row : rows) {
            for (TableColumn column : row.columns(edition)) {
                td(row, column, 1);
            }
        }
        out.append("</tr>\n</tbody>\n");
    }

    private void fees() throws IOException {
        out.append("<thead>\n<tr><td></td>");
        for (TableColumn column : format.columns(ReportTable.S6)) {
            th(column.label(edition), "col", 1, 1);
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (TableRow row : format.rows(ReportTable.S6)) {
            out.append("<tr>");
            th(row.label(edition), "row", 1, 1);
            for (TableColumn column : row.columns(edition)) {
                td(row, column, 1);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
    }

    private void th(String label, String scope, int rowspan, int colspan) throws IOException {
        out.append("<th scope=\"").append(scope).append('"');
        spans(rowspan, colspan);
        out.append('>');
        text(label);
        out.append("</th>");
    }

    private void td(TableRow row, TableColumn column, int colspan) throws IOException {
        CellRef cell = new CellRef(row, column);
        CellValue value = report.get(cell);
        out.append("<td");
        if (value instanceof CellValue.Unread unread) {
            out.append(" data-unread=\"").append(unread.reason().key()).append('"');
        }
        markup.attributes(cell, value, out);
        spans(1, colspan);
        out.append('>');
        markup.content(cell, value, CellText.of(value, column, edition), out);
        out.append("</td>");
    }

    private void spans(int rowspan, int colspan) throws IOException {
        if (rowspan > 1) {
            out.append(" rowspan=\"").append(Integer.toString(rowspan)).append('"');
        }
        if (colspan > 1) {
            out.append(" colspan=\"").append(Integer.toString(colspan)).append('"');
        }
    }

    private void text(String text) throws IOException {
        Escapes.html(text, out);
    }
}
