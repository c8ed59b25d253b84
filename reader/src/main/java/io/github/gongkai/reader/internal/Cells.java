package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.core.internal.CoreAccess;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader's dense numbering of every cell: the tables' {@linkplain CoreAccess#slot slot layouts} from
 * core, one after the other in table order, and each row's cells per edition from {@link ReportFormat};
 * computed once. Nothing here restates the layout: a table's slots are core's, shifted by its base.
 */
final class Cells {

    private static final ReportTable[] TABLES = ReportTable.values();
    /** The first slot of each table, by ordinal, and one more than the last slot at the end. */
    private static final int[] BASES = bases();
    /** One more than the largest slot. */
    static final int SLOTS = BASES[TABLES.length];
    /**
     * The kind of value of each slot's column: a lookup rather than {@code ref.column().valueKind()}, an interface
     * call on four column enums, made for every cell placed.
     */
    private static final ValueKind[] KINDS = kinds();

    /** Per edition, for each cell of {@link ReportFormat#cells()} in that order: its slot. */
    private static final Map<Edition, int[]> ALL_SLOTS = new EnumMap<>(Edition.class);
    /** Per edition, each row's cells in printed order. */
    private static final Map<Edition, Map<TableRow, List<CellRef>>> ROWS = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            ReportFormat format = ReportFormat.of(edition);
            List<CellRef> cells = format.cells();
            int[] slots = new int[cells.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(cells.get(i));
            }
            ALL_SLOTS.put(edition, slots);
            Map<TableRow, List<CellRef>> rows = new HashMap<>();
            for (ReportTable table : TABLES) {
                for (TableRow row : table.rows()) {
                    rows.put(row, new ArrayList<>());
                }
            }
            for (CellRef cell : cells) {
                rows.get(cell.row()).add(cell);
            }
            rows.replaceAll((row, refs) -> List.copyOf(refs));
            ROWS.put(edition, rows);
        }
    }

    private Cells() {
    }

    private static int[] bases() {
        int[] bases = new int[TABLES.length + 1];
        for (ReportTable table : TABLES) {
            bases[table.ordinal() + 1] = bases[table.ordinal()] + CoreAccess.slots(table);
        }
        return bases;
    }

    private static ValueKind[] kinds() {
        ValueKind[] kinds = new ValueKind[BASES[TABLES.length]];
        for (ReportTable table : TABLES) {
            for (int s = 0; s < CoreAccess.slots(table); s++) {
                kinds[BASES[table.ordinal()] + s] = CoreAccess.kind(table, s);
            }
        }
        return kinds;
    }

    /**
     * The kind of value of a slot's cell, its column's ({@link CoreAccess#kind}).
     *
     * @param slot a slot ({@link #slot})
     * @return the kind
     */
    static ValueKind kind(int slot) {
        return KINDS[slot];
    }

    /**
     * Returns the slot of each cell of an edition, in the order of {@link ReportFormat#cells()}.
     *
     * @param edition the edition
     * @return the slots; shared, not to be modified
     */
    static int[] allSlots(Edition edition) {
        return ALL_SLOTS.get(edition);
    }

    /**
     * Returns the table a slot belongs to.
     *
     * @param slot a slot
     * @return its table
     */
    static ReportTable tableOf(int slot) {
        int t = TABLES.length - 1;
        while (slot < BASES[t]) {
            t--;
        }
        return TABLES[t];
    }

    /**
     * Returns the cells of a row in an edition, in printed order.
     *
     * @param row the row
     * @param edition the edition
     * @return an unmodifiable list, empty if the row does not exist in the edition
     */
    static List<CellRef> of(TableRow row, Edition edition) {
        return ROWS.get(edition).get(row);
    }

    /**
     * Returns the first slot of a table. A table's slots, from its base, are core's slot layout, as
     * {@link CoreAccess#report} takes them.
     *
     * @param table the table
     * @return the slot of its first row and column
     */
    static int base(ReportTable table) {
        return BASES[table.ordinal()];
    }

    /**
     * Returns a dense number for a cell, below {@link #SLOTS}.
     *
     * @param ref the cell
     * @return its slot
     */
    static int slot(CellRef ref) {
        return BASES[ref.table().ordinal()] + CoreAccess.slot(ref);
    }
}
