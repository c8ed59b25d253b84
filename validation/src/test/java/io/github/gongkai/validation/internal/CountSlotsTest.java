package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.internal.CoreAccess;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The flat array of counts: tables 三 and 四 side by side, each in core's slot layout. */
class CountSlotsTest {

    @Test
    void theTablesAreThoseWithIdentitiesSideBySide() {
        assertArrayEquals(new ReportTable[] {ReportTable.T3, ReportTable.T4}, CountSlots.tablesWithIdentities());
        int[] bases = CountSlots.bases();
        assertEquals(0, bases[ReportTable.T3.ordinal()]);
        assertEquals(CoreAccess.slots(ReportTable.T3), bases[ReportTable.T4.ordinal()]);
        assertEquals(-1, bases[ReportTable.T2.ordinal()]);
        assertEquals(-1, bases[ReportTable.S6.ordinal()]);
        assertEquals(CoreAccess.slots(ReportTable.T3) + CoreAccess.slots(ReportTable.T4), CountSlots.size());
        assertEquals(CountSlots.size(), CountSlots.SIZE);
        assertEquals(bases[ReportTable.T4.ordinal()], CountSlots.base(ReportTable.T4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CountSlots.base(ReportTable.T2));
        assertEquals("no identity reads table T2", e.getMessage());
    }

    /** A distinct count in every cell of tables 三 and 四, one blank: each lands at its index, once. */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void loadPutsEveryCellAtItsIndexAndNothingElsewhere(Edition edition) {
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        long n = 1;
        for (ReportTable table : CountSlots.tablesWithIdentities()) {
            for (CellRef cell : ReportFormat.of(edition).cells(table)) {
                b.set(cell, CellValue.count(n++));
            }
        }
        CellRef blank = CellRef.parse("T4/administrativeReview/pending");
        Report report = b.set(blank, CellValue.blank()).build();
        long[] values = new long[CountSlots.SIZE];
        Arrays.fill(values, Long.MIN_VALUE);
        CountSlots.load(report, values);
        Set<Integer> seen = new HashSet<>();
        for (ReportTable table : CountSlots.tablesWithIdentities()) {
            for (CellRef cell : ReportFormat.of(edition).cells(table)) {
                int i = CountSlots.index(cell);
                long expected = cell.equals(blank) ? CountSlots.UNREPORTED : ((CellValue.Count) report.get(cell)).value();
                assertEquals(expected, values[i], cell::toString);
                seen.add(i);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (!seen.contains(i)) {
                assertEquals(CountSlots.UNREPORTED, values[i], "slot " + i + " has no cell in " + edition);
            }
        }
        assertEquals(n - 1, seen.size());
    }
}
