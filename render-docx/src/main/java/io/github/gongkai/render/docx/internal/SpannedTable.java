package io.github.gongkai.render.docx.internal;

import io.github.gongkai.core.ReportTable;
import java.util.List;

/**
 * One official table laid out as it is printed: rows of cells, each cell spanning rows and grid columns, the
 * cells a span above covers left out of the rows below (as in an HTML table).
 *
 * @param table the table
 * @param columns the number of grid columns
 * @param headerRows how many rows from the top are the table's header (repeated on each page)
 * @param rows the rows, top to bottom
 */
record SpannedTable(ReportTable table, int columns, int headerRows, List<List<Cell>> rows) {

    SpannedTable {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
    }

    /** What a cell holds. */
    enum Kind {
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
    record Cell(String text, Kind kind, int rowSpan, int colSpan) {
        Cell {
            if (rowSpan < 1 || colSpan < 1) {
                throw new IllegalArgumentException("span " + rowSpan + "x" + colSpan);
            }
        }
    }
}
