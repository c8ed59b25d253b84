package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException.Detail;
import io.github.gongkai.reader.SourcePosition;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A {@code .docx} table as laid-out cells: each cell at its grid column (after {@code gridBefore} and the
 * {@code gridSpan}s to its left), a {@code gridSpan} as its column span, a vertical merge ({@code vMerge} restart,
 * then continue) as the row span of its first cell, the continuation cells left out. A continuation with nothing
 * to continue (a damaged table) is kept as a cell of its own, so that no text is lost.
 */
final class DocxTables {

    /** More grid columns than a span may claim; a larger {@code gridSpan} is damaged or hostile. */
    private static final int MAX_SPAN = 1_000;

    private DocxTables() {
    }

    static void table(XWPFTable table, WordLayout layout) {
        int number = layout.upcomingTable();
        List<List<Grid.Pending>> rows = new ArrayList<>();
        Map<Integer, Grid.Pending> open = Map.of();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            layout.checkTime();
            r++;
            List<Grid.Pending> cells = new ArrayList<>();
            Map<Integer, Grid.Pending> next = new HashMap<>();
            int column = gridBefore(row) + 1;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = span(pr);
                Grid.Pending above = open.get(column);
                if (continues(pr) && above != null && above.colSpan == span) {
                    above.rowSpan++;
                    next.put(column, above);
                } else {
                    String text = text(cell, layout, 0);
                    layout.count(text);
                    Grid.Pending pending = new Grid.Pending(text, span, SourcePosition.tableCell(number, r, column));
                    cells.add(pending);
                    if (restarts(pr)) {
                        next.put(column, pending);
                    }
                }
                column += span;
            }
            rows.add(cells);
            open = next;
        }
        layout.table(Grid.cells(rows));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return bounded(pr.getGridBeforeArray(0)) - 1;
    }

    private static int span(CTTcPr pr) {
        return pr == null || !pr.isSetGridSpan() ? 1 : bounded(pr.getGridSpan());
    }

    /** A count of grid columns, 1 to {@value #MAX_SPAN}; 1 if absent or not a number. */
    private static int bounded(CTDecimalNumber number) {
        BigInteger value = number.getVal();
        if (value == null || value.signum() <= 0) {
            return 1;
        }
        return value.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    private static boolean restarts(CTTcPr pr) {
        return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == STMerge.RESTART;
    }

    /** A {@code vMerge} without a value continues, as does one whose value is {@code continue}. */
    private static boolean continues(CTTcPr pr) {
        return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART;
    }

    /**
     * A cell's text: its paragraphs' text joined without a break (a label wrapped over lines, or split over
     * runs, comes out whole), a nested table's cells each after a space (their numbers must not run together).
     */
    private static String text(XWPFTableCell cell, WordLayout layout, int depth) {
        if (depth > WordLayout.MAX_TABLE_DEPTH) {
            throw Failures.of(Detail.WORD_TABLES_TOO_DEEP, layout.format(), WordLayout.MAX_TABLE_DEPTH);
        }
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(WordTexts.clean(RunText.of(paragraph)));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        text.append(text.isEmpty() ? "" : " ").append(text(inner, layout, depth + 1));
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                text.append(WordTexts.clean(control.getContent().getText()));
            }
        }
        return text.toString();
    }
}
