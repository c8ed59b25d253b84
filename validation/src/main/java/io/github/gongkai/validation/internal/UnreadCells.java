package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;

/**
 * Tells, without allocating, whether a report has a cell of tables 三 or 四 that was not read
 * ({@link io.github.gongkai.core.CellValue.Unread}). Such a cell holds no count, so in the flat array of
 * {@link CountSlots} it is one of the slots without one; only those, of the cells the edition has, are looked
 * at, and none when every cell of the edition holds a count.
 */
final class UnreadCells {

    /** By edition ordinal, by position in the flat array: -1 where the edition has a cell, 0 elsewhere. */
    private static final long[][] MASKS = masks();
    /** By position in the flat array: the cell there, null where no edition has one. */
    private static final CellRef[] CELLS = cells();

    private UnreadCells() {
    }

    private static long[][] masks() {
        long[][] masks = new long[Edition.values().length][CountSlots.SIZE];
        for (Edition edition : Edition.values()) {
            for (CellRef cell : ReportFormat.of(edition).cells()) {
                if (cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4) {
                    masks[edition.ordinal()][CountSlots.index(cell)] = -1;
                }
            }
        }
        return masks;
    }

    private static CellRef[] cells() {
        CellRef[] cells = new CellRef[CountSlots.SIZE];
        for (Edition edition : Edition.values()) {
            for (CellRef cell : ReportFormat.of(edition).cells()) {
                if (cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4) {
                    cells[CountSlots.index(cell)] = cell;
                }
            }
        }
        return cells;
    }

    /**
     * Returns the mask of an edition's cells in the flat array: -1 at a cell, 0 at a slot the edition lacks.
     * Shared, never to be changed.
     */
    static long[] mask(Edition edition) {
        return MASKS[edition.ordinal()];
    }

    /**
     * Tells whether a cell of tables 三 or 四 was not read.
     *
     * @param report the report
     * @param counts its counts, as {@link CountSlots#load} wrote them
     * @return true if one of its cells there is unread
     */
    static boolean present(Report report, long[] counts) {
        long[] mask = MASKS[report.edition().ordinal()];
        long withoutCount = 0;
        for (int i = 0; i < CountSlots.SIZE; i++) {
            withoutCount |= counts[i] & mask[i];
        }
        return withoutCount < 0 && lookUp(report, counts, mask);
    }

    /** Looks at the value of each cell of the edition that holds no count. */
    private static boolean lookUp(Report report, long[] counts, long[] mask) {
        for (int i = 0; i < CountSlots.SIZE; i++) {
            if ((counts[i] & mask[i]) < 0 && report.get(CELLS[i]).isUnread()) {
                return true;
            }
        }
        return false;
    }
}
