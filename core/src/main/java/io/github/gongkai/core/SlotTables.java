package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;

/**
 * Builds a report straight from value arrays laid out by slot, for a reader that has collected every table
 * before building ({@link CoreAccess#report}): the arrays become the tables' own, with no builder, no blank
 * copies and no second pass over them. Every value is checked and fitted exactly as
 * {@link Report.Builder#setAll} does it, in the same order, so the same arrays give the same report or the same
 * exception as a builder given them one table after another.
 */
final class SlotTables {

    private static final ReportTable[] TABLES = ReportTable.values();

    private SlotTables() {
    }

    /** See {@link CoreAccess#report}. */
    static Report report(ReportHeader header, Narrative narrative, CellValue[][] values) {
        if (values.length != TABLES.length) {
            throw new IllegalArgumentException("expected " + TABLES.length + " tables, got " + values.length);
        }
        Edition edition = header.edition();
        CellValue[][] slots = new CellValue[TABLES.length][];
        long[][] counts = new long[TABLES.length][];
        for (ReportTable table : TABLES) {
            int t = table.ordinal();
            slots[t] = values[t] != null ? values[t] : CellTable.blankValues(table, edition);
            counts[t] = adopt(table, edition, slots[t]);
        }
        int t2 = ReportTable.T2.ordinal();
        int t3 = ReportTable.T3.ordinal();
        int t4 = ReportTable.T4.ordinal();
        int s6 = ReportTable.S6.ordinal();
        return new Report(header,
                new CellTable<>(ReportTable.T2, edition, slots[t2], counts[t2]),
                new CellTable<>(ReportTable.T3, edition, slots[t3], counts[t3]),
                new CellTable<>(ReportTable.T4, edition, slots[t4], counts[t4]),
                new CellTable<>(ReportTable.S6, edition, slots[s6], counts[s6]),
                narrative);
    }

    /**
     * Checks and fits a table's values in place, as {@link Report.Builder#setAll} sets them on a blank table:
     * a null entry where the edition has a cell stays blank, a value for a cell the edition lacks or that does
     * not fit its column is an {@link InvalidCellException}, the first in slot order.
     *
     * @return the counts by slot, as the table keeps them
     */
    private static long[] adopt(ReportTable table, Edition edition, CellValue[] values) {
        boolean[] exists = CellTable.exists(table, edition);
        if (values.length != exists.length) {
            throw new IllegalArgumentException("table " + table.key() + " has " + exists.length
                    + " row and column positions, got " + values.length + " values");
        }
        long[] counts = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            CellValue value = values[i];
            if (value == null) {
                // As a builder leaves a cell that is not set: blank where the edition has it, else no value.
                values[i] = exists[i] ? CellValue.blank() : null;
                counts[i] = CoreAccess.NOT_A_COUNT;
                continue;
            }
            if (!exists[i]) {
                throw new InvalidCellException(CoreAccess.cellAt(table, i), edition,
                        "no such cell in the " + edition.key() + " edition");
            }
            ValueKind kind = CoreAccess.kind(table, i);
            if (!Report.Builder.fitsAsIs(value, kind)) {
                value = Report.Builder.fit(edition, CoreAccess.cellAt(table, i), kind, value);
                values[i] = value;
            }
            counts[i] = CellTable.countOf(value);
        }
        return counts;
    }
}
