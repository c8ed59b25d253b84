package io.github.gongkai.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a piece of text stands in the page that was read, so that a person can find it: a line (and
 * character column) of a text or Markdown page, a cell of an HTML or Word table, a block of text outside the
 * tables of an HTML page or Word document, or an area of a PDF page. Counts are 1-based.
 *
 * <p>Implementations are immutable, thread-safe values; {@code toString()} gives a short English
 * description such as {@code "line 109"}, {@code "line 12, column 345"}, {@code "table 2, row 5, column 3"}
 * or {@code "page 3, x 318.7, y 513.3, 14.1 × 7.0"}, and {@link #describe(Locale)} the same in Chinese
 * ({@code "第 12 行第 345 个字符"}).
 */
public sealed interface SourcePosition
        permits SourcePosition.Line, SourcePosition.TableCell, SourcePosition.Block, SourcePosition.PageArea {

    /**
     * Describes the position for a person: in Chinese for a locale whose language is {@code zh}, in English
     * otherwise (as {@code toString()}).
     *
     * @param locale the language
     * @return the description, never null
     */
    String describe(Locale locale);

    /**
     * Obtains a position from its English description, as {@code toString()} gives it: {@code "line 109"},
     * {@code "line 12, column 345"}, {@code "table 2, row 5, column 3"}, {@code "text block 7"} or
     * {@code "page 3, x 318.7, y 513.3, 14.1 × 7.0"}. {@code parse(p.toString())} equals {@code p}, except that a
     * page area's measures come back to one decimal, as written.
     *
     * @param text the description
     * @return the position, never null
     * @throws IllegalArgumentException if the text is not such a description, or its numbers are out of range
     */
    static SourcePosition parse(CharSequence text) {
        return SourcePositionParser.parse(text.toString());
    }

    /**
     * Obtains a position from its English description, if it is one: {@link #parse} without the exception.
     *
     * @param text the description
     * @return the position, or empty if the text is not the description of one
     */
    static Optional<SourcePosition> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

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
     * Obtains an area of a PDF page, in PDF units (1/72 inch) from the page's top left corner, so that a tool
     * can highlight the text on the page.
     *
     * @param page the page, from 1
     * @param x the area's left edge, from the page's left edge, at least 0
     * @param y the area's top edge, from the page's top edge, at least 0
     * @param width its width, at least 0
     * @param height its height, at least 0
     * @return the position, never null
     * @throws IllegalArgumentException if the page is below 1 or a measure is negative or not finite
     */
    static PageArea pageArea(int page, double x, double y, double width, double height) {
        return new PageArea(page, x, y, width, height);
    }

    /**
     * Obtains a position in an HTML or Word table, counting columns of the table's grid (after rowspan and colspan
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
     * HTML page or Word document.
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
            return describe(Locale.ENGLISH);
        }

        @Override
        public String describe(Locale locale) {
            return column == 1 ? text(locale, "line", line) : text(locale, "lineColumn", line, column);
        }
    }

    /**
     * A cell of an HTML or Word table's grid.
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
         * Returns {@code "table T, row R, column C"}.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return describe(Locale.ENGLISH);
        }

        @Override
        public String describe(Locale locale) {
            return text(locale, "tableCell", table, row, column);
        }
    }

    /**
     * A block of text outside the tables of an HTML page or Word document.
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
         * Returns {@code "text block B"}.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return describe(Locale.ENGLISH);
        }

        @Override
        public String describe(Locale locale) {
            return text(locale, "block", block);
        }
    }

    /**
     * An area of a PDF page: a cell's box, or the box of a line of text, in PDF units (1/72 inch) measured from
     * the page's top left corner (the page's crop box), y downwards.
     *
     * @param page the page, from 1
     * @param x the left edge
     * @param y the top edge
     * @param width the width
     * @param height the height
     */
    record PageArea(int page, double x, double y, double width, double height) implements SourcePosition {
        /** The largest measure, in PDF units: a thousand million, far beyond any page (PDF allows 14 400). */
        public static final double MAX_MEASURE = 1e9;

        /**
         * Checks the numbers.
         *
         * @throws IllegalArgumentException if the page is below 1, or a measure is negative, not a number or above
         *     {@value #MAX_MEASURE} (no page is that large; the description could not write it)
         */
        public PageArea {
            if (page < 1) {
                throw new IllegalArgumentException("page starts at 1, was " + page);
            }
            if (!(x >= 0 && y >= 0 && width >= 0 && height >= 0)
                    || Math.max(Math.max(x, y), Math.max(width, height)) > MAX_MEASURE) {
                throw new IllegalArgumentException("an area's measures are from 0 to " + MAX_MEASURE + ", were " + x
                        + ", " + y + ", " + width + ", " + height);
            }
            // -0.0 is 0: the description writes both as 0.0, and reads back 0.0.
            x = x + 0.0;
            y = y + 0.0;
            width = width + 0.0;
            height = height + 0.0;
        }

        /**
         * Returns {@code "page P, x X, y Y, W × H"}, the measures to one decimal.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return describe(Locale.ENGLISH);
        }

        @Override
        public String describe(Locale locale) {
            return ReaderTexts.format(locale, "position.pageArea",
                    List.of(Integer.toString(page), tenths(x), tenths(y), tenths(width), tenths(height)), Map.of());
        }

        private static String tenths(double v) {
            long t = Math.round(v * 10);
            return t / 10 + "." + t % 10;
        }
    }

    private static String text(Locale locale, String key, int... numbers) {
        List<String> arguments = new ArrayList<>(numbers.length);
        for (int n : numbers) {
            arguments.add(Integer.toString(n));
        }
        return ReaderTexts.format(locale, "position." + key, arguments, Map.of());
    }

}
