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
     * A table's cells, row by row. An empty cell in label columns only (columns where a row with numbers has a
     * label) is left out: it is a part of the row's label the document drew as a cell of its own (a 2019-style row
     * such as {@code （六）其他处理} in a table whose other rows have a sub-label column), not a blank value.
     */
    private static void table(List<List<LaidOutDocument.Cell>> rows, TokenSink sink) {
        int[][] columns = gridColumns(rows);
        boolean[] label = labelColumns(rows, columns);
        for (int r = 0; r < rows.size(); r++) {
            List<LaidOutDocument.Cell> row = rows.get(r);
            boolean rowStart = true;
            for (int c = 0; c < row.size(); c++) {
                LaidOutDocument.Cell cell = row.get(c);
                if (cell.text().isBlank() && within(label, columns[r][c], cell.colSpan())) {
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

    /** The grid columns in which a row that holds a number has a label (text that is no number). */
    private static boolean[] labelColumns(List<List<LaidOutDocument.Cell>> rows, int[][] columns) {
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                width = Math.max(width, columns[r][c] + Math.min(rows.get(r).get(c).colSpan(), HtmlSource.MAX_SPAN));
            }
        }
        boolean[] label = new boolean[width];
        for (int r = 0; r < rows.size(); r++) {
            List<LaidOutDocument.Cell> row = rows.get(r);
            if (row.stream().noneMatch(cell -> isNumber(cell.text()))) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).text();
                if (!text.isBlank() && !isNumber(text)) {
                    int span = Math.min(row.get(c).colSpan(), HtmlSource.MAX_SPAN);
                    Arrays.fill(label, columns[r][c], columns[r][c] + span, true);
                }
            }
        }
        return label;
    }

    /** Whether every column from {@code from} on, {@code span} of them, is a label column. */
    private static boolean within(boolean[] label, int from, int span) {
        for (int k = from; k < from + span; k++) {
            if (k >= label.length || !label[k]) {
                return false;
            }
        }
        return span > 0;
    }

    /**
     * Whether a cell holds a value and nothing else: a number (full-width digits, separators and a sign allowed)
     * with or without its unit ({@code 5件}, {@code 93294.49元}, {@code 12.50万元}), or a placeholder ({@code /},
     * {@code —}, {@code 无}).
     */
    static boolean isNumber(String text) {
        String t = Text.fold(text).strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals("无") || t.chars().allMatch(c -> Text.isPlaceholderChar((char) c))) {
            return true;
        }
        int from = t.charAt(0) == '+' || t.charAt(0) == '-' ? 1 : 0;
        int end = from;
        boolean digit = false;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) && t.charAt(end) < 128 || t.charAt(end) == ','
                || t.charAt(end) == '.' || t.charAt(end) == ' ')) {
            digit |= t.charAt(end) >= '0' && t.charAt(end) <= '9';
            end++;
        }
        return digit && end + Text.unitLengthAt(t, end) == t.length();
    }
}
