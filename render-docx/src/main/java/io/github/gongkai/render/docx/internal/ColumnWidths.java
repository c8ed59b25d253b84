package io.github.gongkai.render.docx.internal;

import io.github.gongkai.render.PrintedTable;

/**
 * The widths of a table's grid columns, in twentieths of a point, summing to the width of the text: the row
 * labels wide, the values shared equally. Table 三's three label columns are 三、本年度办理结果 (narrow: it is
 * printed three characters a line), the group labels and the row labels; table 四's fifteen columns are equal.
 */
final class ColumnWidths {

    /** Table 三: the results label, the group labels and the row labels. */
    private static final int RESULTS = 760;
    private static final int GROUPS = 1_000;
    private static final int APPLICATION_LABELS = 2_740;

    private ColumnWidths() {
    }

    static int[] of(PrintedTable table) {
        int total = DocxWriter.TEXT_WIDTH;
        int n = table.columns();
        return switch (table.table()) {
            case T2 -> labelled(total, n, total * 34 / 100);
            case S6 -> labelled(total, n, total / 4);
            case T4 -> shared(new int[n], 0, total);
            case T3 -> {
                int[] widths = new int[n];
                widths[0] = RESULTS;
                widths[1] = GROUPS;
                widths[2] = APPLICATION_LABELS;
                yield shared(widths, 3, total - RESULTS - GROUPS - APPLICATION_LABELS);
            }
        };
    }

    /** A first column for the row labels, the others sharing what is left. */
    private static int[] labelled(int total, int n, int label) {
        int[] widths = new int[n];
        widths[0] = label;
        return shared(widths, 1, total - label);
    }

    /** Shares a width equally among the columns from {@code from} on; the first ones take the remainder. */
    private static int[] shared(int[] widths, int from, int width) {
        int n = widths.length - from;
        for (int i = 0; i < n; i++) {
            widths[from + i] = width / n + (i < width % n ? 1 : 0);
        }
        return widths;
    }
}
