package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of a report in one edition: every cell of the edition's layout with its value as printed.
 *
 * <p>Instances are created by {@link Report.Builder}; every cell the edition has holds a value (a cell that
 * was never set is {@linkplain CellValue.Blank blank}), and no cell outside the edition's layout can be
 * set or read. This class is immutable and thread-safe.
 *
 * @param <R> the row type, such as {@link ApplicationRow}
 * @param <C> the column type, such as {@link ApplicantColumn}
 */
public final class CellTable<R extends Enum<R> & TableRow, C extends Enum<C> & TableColumn> {

    private final ReportTable table;
    private final Edition edition;
    private final List<R> rows;
    private final List<C> columns;
    private final int width;
    /** Indexed by {@code row.ordinal() * width + column.ordinal()}; null where the edition has no cell. */
    private final CellValue[] values;
    /**
     * The same cells as plain numbers: a count's value, {@link CoreAccess#UNREAD} for an unread cell,
     * {@link CoreAccess#NOT_A_COUNT} for any other cell.
     */
    private final long[] counts;

    /** The rows, columns and cell mask of each table in each edition, computed once. */
    private record Shape(List<TableRow> rows, List<TableColumn> columns, boolean[] exists) {
    }

    private static final Shape[][] SHAPES = shapes();

    private static Shape[][] shapes() {
        Shape[][] shapes = new Shape[ReportTable.values().length][Edition.values().length];
        for (ReportTable table : ReportTable.values()) {
            for (Edition edition : Edition.values()) {
                ReportFormat format = ReportFormat.of(edition);
                boolean[] exists = new boolean[CoreAccess.slots(table)];
                for (CellRef cell : format.cells(table)) {
                    exists[CoreAccess.slot(cell)] = true;
                }
                shapes[table.ordinal()][edition.ordinal()] = new Shape(format.rows(table), format.columns(table),
                        exists);
            }
        }
        return shapes;
    }

    /** Per table and edition: blank where the edition has a cell, else null; copied, never handed out. */
    private static final CellValue[][][] BLANKS = blanks();

    private static CellValue[][][] blanks() {
        CellValue[][][] blanks = new CellValue[ReportTable.values().length][Edition.values().length][];
        for (ReportTable table : ReportTable.values()) {
            for (Edition edition : Edition.values()) {
                boolean[] exists = SHAPES[table.ordinal()][edition.ordinal()].exists();
                CellValue[] values = new CellValue[exists.length];
                for (int i = 0; i < exists.length; i++) {
                    if (exists[i]) {
                        values[i] = CellValue.blank();
                    }
                }
                blanks[table.ordinal()][edition.ordinal()] = values;
            }
        }
        return blanks;
    }

    /** Returns a new value array for a table of an edition: blank where the edition has a cell, else null. */
    static CellValue[] blankValues(ReportTable table, Edition edition) {
        return BLANKS[table.ordinal()][edition.ordinal()].clone();
    }

    /**
     * Creates a table that takes the values array as it is: the caller must not change it afterwards.
     */
    CellTable(ReportTable table, Edition edition, R[] allRows, C[] allColumns, CellValue[] values) {
        this(table, edition, values, countsOf(table, edition, allRows, allColumns, values));
    }

    /**
     * Creates a table that takes both arrays as they are, trusted: {@code counts} must be what
     * {@link #countsOf} computes for {@code values}, which must match the edition's layout (see
     * {@link SlotTables}). The caller must not change either afterwards.
     */
    @SuppressWarnings("unchecked")
    CellTable(ReportTable table, Edition edition, CellValue[] values, long[] counts) {
        this.table = table;
        this.edition = edition;
        this.width = CoreAccess.width(table);
        this.values = values;
        Shape shape = SHAPES[table.ordinal()][edition.ordinal()];
        this.rows = (List<R>) (List<?>) shape.rows();
        this.columns = (List<C>) (List<?>) shape.columns();
        this.counts = counts;
    }

    /** Checks the values against the edition's layout and returns their counts by slot. */
    private static long[] countsOf(ReportTable table, Edition edition, Enum<?>[] allRows, Enum<?>[] allColumns,
            CellValue[] values) {
        boolean[] exists = exists(table, edition);
        if (values.length != exists.length) {
            throw new IllegalStateException("layout mismatch: " + values.length + " cells for table "
                    + table.key() + ", expected " + exists.length);
        }
        long[] counts = new long[exists.length];
        int width = allColumns.length;
        for (int i = 0; i < exists.length; i++) {
            CellValue value = values[i];
            counts[i] = countOf(value);
            if (exists[i] != (value != null)) {
                throw new IllegalStateException("layout mismatch at "
                        + CellRef.of((TableRow) allRows[i / width], (TableColumn) allColumns[i % width]));
            }
        }
        return counts;
    }

