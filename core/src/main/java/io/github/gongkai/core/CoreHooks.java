package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;

/** Core's side of {@link CoreAccess}: the package-private fast paths, handed to gongkai's own modules. */
final class CoreHooks implements CoreAccess.Hooks {

    @Override
    public int copyCounts(CellTable<?, ?> table, long[] dest, int offset) {
        return table.copyCountsTo(dest, offset);
    }

    @Override
    public void setAll(Report.Builder builder, ReportTable table, CellValue[] values) {
        builder.setAll(table, values);
    }

    @Override
    public Report report(ReportHeader header, Narrative narrative, CellValue[][] values) {
        return SlotTables.report(header, narrative, values);
    }
}
