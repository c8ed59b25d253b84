package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.Arrays;
import java.util.List;

/**
 * A document laid out by a {@link io.github.gongkai.reader.spi.DocumentReader} (a PDF, a Word file): its text
 * blocks are read as an HTML page's blocks, its tables' cells as an HTML table's cells, each token with the
 * position the document reader gave (a PDF cell's page and box).
 */
final class DocumentSource {

    private DocumentSource() {
    }

    /**
     * A laid-out document as a page.
     *
     * @param document the document
     * @param format its format
     * @param keepTokens whether to walk it once and keep its tokens (see {@link Page})
     */
    static Page page(LaidOutDocument document, SourceFormat format, boolean keepTokens) {
        return new Page(format, (sink, head) -> {
            for (LaidOutDocument.Block block : document.blocks()) {
                if (block instanceof LaidOutDocument.Text text) {
                    text(text.text(), text.position(), sink, head);
                } else if (block instanceof LaidOutDocument.Table table) {
                    table(table.rows(), sink);
                }
            }
        }, keepTokens, 64);
    }

    private static void text(String text, SourcePosition position, TokenSink sink, Page head) {
        if (text.isBlank()) {
            return;
        }
        if (head != null) {
            head.keepHead(text, position);
        }
        if (!LineSource.isPageNumberLine(text)) {
            Lexer.lex(text, 0, 0, position, true, false, sink);
        }
    }

    /**
     * A table's cells, row by row. An empty cell in a label column (left of every column that holds a number in
     * any row) is left out: it is a part of the row's label the document drew as a cell of its own (a 2019-style
     * row such as {@code （六）其他处理} in a table whose other rows have a sub-label column), not a blank value.
     */
    private static void table(List<List<LaidOutDocument.Cell>> rows, TokenSink sink) {
        int[][] columns = gridColumns(rows);
        int firstNumber = firstNumberColumn(rows, columns);
        for (int r = 0; r < rows.size(); r++) {
            List<LaidOutDocument.Cell> row = rows.get(r);
            boolean rowStart = true;
            for (int c = 0; c < row.size(); c++) {
                LaidOutDocument.Cell cell = row.get(c);
                if (columns[r][c] + cell.colSpan() <= firstNumber && cell.text().isBlank()) {
                    continue;
                }
                Lexer.lex(cell.text(), 0, 0, cell.position(), rowStart, true, sink);
                // A cell always makes a token (an empty one at least), so the row has started after the first.
                rowStart = false;
            }
        }
    }

    /** The grid column of every cell, with rowspans and colspans laid out as in an HTML table. */
    private static int[][] gridColumns(List<List<LaidOutDocument.Cell>> rows) {
        int[][] columns = new int[rows.size()][];
        int[] until = new int[8];
        Arrays.fill(until, -1);
        for (int r = 0; r < rows.size(); r++) {
            List<LaidOutDocument.Cell> row = rows.get(r);
            columns[r] = new int[row.size()];
            int col = 0;
            for (int c = 0; c < row.size(); c++) {
                while (col < until.length && until[col] >= r) {
                    col++;
                }
                LaidOutDocument.Cell cell = row.get(c);
                int span = Math.min(cell.colSpan(), HtmlSource.MAX_SPAN);
                if (col + span > until.length) {
                    int old = until.length;
                    until = Arrays.copyOf(until, Math.max(col + span, old * 2));
                    Arrays.fill(until, old, until.length, -1);
                }
                for (int k = 0; k < span; k++) {
                    until[col + k] = Math.max(until[col + k], r + Math.min(cell.rowSpan(), HtmlSource.MAX_SPAN) - 1);
                }
                columns[r][c] = col;
                col += span;
            }
        }
        return columns;
    }

    /** The leftmost grid column of a cell that holds a number alone, or the table's width if none does. */
    private static int firstNumberColumn(List<List<LaidOutDocument.Cell>> rows, int[][] columns) {
        int first = Integer.MAX_VALUE;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (isNumber(rows.get(r).get(c).text())) {
                    first = Math.min(first, columns[r][c]);
                }
            }
        }
        return first;
    }

    /** Whether a cell holds a number and nothing else (digits, with separators and spaces). */
    private static boolean isNumber(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digit = true;
            } else if (c != ',' && c != '.' && c != '，' && !Text.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }
}