    /** A value's entry in the counts, {@link CoreAccess#copyCounts}; null (no cell) is not a count. */
    static long countOf(CellValue value) {
        return value instanceof CellValue.Count count ? count.value()
                : value instanceof CellValue.Unread ? CoreAccess.UNREAD : CoreAccess.NOT_A_COUNT;
    }

    /** Returns, by slot, whether an edition has the cell of a table; do not modify. */
    static boolean[] exists(ReportTable table, Edition edition) {
        return SHAPES[table.ordinal()][edition.ordinal()].exists();
    }

    /**
     * Returns which table this is.
     *
     * @return the table, never null
     */
    public ReportTable table() {
        return table;
    }

    /**
     * Returns the edition whose layout this table has.
     *
     * @return the edition, never null
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the rows of this table in printed order.
     *
     * @return an unmodifiable list, empty for the fee table of a 2019 report
     */
    public List<R> rows() {
        return rows;
    }

    /**
     * Returns every column any row of this table has, in printed order.
     *
     * @return an unmodifiable list, never null
     */
    public List<C> columns() {
        return columns;
    }

    /**
     * Returns the columns of one row, in printed order.
     *
     * @param row the row
     * @return an unmodifiable list, never null
     * @throws IllegalArgumentException if the row does not exist in this table's edition
     */
    @SuppressWarnings("unchecked")
    public List<C> columns(R row) {
        if (!row.existsIn(edition)) {
            throw Keys.notInEdition("row " + table.key() + "/" + row.key(), edition);
        }
        return (List<C>) row.columns(edition);
    }

    /**
     * Tells whether this table has the cell where a row and a column meet.
     *
     * @param row the row
     * @param column the column
     * @return true if the cell exists in this table's edition
     */
    public boolean contains(R row, C column) {
        return values[index(row, column)] != null;
    }

    /**
     * Returns the value of a cell as printed.
     *
     * @param row the row
     * @param column the column
     * @return the value, never null
     * @throws InvalidCellException if the cell does not exist in this table's edition
     */
    public CellValue get(R row, C column) {
        CellValue value = values[index(row, column)];
        if (value == null) {
            throw new InvalidCellException(CellRef.of(row, column), edition,
                    "no such cell in the " + edition.key() + " edition");
        }
        return value;
    }

    /**
     * Returns the value of a cell, reading a blank or not-applicable cell as zero. This is the explicit
     * "blank means zero" view that many published tables intend; use {@link #get} to tell them apart.
     *
     * @param row the row
     * @param column a column of counts or signed counts
     * @return the count, or 0 for a blank or not-applicable cell
     * @throws InvalidCellException if the cell does not exist in this edition, holds an amount or is
     *     {@linkplain CellValue.Unread unread}
     */
    public long countOrZero(R row, C column) {
        CellValue value = get(row, column);
        if (value instanceof CellValue.Count count) {
            return count.value();
        }
        if (value instanceof CellValue.SignedCount signed) {
            return signed.value();
        }
        if (value instanceof CellValue.Amount) {
            throw new InvalidCellException(CellRef.of(row, column), edition, "holds an amount, not a count");
        }
        if (value instanceof CellValue.Unread) {
            throw new InvalidCellException(CellRef.of(row, column), edition,
                    "was not read from the page (" + value + "); an unread cell is not zero");
        }
        return 0;
    }

    /** Copies the counts by slot; see {@link CoreAccess#copyCounts}. */
    int copyCountsTo(long[] dest, int offset) {
        System.arraycopy(counts, 0, dest, offset, counts.length);
        return counts.length;
    }

    /**
     * Returns every cell of this table in printed order, row by row.
     *
     * @return an unmodifiable list, never null
     */
    @SuppressWarnings("unchecked")
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (R row : rows) {
            for (TableColumn column : row.columns(edition)) {
                cells.add(new Cell(CellRef.of(row, column), values[index(row, (C) column)]));
            }
        }
        return Collections.unmodifiableList(cells);
    }

    CellValue[] copyOfValues() {
        return values.clone();
    }

    private int index(R row, C column) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        return row.ordinal() * width + column.ordinal();
    }

    /**
     * Compares the table, edition and every cell value.
     *
     * @param obj the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CellTable<?, ?> other
                && table == other.table
                && edition == other.edition
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, edition) * 31 + Arrays.hashCode(values);
    }

    /**
     * Returns a compact description listing the non-blank cells, for debugging.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(table.key()).append('(').append(edition.key()).append(")[");
        String sep = "";
        for (Cell cell : cells()) {
            if (!(cell.value() instanceof CellValue.Blank)) {
                sb.append(sep).append(cell.ref().row().key()).append('/').append(cell.ref().column().key())
                        .append('=').append(cell.value());
                sep = ", ";
            }
        }
        return sb.append(']').toString();
    }
}
