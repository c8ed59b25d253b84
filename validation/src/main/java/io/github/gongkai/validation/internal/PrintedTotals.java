package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import java.util.Optional;

/**
 * What a {@link PrintedTotal} tells of the unread cells that carry it: for the identities
 * ({@link UnreadIdentities}) and the error search ({@link ErrorSearch}) alike.
 */
final class PrintedTotals {

    private PrintedTotals() {
    }

    /**
     * Whether each cell of a total is a cell of the report that holds it: only then does the total stand for
     * its cells (a cell read, or holding another total, means the page's numbers disagree).
     *
     * @param report the report
     * @param format its edition's format
     * @param total a total one of its cells carries
     * @return true if every cell of the total carries it
     */
    static boolean whole(Report report, ReportFormat format, PrintedTotal total) {
        for (CellRef cell : total.cells()) {
            if (!format.contains(cell) || !(report.get(cell) instanceof CellValue.Unread u)
                    || !u.total().equals(Optional.of(total))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an unread cell is 0 whatever the identity: it carries a total printed 0 that covers it and is
     * whole. The cells of an identity are counts (tables 三 and 四), never below 0, so each cell of a total of 0
     * is 0, as the reader reads such a row.
     *
     * @param report the report
     * @param format its edition's format
     * @param cell the cell
     * @param value its value in the report
     * @return true if the cell is 0
     */
    static boolean isZero(Report report, ReportFormat format, CellRef cell, CellValue.Unread value) {
        if (value.total().isEmpty()) {
            return false;
        }
        PrintedTotal total = value.total().get();
        return total.value() == 0 && total.covers(cell) && whole(report, format, total);
    }
}
