package io.github.gongkai.render.internal;

import java.util.List;

/**
 * One table as the flat formats print it: a one-line header and rows that each stand alone, every row with
 * its label (group labels in front) and as many values as the header has columns after the label's.
 *
 * @param title a line printed above the table, or null
 * @param header the label column's heading, then one heading per value column
 * @param group a heading printed above some of the header's columns (法人或其他组织), or null
 * @param rows the rows
 */
record FlatTable(String title, List<String> header, Group group, List<Row> rows) {

    FlatTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * A heading over consecutive columns of the header.
     *
     * @param label the heading
     * @param first the index in the header of its first column
     * @param count how many columns it spans
     */
    record Group(String label, int first, int count) {
        /** Tells whether it spans a column of the header. */
        boolean spans(int column) {
            return column >= first && column < first + count;
        }
    }

    /**
     * One row.
     *
     * @param label the row's label, its groups' labels in front
     * @param values the cells' texts, one per value column
     */
    record Row(String label, List<String> values) {
        Row {
            values = List.copyOf(values);
        }
    }

    /**
     * The tables of one section under its heading.
     *
     * @param heading the section's heading
     * @param tables its tables
     */
    record Section(String heading, List<FlatTable> tables) {
        Section {
            tables = List.copyOf(tables);
        }
    }
}
