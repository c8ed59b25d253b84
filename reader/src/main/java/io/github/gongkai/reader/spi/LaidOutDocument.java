package io.github.gongkai.reader.spi;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A document as a {@link DocumentReader} lays it out: its text blocks and tables in reading order, each piece
 * with its position, and nothing interpreted. The reader reads it as it reads an HTML page: headings and
 * sentences from the text blocks, rows from the tables' rows, a row label from the first cells of a row, a
 * group label spanning rows ({@link Cell#rowSpan()}) once, in the first row it covers. An immutable value.
 *
 * <p>What a document reader should give: a line or paragraph of text per {@link Text} (page footers such as
 * {@code -3-} may stay: the reader skips them); a table per {@link Table}, its cells as printed (an empty cell as
 * the empty string, a cell's lines joined without a line break), a table broken across pages as one table per
 * page, or as one table when the reader joins them.
 *
 * <p>Remarks are what the document reader noticed about how the document was made that bears on how far its text
 * can be trusted (a PDF whose text is an invisible OCR layer over page images), each a warning of code
 * {@link ReadingWarning.Code#DOCUMENT_REMARK}: {@link ReadingWarning.Detail#TEXT_OVER_PAGE_IMAGES}, or
 * {@link ReadingWarning.Detail#REMARK} in the document reader's own words. The reader passes them on first, with
 * control characters removed from a remark's words.
 *
 * @param blocks the blocks, in reading order
 * @param remarks what the document reader noticed; usually none
 */
public record LaidOutDocument(List<Block> blocks, List<ReadingWarning> remarks) {

    /**
     * Copies the blocks and remarks.
     *
     * @throws NullPointerException if a list, a block or a remark is null
     * @throws IllegalArgumentException if a remark's code is not {@link ReadingWarning.Code#DOCUMENT_REMARK}
     */
    public LaidOutDocument {
        blocks = List.copyOf(blocks);
        remarks = List.copyOf(remarks);
        for (ReadingWarning remark : remarks) {
            if (remark.code() != ReadingWarning.Code.DOCUMENT_REMARK) {
                throw new IllegalArgumentException("a remark is a DOCUMENT_REMARK, was " + remark.code());
            }
        }
    }

    /**
     * Obtains a document of the given blocks, without remarks.
     *
     * @param blocks the blocks, in reading order
     * @return the document, never null
     */
    public static LaidOutDocument of(List<? extends Block> blocks) {
        return new LaidOutDocument(List.copyOf(blocks), List.of());
    }

    /**
     * Obtains a document of the given blocks, with what the document reader noticed.
     *
     * @param blocks the blocks, in reading order
     * @param remarks the remarks, each a {@link ReadingWarning.Code#DOCUMENT_REMARK} warning
     * @return the document, never null
     * @throws IllegalArgumentException if a remark has another code
     */
    public static LaidOutDocument of(List<? extends Block> blocks, List<ReadingWarning> remarks) {
        return new LaidOutDocument(List.copyOf(blocks), remarks);
    }

    /** A text block or a table. */
    public sealed interface Block permits Text, Table {
    }

    /**
     * A line or paragraph of text outside the tables.
     *
     * @param text the text, without line breaks
     * @param position where it stands
     */
    public record Text(String text, SourcePosition position) implements Block {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * A table: its rows, each its cells from left to right. A cell covered by a span of an earlier cell (to its
     * left, or in a row above) is not repeated.
     *
     * @param rows the rows
     */
    public record Table(List<List<Cell>> rows) implements Block {
        /**
         * Copies the rows.
         *
         * @throws NullPointerException if a row or cell is null
         */
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A cell of a table.
     *
     * @param text the cell's text as printed, lines joined; empty for an empty cell
     * @param rowSpan how many rows it covers, at least 1
     * @param colSpan how many grid columns it covers, at least 1
     * @param position where it stands: its page and box in a PDF, its table, row and grid column in a Word file
     */
    public record Cell(String text, int rowSpan, int colSpan, SourcePosition position) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if a span is below 1
         */
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(position, "position");
            if (rowSpan < 1 || colSpan < 1) {
                throw new IllegalArgumentException("spans start at 1, were " + rowSpan + ", " + colSpan);
            }
        }

        /**
         * Obtains a cell covering one row and one column.
         *
         * @param text its text
         * @param position where it stands
         * @return the cell, never null
         */
        public static Cell of(String text, SourcePosition position) {
            return new Cell(text, 1, 1, position);
        }
    }
}
