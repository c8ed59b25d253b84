package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException.Detail;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of one document as they are laid out, and what laying it out may still cost: text blocks are
 * numbered from 1, tables from 1, every character of text counts towards {@link DocumentLimits#maxTextChars()},
 * and the deadline is checked between elements. One per read, used by one thread.
 */
final class WordLayout {

    /** How deep tables may nest in tables: real reports nest two levels at most. */
    static final int MAX_TABLE_DEPTH = 16;

    private final List<LaidOutDocument.Block> blocks = new ArrayList<>();
    private final String format;
    private final int maxTextChars;
    private final long deadline;
    private int textChars;
    private int textBlocks;
    private int tables;

    /**
     * Starts a layout.
     *
     * @param format the document as a failure's detail names it ({@code "DOCX"}, {@code "DOC"})
     * @param limits the limits
     * @param deadline the {@link System#nanoTime()} past which laying out stops
     */
    WordLayout(String format, DocumentLimits limits, long deadline) {
        this.format = format;
        this.maxTextChars = limits.maxTextChars();
        this.deadline = deadline;
    }

    /** The document as a failure's detail names it. */
    String format() {
        return format;
    }

    /**
     * Adds a paragraph's text, one text block per line (a manual line break in a paragraph ends a line, as on
     * the printed page); blank lines make no block.
     */
    void text(String paragraph) {
        int start = 0;
        for (int i = 0; i <= paragraph.length(); i++) {
            if (i == paragraph.length() || paragraph.charAt(i) == '\n') {
                String line = WordTexts.clean(paragraph, start, i);
                if (!line.isBlank()) {
                    count(line);
                    blocks.add(new LaidOutDocument.Text(line, SourcePosition.block(++textBlocks)));
                }
                start = i + 1;
            }
        }
    }

    /** The number the next table added will have: the number its cells' positions carry. */
    int upcomingTable() {
        return tables + 1;
    }

    /** Adds a table, its cells' text already counted. */
    void table(List<List<LaidOutDocument.Cell>> rows) {
        tables++;
        blocks.add(new LaidOutDocument.Table(rows));
    }

    /**
     * Counts a cell's or line's text towards the limit.
     *
     * @throws ReportReadException with {@code LIMIT_EXCEEDED} past it
     */
    void count(String text) {
        textChars += text.length();
        if (textChars > maxTextChars) {
            throw Failures.of(Detail.WORD_TOO_MUCH_TEXT, format, maxTextChars);
        }
    }

    /**
     * Checks the deadline; called between elements.
     *
     * @throws ReportReadException with {@code LIMIT_EXCEEDED} once it has passed
     */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw Failures.of(Detail.WORD_TIME_LIMIT, format);
        }
    }

    /** The document laid out so far. */
    LaidOutDocument document() {
        return LaidOutDocument.of(blocks);
    }
}
