package io.github.gongkai.core;

import io.github.gongkai.core.internal.MessageText;
import java.util.List;
import java.util.Objects;

/**
 * A reference to one cell of the report, written {@code TABLE/ROW/COLUMN}, such as
 * {@code T3/withheld.stateSecret/naturalPerson}, {@code T4/administrativeReview/pending} or
 * {@code S6/informationProcessingFees/amountCollected}.
 *
 * <p>This canonical string form is the public contract shared by the JSON, validation findings and the
 * page reader: {@link #parse(String)} reads it and {@link #toString()} writes it. A reference is valid if
 * its row has its column in at least one edition; {@link #existsIn(Edition)} tells whether a given
 * edition has the cell. References order as the cells are printed: by table, row, then column.
 *
 * <p>This is an immutable, thread-safe value.
 *
 * @param row the row, which also fixes the table
 * @param column the column, of the same table
 */
public record CellRef(TableRow row, TableColumn column) implements Comparable<CellRef> {

    private static final Edition[] EDITIONS = Edition.values();

    /**
     * Checks that the row and column belong to the same table and meet in some edition.
     *
     * @throws IllegalArgumentException if they do not
     */
    public CellRef {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (row.table() != column.table()) {
            throw new IllegalArgumentException("row " + row.table().key() + "/" + row.key() + " and column "
                    + column.table().key() + "/*/" + column.key() + " belong to different tables");
        }
        if (!meetInSomeEdition(row, column)) {
            throw new IllegalArgumentException("row " + row.table().key() + "/" + row.key() + " has no column '"
                    + column.key() + "' in any edition");
        }
    }

    /** A plain loop, not a stream: a reader makes references as it places cells, and this runs for each. */
    private static boolean meetInSomeEdition(TableRow row, TableColumn column) {
        for (Edition e : EDITIONS) {
            if (row.columns(e).contains(column)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Obtains a reference to the cell where a row and a column meet.
     *
     * @param row the row
     * @param column the column of the same table
     * @return the reference, never null
     * @throws IllegalArgumentException if the row has that column in no edition
     */
    public static CellRef of(TableRow row, TableColumn column) {
        return new CellRef(row, column);
    }

    /**
     * Parses the canonical form {@code TABLE/ROW/COLUMN}.
     *
     * @param text the reference, such as {@code "T3/withheld.stateSecret/naturalPerson"}
     * @return the reference, never null
     * @throws IllegalArgumentException if the text is not a reference to a cell of some edition; the
     *     message names the part that is wrong
     */
    public static CellRef parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        String[] parts = s.split("/", -1);
        // The text may come from anywhere (a command line, a document): the messages quote it printable.
        String shown = MessageText.printable(s);
        if (parts.length != 3) {
            throw new IllegalArgumentException("cell reference '" + shown + "' must have the form TABLE/ROW/COLUMN");
        }
        ReportTable table = ReportTable.fromKey(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "cell reference '" + shown + "': unknown table '" + MessageText.printable(parts[0])
                        + "', expected T2, T3, T4 or S6"));
        TableRow row = table.row(parts[1]).orElseThrow(() -> new IllegalArgumentException(
                "cell reference '" + shown + "': table " + table.key() + " has no row '" + MessageText.printable(parts[1])
                        + "'"));
        TableColumn column = table.column(parts[2]).orElseThrow(() -> new IllegalArgumentException(
                "cell reference '" + shown + "': table " + table.key() + " has no column '"
                        + MessageText.printable(parts[2]) + "'"));
        try {
            return new CellRef(row, column);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cell reference '" + shown + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns every cell of the given edition in canonical order: tables 二, 三, 四 and 六, each row by row.
     * The 2021 edition has 10 + 175 + 15 + 3 = 203 cells; the 2019 edition 22 + 161 + 15 = 198.
     *
     * @param edition the edition
     * @return an unmodifiable list, never null
     */
    public static List<CellRef> all(Edition edition) {
        return ReportFormat.of(edition).cells();
    }

    /**
     * Returns the table of the cell.
     *
     * @return the table, never null
     */
    public ReportTable table() {
        return tableOf(row);
    }

    /**
     * The table of a row, by type tests on the four row enums: cheaper on hot paths than the interface call
     * {@link TableRow#table()}, which sees all four implementations.
     */
    static ReportTable tableOf(TableRow row) {
        if (row instanceof ApplicationRow) {
            return ReportTable.T3;
        }
        if (row instanceof ActiveDisclosureRow) {
            return ReportTable.T2;
        }
        if (row instanceof ReviewLitigationRow) {
            return ReportTable.T4;
        }
        return ReportTable.S6;
    }

    /**
     * Tells whether the given edition's report has this cell.
     *
     * @param edition the edition
     * @return true if the row exists in that edition and has this column there
     */
    public boolean existsIn(Edition edition) {
        return row.columns(edition).contains(column);
    }

    /**
     * Returns the cell's Chinese labels, {@code row / column}, such as
     * {@code "（三）不予公开 1.属于国家秘密 / 自然人"}, in the given edition if the cell exists there and in the
     * other edition if not.
     *
     * @param edition the preferred edition
     * @return the label, never null
     */
    public String label(Edition edition) {
        Edition e = Keys.preferring(edition, this::existsIn);
        return row.qualifiedLabel(e) + " / " + column.label(e);
    }

    /**
     * Returns the reference and its labels, such as
     * {@code T3/withheld.stateSecret/naturalPerson（（三）不予公开 1.属于国家秘密 / 自然人）}, the form used in error
     * messages.
     *
     * @param edition the preferred edition for the labels
     * @return the description, never null
     */
    public String describe(Edition edition) {
        return this + "（" + label(edition) + "）";
    }

    @Override
    public int compareTo(CellRef other) {
        int c = Integer.compare(tableOf(row).ordinal(), tableOf(other.row).ordinal());
        if (c == 0) {
            c = Integer.compare(((Enum<?>) row).ordinal(), ((Enum<?>) other.row).ordinal());
        }
        return c != 0 ? c : Integer.compare(((Enum<?>) column).ordinal(), ((Enum<?>) other.column).ordinal());
    }

    /**
     * Returns the canonical form {@code TABLE/ROW/COLUMN}.
     *
     * @return the reference as text, never null
     */
    @Override
    public String toString() {
        return row.table().key() + "/" + row.key() + "/" + column.key();
    }

}
