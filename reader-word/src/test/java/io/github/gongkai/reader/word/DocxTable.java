package io.github.gongkai.reader.word;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds a Word table as Word writes one: a grid of equal columns ({@code w:tblGrid}), rows of cells each with
 * its width, {@code gridSpan} and {@code vMerge}. Test code.
 */
final class DocxTable {

    /** The width of a grid column, in twentieths of a point. */
    private static final int COLUMN_WIDTH = 600;

    /** A cell's part in a vertical merge. */
    enum Merge {
        /** The first cell of a merge. */
        RESTART,
        /** A cell covered by the merge above it. */
        CONTINUE
    }

    /**
     * How labels are printed: split over runs, broken by a line break, or plain.
     *
     * @param runs split every label over runs of one to three characters
     * @param lineBreaks break every label of five characters or more in the middle
     * @param random draws the run lengths
     */
    record Style(boolean runs, boolean lineBreaks, SplittableRandom random) {
        static final Style PLAIN = new Style(false, false, new SplittableRandom(0));
    }

    private final XWPFTable table;
    private final Style style;

    /** Adds an empty table of {@code columns} grid columns to the document. */
    DocxTable(XWPFDocument document, int columns, Style style) {
        this.table = document.createTable();
        this.style = style;
        table.removeRow(0);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < columns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_WIDTH));
        }
    }

    /** The table. */
    XWPFTable table() {
        return table;
    }

    /** Adds a row. */
    Row row() {
        return new Row(table.insertNewTableRow(table.getNumberOfRows()));
    }

    /** A row being filled, cell after cell. */
    final class Row {
        private final XWPFTableRow row;

        Row(XWPFTableRow row) {
            this.row = row;
        }

        /** Adds a cell with a label, printed in the table's style. */
        Row label(String text, int span, Merge merge) {
            XWPFParagraph p = cell(span, merge).getParagraphs().get(0);
            if (style.lineBreaks() && text.length() >= 5) {
                XWPFRun run = p.createRun();
                run.setText(text.substring(0, text.length() / 2));
                run.addBreak();
                run.setText(text.substring(text.length() / 2));
            } else if (style.runs()) {
                for (int i = 0; i < text.length(); ) {
                    int end = Math.min(text.length(), i + 1 + style.random().nextInt(3));
                    p.createRun().setText(text.substring(i, end));
                    i = end;
                }
            } else if (!text.isEmpty()) {
                p.createRun().setText(text);
            }
            return this;
        }

        /** Adds a cell with a number as printed, in one run; empty for a blank. */
        Row value(String text, int span, Merge merge) {
            XWPFParagraph p = cell(span, merge).getParagraphs().get(0);
            if (!text.isEmpty()) {
                p.createRun().setText(text);
            }
            return this;
        }

        /** The row. */
        XWPFTableRow row() {
            return row;
        }

        private XWPFTableCell cell(int span, Merge merge) {
            XWPFTableCell cell = row.createCell();
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewTcW().setW(BigInteger.valueOf((long) COLUMN_WIDTH * span));
            pr.getTcW().setType(STTblWidth.DXA);
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            if (merge == Merge.RESTART) {
                pr.addNewVMerge().setVal(STMerge.RESTART);
            } else if (merge == Merge.CONTINUE) {
                pr.addNewVMerge();
            }
            return cell;
        }
    }
}
