package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out tables 二 and 四 of a report as {@link TableGrid}s, with the printed labels of the report's edition.
 * Table 二 as the corpus prints it: for each block of article 20 a row {@code 第二十条第（一）项} across the table,
 * a header row {@code 信息内容} and the block's columns (a block with fewer columns than the widest spans its last
 * one to the right edge), then its rows. Table 四 with its three header rows (行政复议 over two rows; 行政诉讼 over
 * 未经复议直接起诉 and 复议后起诉; the five result columns under each) and one row of fifteen numbers.
 */
final class ReportGrids {

    static final TableGrid.Style BLOCK = new TableGrid.Style(10.5f, TableGrid.Align.CENTRE, true, false);
    static final TableGrid.Style LABEL = new TableGrid.Style(10.5f, TableGrid.Align.LEFT, true, false);
    static final TableGrid.Style NUMBER = new TableGrid.Style(10.5f, TableGrid.Align.CENTRE, false, false);
    static final TableGrid.Style SMALL_HEADER = new TableGrid.Style(9f, TableGrid.Align.CENTRE, true, false);
    /** A header word broken by hand ({@code 尚未审} / {@code 结}): small enough that its lines do not wrap again. */
    static final TableGrid.Style SPLIT_HEADER = new TableGrid.Style(8f, TableGrid.Align.CENTRE, true, false);

    private ReportGrids() {
    }

    /**
     * Lays out table 二 (主动公开政府信息情况) in the report's edition.
     *
     * @param report the report
     * @return the grid, the width of the text block
     */
    static TableGrid activeDisclosure(Report report) {
        Edition edition = report.edition();
        TableGrid grid = new TableGrid(155, 97, 97, 96);
        for (List<ActiveDisclosureRow> block : blocks(edition)) {
            List<ActiveDisclosureColumn> columns = block.get(0).columns(edition);
            int r = grid.row(24);
            grid.put(r, 0, 1, 4, block.get(0).block(), BLOCK, null);
            r = grid.row(24);
            grid.put(r, 0, 1, 1, "信息内容", BLOCK, null);
            for (int c = 0; c < columns.size(); c++) {
                grid.put(r, c + 1, 1, span(c, columns.size()), columns.get(c).label(edition), BLOCK, null);
            }
            for (ActiveDisclosureRow row : block) {
                r = grid.row(20);
                grid.put(r, 0, 1, 1, row.label(edition), LABEL, null);
                for (int c = 0; c < columns.size(); c++) {
                    CellRef ref = CellRef.of(row, columns.get(c));
                    grid.put(r, c + 1, 1, span(c, columns.size()),
                            PrintedValues.text(report.get(ref), columns.get(c)), NUMBER, ref);
                }
            }
        }
        return grid;
    }

    /** The last of a block's columns spans to the table's right edge. */
    private static int span(int column, int columns) {
        return column == columns - 1 ? 3 - column : 1;
    }

    /** The rows of the edition's table 二, grouped by their article-20 block, in printed order. */
    private static List<List<ActiveDisclosureRow>> blocks(Edition edition) {
        Map<String, List<ActiveDisclosureRow>> blocks = new LinkedHashMap<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                blocks.computeIfAbsent(row.block(), b -> new ArrayList<>()).add(row);
            }
        }
        return List.copyOf(blocks.values());
    }

    /**
     * Lays out table 四 (行政复议、行政诉讼情况).
     *
     * @param report the report
     * @param layout the layout, for split header words
     * @return the grid, the width of the text block
     */
    static TableGrid reviewLitigation(Report report, Layout layout) {
        float w = (PdfCanvas.RIGHT - PdfCanvas.LEFT) / 15;
        float[] widths = new float[15];
        java.util.Arrays.fill(widths, w);
        TableGrid grid = new TableGrid(widths);
        int top = grid.row(22);
        int middle = grid.row(22);
        int labels = grid.row(30);
        grid.endHeader();
        int numbers = grid.row(24);
        grid.put(top, 0, 2, 5, ReviewLitigationRow.ADMINISTRATIVE_REVIEW.label(), BLOCK, null);
        grid.put(top, 5, 1, 10, ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW.parentLabel().orElseThrow(), BLOCK,
                null);
        grid.put(middle, 5, 1, 5, ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW.label(), SMALL_HEADER, null);
        grid.put(middle, 10, 1, 5, ReviewLitigationRow.LITIGATION_AFTER_REVIEW.label(), SMALL_HEADER, null);
        int c = 0;
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            for (ReviewLitigationColumn column : ReviewLitigationColumn.values()) {
                String word = headerWord(column.label(), layout);
                grid.put(labels, c, 1, 1, word, word.contains("\n") ? SPLIT_HEADER : SMALL_HEADER, null);
                CellRef ref = CellRef.of(row, column);
                grid.put(numbers, c, 1, 1, PrintedValues.text(report.get(ref), column), NUMBER, ref);
                c++;
            }
        }
        return grid;
    }

    /**
     * A header word as the layout prints it: {@code 总 计} and {@code 尚未审} / {@code 结} when words are split.
     *
     * @param word the header word
     * @param layout the layout
     * @return the text to print
     */
    static String headerWord(String word, Layout layout) {
        if (!layout.has(Layout.Feature.SPLIT_HEADER_WORDS)) {
            return word;
        }
        return switch (word) {
            case "总计" -> "总 计";
            case "尚未审结" -> "尚未审\n结";
            default -> word;
        };
    }
}
