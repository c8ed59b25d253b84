package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.internal.CoreAccess;
import tools.jackson.core.JsonGenerator;

/**
 * The writing side of the unread cell, the one form of version 2: which version a report's document has, and
 * the cell's object, {@code {"unread": reason}} followed by {@code "run"} or {@code "total"} when the cell has
 * one. Stateless and thread-safe.
 */
final class UnreadCells {

    /** Every table's slots, end to end: where {@link CoreAccess#copyCounts} puts a report's counts. */
    private static final int ALL_SLOTS;

    static {
        int slots = 0;
        for (ReportTable table : ReportTable.values()) {
            slots += Layout.slots(table);
        }
        ALL_SLOTS = slots;
    }

    private UnreadCells() {
    }

    /**
     * Returns the version of the document of a report: {@link Layout#VERSION_1} unless a cell is unread, so that
     * a report that version 1 can hold is written as it always was.
     */
    static int version(Report report) {
        return hasUnread(report) ? Layout.VERSION_2 : Layout.VERSION_1;
    }

    /**
     * Tells whether a cell of the report is unread: core copies an unread cell as {@link CoreAccess#UNREAD},
     * in the same pass that copies the counts, so no cell is looked at.
     */
    static boolean hasUnread(Report report) {
        long[] counts = new long[ALL_SLOTS];
        int offset = 0;
        for (ReportTable table : ReportTable.values()) {
            CoreAccess.copyCounts(report.table(table), counts, offset);
            int slots = Layout.slots(table);
            for (int slot = 0; slot < slots; slot++) {
                if (counts[offset + slot] == CoreAccess.UNREAD) {
                    return true;
                }
            }
            offset += slots;
        }
        return false;
    }

    /** Writes an unread cell's object: {@code unread}, then {@code run} or {@code total} if it has one. */
    static void write(CellValue.Unread unread, JsonGenerator g) {
        g.writeStartObject();
        g.writeName(Layout.N_UNREAD);
        g.writeString(unread.reason().key());
        if (unread.run().isPresent()) {
            PrintedRun run = unread.run().get();
            g.writeName(Layout.N_RUN);
            g.writeStartObject();
            g.writeName(Layout.N_TEXT);
            g.writeString(run.text());
            g.writeName(Layout.N_PIECE);
            g.writeNumber(run.piece());
            g.writeName(Layout.N_PIECES);
            g.writeNumber(run.pieces());
            g.writeEndObject();
        }
        if (unread.total().isPresent()) {
            PrintedTotal total = unread.total().get();
            g.writeName(Layout.N_TOTAL);
            g.writeStartObject();
            g.writeName(Layout.N_VALUE);
            g.writeNumber(total.value());
            g.writeName(Layout.N_CELLS);
            g.writeStartArray();
            for (CellRef cell : total.cells()) {
                g.writeString(cell.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
