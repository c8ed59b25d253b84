package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.CellRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to draw, as a word processor holds it: column widths, rows with a least height, and cells placed on
 * the grid, each spanning rows and columns (a merged cell), with its text, how the text is set and, for a cell
 * of the report, its {@link CellRef}. The first {@link #headerRows()} rows are the header, repeated on the next
 * page when a layout repeats headers. {@link PdfTableWriter} draws it.
 */
final class TableGrid {

    /** How a cell's text is placed across the cell. */
    enum Align { LEFT, CENTRE }

    /**
     * How a cell's text is set.
     *
     * @param size the font size; a line that does not fit is set smaller unless the text wraps
     * @param align across the cell
     * @param wrap whether a long line wraps onto more lines (else it shrinks to fit)
     * @param vertical whether the text stands one character a line
     */
    record Style(float size, Align align, boolean wrap, boolean vertical) {
    }

    /**
     * One cell on the grid.
     *
     * @param row the first row
     * @param column the first column
     * @param rowSpan how many rows it spans
     * @param columnSpan how many columns it spans
     * @param text the text; {@code \n} breaks a line
     * @param style how the text is set
     * @param ref the report's cell it prints, or null for a label or an empty cell
     */
    record Cell(int row, int column, int rowSpan, int columnSpan, String text, Style style, CellRef ref) {

        /** Checks the placement. */
        Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
                throw new IllegalArgumentException("bad placement " + row + "," + column + " " + rowSpan + "×"
                        + columnSpan);
            }
        }

        /** The last row it spans. */
        int lastRow() {
            return row + rowSpan - 1;
        }
    }

    private final float[] widths;
    private final List<Float> minHeights = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private int headerRows;

    /**
     * Starts a table with the given column widths.
     *
     * @param widths the widths, in points
     */
    TableGrid(float... widths) {
        this.widths = widths.clone();
    }

    /**
     * Adds a row.
     *
     * @param minHeight the least height
     * @return the row's index
     */
    int row(float minHeight) {
        minHeights.add(minHeight);
        return minHeights.size() - 1;
    }

    /**
     * Places a cell.
     *
     * @param row the first row
     * @param column the first column
     * @param rowSpan rows spanned
     * @param columnSpan columns spanned
     * @param text the text
     * @param style how it is set
     * @param ref the report's cell, or null
     * @return this grid
     */
    TableGrid put(int row, int column, int rowSpan, int columnSpan, String text, Style style, CellRef ref) {
        Cell cell = new Cell(row, column, rowSpan, columnSpan, text, style, ref);
        if (column + columnSpan > widths.length) {
            throw new IllegalArgumentException("cell beyond the last column: " + cell);
        }
        cells.add(cell);
        return this;
    }

    /** Marks the rows added so far as the header. */
    void endHeader() {
        headerRows = minHeights.size();
    }

    float[] widths() {
        return widths.clone();
    }

    int rows() {
        return minHeights.size();
    }

    float minHeight(int row) {
        return minHeights.get(row);
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    int headerRows() {
        return headerRows;
    }

    /** The whole width. */
    float width() {
        float w = 0;
        for (float f : widths) {
            w += f;
        }
        return w;
    }
}
