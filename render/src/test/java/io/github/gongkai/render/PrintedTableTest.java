package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PrintedTable}: the official tables of an edition in printed order, checked and copied. */
class PrintedTableTest {

    private static Report report(Edition edition) {
        return Report.builder(edition).organName("某县人民政府办公室").reportYear(edition == Edition.V2021 ? 2023 : 2019)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(12))
                .build();
    }

    @Test
    void theTablesOfEachEditionInPrintedOrder() {
        assertEquals(List.of(ReportTable.T2, ReportTable.T3, ReportTable.T4, ReportTable.S6),
                PrintedTable.of(report(Edition.V2021)).stream().map(PrintedTable::table).toList());
        assertEquals(List.of(ReportTable.T2, ReportTable.T3, ReportTable.T4),
                PrintedTable.of(report(Edition.V2019)).stream().map(PrintedTable::table).toList());
    }

    @Test
    void everyRowFillsTheGridOnceSpansAreCounted() {
        for (PrintedTable table : PrintedTable.of(report(Edition.V2021))) {
            int[] covered = new int[table.rows().size() + 8];
            for (int r = 0; r < table.rows().size(); r++) {
                int width = covered[r];
                for (PrintedTable.Cell cell : table.rows().get(r)) {
                    width += cell.colSpan();
                    for (int below = 1; below < cell.rowSpan(); below++) {
                        covered[r + below] += cell.colSpan();
                    }
                }
                assertEquals(table.columns(), width, table.table() + " row " + r);
            }
            assertTrue(table.headerRows() <= table.rows().size());
        }
        PrintedTable t3 = PrintedTable.of(report(Edition.V2021)).get(1);
        assertTrue(t3.rows().stream().flatMap(List::stream).anyMatch(c -> c.kind() == PrintedTable.Kind.VALUE
                && c.text().equals("12")), "the count is printed");
    }

    @Test
    void rowsAreCopiedAndUnmodifiable() {
        List<PrintedTable.Cell> row = new ArrayList<>(List.of(new PrintedTable.Cell("x", PrintedTable.Kind.HEADING, 1,
                1)));
        PrintedTable table = new PrintedTable(ReportTable.T2, 1, 1, List.of(row));
        row.clear();
        assertEquals(1, table.rows().get(0).size());
        assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).clear());
    }

    @Test
    void aTableOrCellThatCannotBePrintedIsRejected() {
        List<List<PrintedTable.Cell>> rows = List.of(List.of(new PrintedTable.Cell("", PrintedTable.Kind.VALUE, 1,
                1)));
        assertThrows(IllegalArgumentException.class, () -> new PrintedTable(ReportTable.T2, 0, 0, rows));
        assertThrows(IllegalArgumentException.class, () -> new PrintedTable(ReportTable.T2, 1, -1, rows));
        assertThrows(IllegalArgumentException.class, () -> new PrintedTable(ReportTable.T2, 1, 2, rows));
        assertThrows(NullPointerException.class, () -> new PrintedTable(null, 1, 0, rows));
        assertThrows(IllegalArgumentException.class, () -> new PrintedTable.Cell("", PrintedTable.Kind.VALUE, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PrintedTable.Cell("", PrintedTable.Kind.VALUE, 1, 0));
        assertThrows(NullPointerException.class, () -> new PrintedTable.Cell(null, PrintedTable.Kind.VALUE, 1, 1));
        assertThrows(NullPointerException.class, () -> new PrintedTable.Cell("", null, 1, 1));
    }
}
