package io.github.gongkai.examples;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellTable;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import java.io.PrintStream;
import java.util.List;

/** Prints a report's tables as plain text, one line per row, blank cells shown as {@code ·}. */
public final class TablePrinter {

    private final PrintStream out;

    /**
     * Creates a printer.
     *
     * @param out where to print
     */
    public TablePrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the header and the tables 二, 三, 四 and the fee figures of 六.
     *
     * @param report the report
     */
    public void print(Report report) {
        out.println(report.header().organName() + " " + report.header().reportYear() + "年政府信息公开工作年度报告"
                + "（" + report.edition().label() + "）");
        for (CellTable<?, ?> table : List.of(report.activeDisclosure(), report.applications(),
                report.reviewLitigation(), report.fees())) {
            if (!table.rows().isEmpty()) {
                print(report, table);
            }
        }
    }

    private void print(Report report, CellTable<?, ?> table) {
        Edition edition = table.edition();
        out.println();
        out.println(table.table().label() + " [" + table.table().key() + "]");
        for (TableRow row : table.rows()) {
            StringBuilder line = new StringBuilder("  ").append(row.qualifiedLabel(edition)).append(':');
            for (TableColumn column : row.columns(edition)) {
                CellValue value = report.get(CellRef.of(row, column));
                line.append("  ").append(column.label(edition)).append(' ')
                        .append(value instanceof CellValue.Blank ? "·" : value.toString());
            }
            out.println(line);
        }
    }
}
