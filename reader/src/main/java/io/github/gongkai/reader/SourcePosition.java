package io.github.gongkai.reader;

/**
 * Where a piece of text stands in the page that was read, so that a person can find it: a line (and
 * character column) of a text or Markdown page, a cell of an HTML table, or a block of text outside the
 * tables of an HTML page. All numbers are 1-based.
 *
 * <p>Implementations are immutable, thread-safe values; {@code toString()} gives a short English
 * description such as {@code "line 109"}, {@code "line 12, column 345"} or
 * {@code "HTML table 2, row 5, column 3"}.
 */
public sealed interface SourcePosition permits SourcePosition.Line, SourcePosition.TableCell, SourcePosition.Block {

    /**
     * Obtains a position on a line of a text or Markdown page.
     *
     * @param line the line number, from 1
     * @param column the character column, from 1 (the start of the Markdown cell, or of the number in a
     *     run-on line)
     * @return the position, never null
     * @throws IllegalArgumentException if a number is below 1
     */
    static Line line(int line, int column) {
        return new Line(line, column);
    }

    /**
     * Obtains a position in an HTML table, counting columns of the table's grid (after rowspan and colspan
     * are laid out), not {@code <td>} elements.
     *
     * @param table the table, counted from 1 in document order
     * @param row the row within the table, from 1
     * @param column the grid column within the row, from 1
     * @return the position, never null
     * @throws IllegalArgumentException if a number is below 1
     */
    static TableCell tableCell(int table, int row, int column) {
        return new TableCell(table, row, column);
    }

    /**
     * Obtains the position of a block of text (a paragraph, heading or title) outside the tables of an
     * HTML page.
     *
     * @param block the block, counted from 1 in document order
     * @return the position, never null
     * @throws IllegalArgumentException if the number is below 1
     */
    static Block block(int block) {
        return new Block(block);
    }

    /**
     * A line of a text or Markdown page.
     *
     * @param line the line number, from 1
     * @param column the character column, from 1
     */
    record Line(int line, int column) implements SourcePosition {
        /**
         * Checks the numbers.
         *
         * @throws IllegalArgumentException if a number is below 1
         */
        public Line {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("line and column start at 1, were " + line + ", " + column);
            }
        }

        /**
         * Returns {@code "line N"}, or {@code "line N, column C"} when the column is not the first.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return column == 1 ? "line " + line : "line " + line + ", column " + column;
        }
    }

    /**
     * A cell of an HTML table's grid.
     *
     * @param table the table, counted from 1 in document order
     * @param row the row within the table, from 1
     * @param column the grid column, from 1
     */
    record TableCell(int table, int row, int column) implements SourcePosition {
        /**
         * Checks the numbers.
         *
         * @throws IllegalArgumentException if a number is below 1
         */
        public TableCell {
            if (table < 1 || row < 1 || column < 1) {
                throw new IllegalArgumentException("table, row and column start at 1, were " + table + ", " + row
                        + ", " + column);
            }
        }

        /**
         * Returns {@code "HTML table T, row R, column C"}.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return "HTML table " + table + ", row " + row + ", column " + column;
        }
    }

    /**
     * A block of text outside the tables of an HTML page.
     *
     * @param block the block, counted from 1 in document order
     */
    record Block(int block) implements SourcePosition {
        /**
         * Checks the number.
         *
         * @throws IllegalArgumentException if the number is below 1
         */
        public Block {
            if (block < 1) {
                throw new IllegalArgumentException("block starts at 1, was " + block);
            }
        }

        /**
         * Returns {@code "HTML text block B"}.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return "HTML text block " + block;
        }
    }
}
