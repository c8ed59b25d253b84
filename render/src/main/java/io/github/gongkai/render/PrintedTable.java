package io.github.gongkai.render;

import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.render.internal.SpannedLayouts;
import java.util.List;
import java.util.Objects;

/**
 * One official table laid out as it is printed, for writers of formats with merged cells (a Word table, a
 * spreadsheet): rows of cells, each cell spanning rows and grid columns, the cells a span above covers left out of
 * the rows below (as in an HTML table). The layout is the HTML renderer's: table 二's items of article 20 each
 * under a heading row spanning the table and a header row; table 三's balance note in the corner (three rows by
 * three columns), 申请人情况 over the seven columns, 法人或其他组织 over its five, 三、本年度办理结果 and each group label
 * spanning their rows; table 四's 行政复议 / 行政诉讼 header over one row of fifteen cells; section 六's fee figures.
 * Labels are core's; a value is printed as {@link TableRenderer} prints it ({@code ?} for an unread cell).
 *
 * @param table the table
 * @param columns the number of grid columns
 * @param headerRows how many rows from the top are the table's header (repeated on each page)
 * @param rows the rows, top to bottom
 */
public record PrintedTable(ReportTable table, int columns, int headerRows, List<List<Cell>> rows) {

    /**
     * Checks and copies the rows.
     *
     * @throws NullPointerException if a component, a row or a cell is null
     * @throws IllegalArgumentException if there is no grid column, or more header rows than rows (or fewer than 0)
     */
    public PrintedTable {
        Objects.requireNonNull(table, "table");
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        if (columns < 1 || headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("a printed table needs a grid column and at most as many header rows"
                    + " as rows, was " + columns + " columns, " + headerRows + " header rows of " + rows.size());
        }
    }

    /**
     * Lays out the official tables of a report's edition, in printed order (二, 三, 四, and 六 in the 2021 edition).
     *
     * @param report the report
     * @return the tables, never null
     */
    public static List<PrintedTable> of(Report report) {
        return SpannedLayouts.of(Objects.requireNonNull(report, "report"));
    }

    /** What a cell holds. */
    public enum Kind {
        /** A column heading, a group heading or the balance note: centred. */
        HEADING,
        /** A row label: left-aligned. */
        ROW_LABEL,
        /** A cell of the report: its printed value, centred. */
        VALUE,
        /** A cell of the report that was not read: {@code ?}, centred and shaded. */
        UNREAD
    }

    /**
     * A cell.
     *
     * @param text the printed text, empty for none
     * @param kind what it holds
     * @param rowSpan the rows it spans, at least 1
     * @param colSpan the grid columns it spans, at least 1
     */
    public record Cell(String text, Kind kind, int rowSpan, int colSpan) {
        /**
         * Checks the cell.
         *
         * @throws NullPointerException if the text or the kind is null
         * @throws IllegalArgumentException if a span is below 1
         */
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
            if (rowSpan < 1 || colSpan < 1) {
                throw new IllegalArgumentException("span " + rowSpan + "x" + colSpan);
            }
        }
    }
}
