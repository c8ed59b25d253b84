package io.github.gongkai.reader.internal;

/**
 * Table 三's label columns as its own header lays them out, for a table whose converter wrote the label's merged
 * cells as empty ones: pandoc's Markdown of a Word table prints {@code | 一、本年新收… | | | 3 | 0 | …} under the
 * header row {@code | | | | 自然人 | 法人或其他组织 | …}. The cells before 自然人 in its header row are the label's
 * columns; of a row's cells after its label, those still among them are the label's, not values. Fed every token
 * of table 三, in page order, after the walk has taken it. Positions are counted in tokens from a token that starts
 * a row, and only up to the row's first value: before it every token is one cell (a cell makes several only
 * where numbers stand in its text), so that a position is a column. One per reading; not thread-safe.
 */
final class LabelColumns {

    /** The first applicant column's name, whose header cell ends the label columns. */
    static final String FIRST_COLUMN = "自然人";
    /** The last column's name. */
    static final String TOTAL_COLUMN = "总计";

    /** The position of the next token in its row, or -1: no row started yet, or a value came first in it. */
    private int next = -1;
    /** How many label columns the header of table 三 has, once its 自然人 was met after one or more; else -1. */
    private int header = -1;
    /** The position in its row of the last text, or -1 if it was not known. */
    private int lastText = -1;
    /** Whether the row being read is the header row of 自然人. */
    private boolean headerRow;
    /** The position of 总计 in that row, or -1. */
    private int total = -1;

    /**
     * Takes the next token of table 三.
     *
     * @param t the token
     */
    void token(Token t) {
        int at = t.rowStart ? 0 : next;
        headerRow &= !t.rowStart;
        if (t.kind == Token.Kind.VALUE) {
            next = -1;
            return;
        }
        next = at < 0 ? -1 : at + 1;
        if (t.kind == Token.Kind.TEXT) {
            lastText = at;
            if (header < 0 && at > 0 && t.key().equals(FIRST_COLUMN)) {
                header = at;
                headerRow = true;
            } else if (headerRow && at > 0 && total < 0 && t.key().equals(TOTAL_COLUMN)) {
                total = at;
            }
        }
    }

    /**
     * How many value columns the header lays out, from 自然人 to 总计 in the row that names both, when it has label
     * columns before them: 7, or 8 with a subtotal column; 0 if not known.
     *
     * @return the count, or 0
     */
    int valueColumns() {
        return header > 0 && total > header ? total - header + 1 : 0;
    }

    /**
     * How many of the cells right after the last text, a row's label, its table's header lays out as label
     * columns: 0 when the header had none before 自然人, or the label's column is not known.
     *
     * @return the count, 0 or more
     */
    int afterLabel() {
        return header > 0 && lastText >= 0 ? Math.max(0, header - 1 - lastText) : 0;
    }
}
