package io.github.gongkai.core.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellTable;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ValueKind;
import java.util.Objects;

/**
 * Fast paths into the model for gongkai's own modules, and only for them: the module exports this package
 * to the reader, the validator and the JSON module, never to users. They rely on a <em>slot</em> layout —
 * the cell where row {@code r} and column {@code c} of a table meet is at {@code r.ordinal() * width +
 * c.ordinal()}, over every constant of the row and column enums, the same in both editions — which changes
 * whenever a constant is added or moved, so it must not be public API.
 *
 * <p>The layout is derived here and nowhere else; {@link io.github.gongkai.core.ReportFormat} is the public
 * description of which cells exist.
 */
public final class CoreAccess {

    /**
     * What {@link #copyCounts} writes for a cell that holds no {@link CellValue.Count} and was read: a blank or
     * not-applicable cell, a signed count, an amount, or a slot the edition has no cell at.
     */
    public static final long NOT_A_COUNT = -1;

    /**
     * What {@link #copyCounts} writes for a cell that was not read ({@link CellValue.Unread}): negative like
     * {@link #NOT_A_COUNT}, so that whoever reads the counts alone sees no count there, but told apart, so that
     * the validator learns whether a table has an unread cell from the counts it copies anyway.
     */
    public static final long UNREAD = -2;

    /** [table][slot]: the value kind of the slot's column. */
    private static final ValueKind[][] KINDS = kinds();

    /** What core implements for this class; installed once, by core. */
    public interface Hooks {
        /**
         * Copies a table's counts by slot.
         *
         * @param table the table
         * @param dest where to
         * @param offset the first slot's position
         * @return the number of slots written
         */
        int copyCounts(CellTable<?, ?> table, long[] dest, int offset);

        /**
         * Sets a table's cells from an array laid out by slot; null entries are left as they are.
         *
         * @param builder the builder
         * @param table the table
         * @param values one entry per slot
         */
        void setAll(Report.Builder builder, ReportTable table, CellValue[] values);

        Report report(ReportHeader header, Narrative narrative, CellValue[][] values);
    }

    private static volatile Hooks hooks;

    private CoreAccess() {
    }

    /**
     * Installs core's implementation; called once by core itself.
     *
     * @param implementation the hooks
     * @throws IllegalStateException if hooks are installed already, or the caller is not core
     */
    public static void install(Hooks implementation) {
        if (hooks != null || !implementation.getClass().getPackageName().equals(Report.class.getPackageName())) {
            throw new IllegalStateException("core installs its hooks once");
        }
        hooks = implementation;
    }

    private static Hooks hooks() {
        Hooks installed = hooks;
        if (installed == null) {
            try {
                Class.forName(Report.class.getName(), true, Report.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            installed = Objects.requireNonNull(hooks, "core did not install its hooks");
        }
        return installed;
    }

    /**
     * Returns the number of columns of a table's slot layout: every constant of its column enum.
     *
     * @param table the table
     * @return the width
     */
    public static int width(ReportTable table) {
        return table.columns().size();
    }

    /**
     * Returns the number of slots of a table: every row constant times every column constant.
     *
     * @param table the table
     * @return the number of slots
     */
    public static int slots(ReportTable table) {
        return table.rows().size() * width(table);
    }

    /**
     * Returns a cell's slot in its table.
     *
     * @param cell the cell
     * @return {@code row.ordinal() * width + column.ordinal()}
     */
    public static int slot(CellRef cell) {
        return ((Enum<?>) cell.row()).ordinal() * width(cell.table()) + ((Enum<?>) cell.column()).ordinal();
    }

    /**
     * The kind of value of a slot's cell: its column's.
     *
     * @param table the table
     * @param slot a slot of it ({@link #slot})
     * @return the kind
     */
    public static ValueKind kind(ReportTable table, int slot) {
        return KINDS[table.ordinal()][slot];
    }

    private static ValueKind[][] kinds() {
        ReportTable[] tables = ReportTable.values();
        ValueKind[][] kinds = new ValueKind[tables.length][];
        for (ReportTable table : tables) {
            int width = width(table);
            kinds[table.ordinal()] = new ValueKind[slots(table)];
            for (int slot = 0; slot < kinds[table.ordinal()].length; slot++) {
                kinds[table.ordinal()][slot] = table.columns().get(slot % width).valueKind();
            }
        }
        return kinds;
    }

    /**
     * Returns the cell at a slot of a table, whether or not an edition has it.
     *
     * @param table the table
     * @param slot the slot
     * @return the cell
     */
    public static CellRef cellAt(ReportTable table, int slot) {
        int width = width(table);
        return CellRef.of(table.rows().get(slot / width), table.columns().get(slot % width));
    }

    /**
     * Copies the counts of every cell of a table into {@code dest} by slot, from {@code offset}: a
     * {@link CellValue.Count} gives its value, an {@link CellValue.Unread} cell {@link #UNREAD}, every other
     * cell and every slot without a cell {@link #NOT_A_COUNT}.
     *
     * @param table the table of a report
     * @param dest the array to fill
     * @param offset where slot 0 goes
     * @return the number of slots written, {@link #slots}
     * @throws IndexOutOfBoundsException if {@code dest} is too short
     */
    public static int copyCounts(CellTable<?, ?> table, long[] dest, int offset) {
        return hooks().copyCounts(table, dest, offset);
    }

    /**
     * Sets many cells of one table at once from an array laid out by slot, as
     * {@link Report.Builder#set(CellRef, CellValue)} sets each: the fast path for readers that collect a
     * table's values before building the report. A null entry leaves its cell as it is.
     *
     * @param builder the builder
     * @param table the table
     * @param values one entry per slot; not kept
     * @return the builder
     * @throws IllegalArgumentException if the array's length is not {@link #slots}
     * @throws io.github.gongkai.core.InvalidCellException if a non-null entry is for a cell the edition lacks
     *     or does not fit its column; the entries before it are set, the rest are not
     */
    public static Report.Builder setAll(Report.Builder builder, ReportTable table, CellValue[] values) {
        hooks().setAll(builder, table, values);
        return builder;
    }

    /**
     * Builds a report from every table's values at once, laid out by slot: what a {@link Report.Builder} with
     * this header and narrative builds after {@link #setAll} of each table's array, in table order, but taking
     * the arrays as the tables' own instead of copying them (the fast path for a reader that has collected every
     * table). A null entry of an array is the cell left as it is, blank; a null array, a table left blank.
     *
     * @param header the header, whose edition is the report's
     * @param narrative the narrative
     * @param values one array per table, by {@link ReportTable} ordinal, each with one entry per slot
     *     ({@link #slots}); taken, and changed: the caller must not use them afterwards
     * @return the report
     * @throws IllegalArgumentException if there is not one array per table, or an array's length is not
     *     {@link #slots}
     * @throws io.github.gongkai.core.InvalidCellException if a non-null entry is for a cell the edition lacks or
     *     does not fit its column: the first such entry, in table and slot order, as {@link #setAll} would throw
     */
    public static Report report(ReportHeader header, Narrative narrative, CellValue[][] values) {
        return hooks().report(header, narrative, values);
    }
}
