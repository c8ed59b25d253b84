package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Dense numbering of every cell reference, and each row's cells per edition, computed once. */
final class Cells {

    private static final int T2_WIDTH = ActiveDisclosureColumn.values().length;
    private static final int T3_BASE = ActiveDisclosureRow.values().length * T2_WIDTH;
    private static final int T3_WIDTH = ApplicantColumn.values().length;
    private static final int T4_BASE = T3_BASE + ApplicationRow.values().length * T3_WIDTH;
    private static final int T4_WIDTH = ReviewLitigationColumn.values().length;
    private static final int S6_BASE = T4_BASE + ReviewLitigationRow.values().length * T4_WIDTH;
    /** One more than the largest slot. */
    static final int SLOTS = S6_BASE + 8;

    /** For each cell of {@link CellRef#all} of an edition, in that order: its slot. */
    private static final int[] ALL_SLOTS_2021 = slots(CellRef.all(Edition.V2021));
    private static final int[] ALL_SLOTS_2019 = slots(CellRef.all(Edition.V2019));

    private static final List<List<CellRef>> ROWS_2021 = new ArrayList<>();
    private static final List<List<CellRef>> ROWS_2019 = new ArrayList<>();
    private static final TableRow[] ALL_ROWS;

    static {
        List<TableRow> all = new ArrayList<>();
        all.addAll(List.of(ActiveDisclosureRow.values()));
        all.addAll(List.of(ApplicationRow.values()));
        all.addAll(List.of(ReviewLitigationRow.values()));
        all.addAll(List.of(FeeRow.values()));
        ALL_ROWS = all.toArray(new TableRow[0]);
        for (TableRow row : ALL_ROWS) {
            ROWS_2021.add(refs(row, Edition.V2021));
            ROWS_2019.add(refs(row, Edition.V2019));
        }
    }

    private Cells() {
    }

    private static int[] slots(List<CellRef> refs) {
        int[] slots = new int[refs.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slot(refs.get(i));
        }
        return slots;
    }

    /**
     * Returns the slot of each cell of an edition, in the order of {@link CellRef#all}.
     *
     * @param edition the edition
     * @return the slots; shared, not to be modified
     */
    static int[] allSlots(Edition edition) {
        return edition == Edition.V2021 ? ALL_SLOTS_2021 : ALL_SLOTS_2019;
    }

    /**
     * Returns the table a slot belongs to.
     *
     * @param slot a slot
     * @return its table
     */
    static ReportTable tableOf(int slot) {
        return slot >= S6_BASE ? ReportTable.S6 : slot >= T4_BASE ? ReportTable.T4
                : slot >= T3_BASE ? ReportTable.T3 : ReportTable.T2;
    }

    private static List<CellRef> refs(TableRow row, Edition edition) {
        List<CellRef> refs = new ArrayList<>();
        for (TableColumn c : row.columns(edition)) {
            refs.add(CellRef.of(row, c));
        }
        return List.copyOf(refs);
    }

    private static int rowIndex(TableRow row) {
        int ordinal = ((Enum<?>) row).ordinal();
        return switch (row.table()) {
            case T2 -> ordinal;
            case T3 -> ActiveDisclosureRow.values().length + ordinal;
            case T4 -> ActiveDisclosureRow.values().length + ApplicationRow.values().length + ordinal;
            case S6 -> ActiveDisclosureRow.values().length + ApplicationRow.values().length
                    + ReviewLitigationRow.values().length + ordinal;
        };
    }

    /**
     * Returns the cells of a row in an edition, in printed order.
     *
     * @param row the row
     * @param edition the edition
     * @return an unmodifiable list, empty if the row does not exist in the edition
     */
    static List<CellRef> of(TableRow row, Edition edition) {
        return (edition == Edition.V2021 ? ROWS_2021 : ROWS_2019).get(rowIndex(row));
    }

    /**
     * Returns the first slot of a table. A table's slots, from its base, are laid out as
     * {@link io.github.gongkai.core.Report.Builder#setAll} wants: row ordinal times the table's column count,
     * plus the column ordinal.
     *
     * @param table the table
     * @return the slot of its first row and column
     */
    static int base(ReportTable table) {
        return switch (table) {
            case T2 -> 0;
            case T3 -> T3_BASE;
            case T4 -> T4_BASE;
            case S6 -> S6_BASE;
        };
    }

    /**
     * Returns a dense number for a cell, below {@link #SLOTS}.
     *
     * @param ref the cell
     * @return its slot
     */
    static int slot(CellRef ref) {
        TableRow r = ref.row();
        int row = ((Enum<?>) r).ordinal();
        int col = ((Enum<?>) ref.column()).ordinal();
        if (r instanceof ApplicationRow) {
            return T3_BASE + row * T3_WIDTH + col;
        }
        if (r instanceof ActiveDisclosureRow) {
            return row * T2_WIDTH + col;
        }
        if (r instanceof ReviewLitigationRow) {
            return T4_BASE + row * T4_WIDTH + col;
        }
        return S6_BASE + col;
    }
}
