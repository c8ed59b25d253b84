package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.util.BitSet;
import java.util.List;

/**
 * A table printed one cell a line, an empty cell an empty line, as LibreOffice's and Word's text exports print
 * one: a row's numbers stand on the lines after its label (table 四's fifteen after its header), and the empty
 * lines among them are its blank cells.
 * They are read so only where nothing else can be meant:
 * <ul>
 *   <li>the page does not space its lines with empty ones (more of its lines with content stand next to the one
 *       before than one empty line after it: a page copied with an empty line after every line, as the sample
 *       is, has none next to each other);</li>
 *   <li>the row's numbers stand one a line, each alone on it, on the lines after the label, one a cell;</li>
 *   <li>the next text stands exactly where the row's cells and the next row's merged cells end: the export
 *       prints, before a row's label, an empty line for each cell left of it that it shares with the rows above
 *       (三、本年度办理结果, a group's label, merged down their rows; {@link #mergedBefore}). A line lost, doubled
 *       or added (a cell's second paragraph) anywhere in the row moves the next text, and the row is left as
 *       it is: short of cells, not read;</li>
 *   <li>no line among them was dropped (a page footer), which would look as empty as a blank cell.</li>
 * </ul>
 * Holds the page's facts, and sees table 三's text as the reader gathers it; one per page read, not thread-safe.
 */
final class EmptyLineCells {

    /** Table 三's cells a row. */
    private static final int T3_COLUMNS = ApplicantColumn.values().length;
    /** Table 四's cells, printed as one row under its header. */
    private static final int T4_CELLS = ReviewLitigationColumn.values().length * ReviewLitigationRow.values().length;

    private final boolean spacedByEmptyLines;
    private final BitSet droppedLines;
    private final Edition edition;
    private final int[] t3Order;
    private final StringBuilder t3Text;

    /**
     * Creates the cells of a page.
     *
     * @param adjacentLines how many of the page's lines with content stand next to the one before
     * @param linesOneApart how many stand one empty line after it
     * @param droppedLines the lines the page's source dropped (page footers, separator rows)
     * @param edition the page's edition
     * @param t3Order the printed order of each row of table 三 in it, by ordinal ({@link Labels#t3Order})
     * @param t3Text the text of table 三 read so far, whose header may name a subtotal column
     */
    EmptyLineCells(int adjacentLines, int linesOneApart, BitSet droppedLines, Edition edition, int[] t3Order,
            StringBuilder t3Text) {
        this.spacedByEmptyLines = adjacentLines <= linesOneApart;
        this.droppedLines = droppedLines;
        this.edition = edition;
        this.t3Order = t3Order;
        this.t3Text = t3Text;
    }

    /**
     * A row of table 三's run ({@link Run#labelLine}, {@link Run#endLine} set) with its empty lines as empty cells
     * ({@link #fill}); empty where its numbers span more lines than it has cells ({@link #overfull}); the run
     * itself where table 三's header names a subtotal column (小计, 合计), whose rows have a cell more.
     *
     * @param run the run
     * @param row the row its label names
     * @return the run, a new run, or an empty one
     */
    Run filled(Run run, ApplicationRow row) {
        // The cheap tests of filled(Run, int, int) first: table 三's text is searched, and the next row looked up,
        // only on a page that prints a cell a line.
        if (spacedByEmptyLines || run.labelLine <= 0 || SubtotalColumn.named(t3Text)) {
            return run;
        }
        int next = t3Order[row.ordinal()] + 1;
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        return filled(run, T3_COLUMNS, mergedBefore(next < rows.size() ? rows.get(next) : null, edition));
    }

    /**
     * {@link #filled(Run, ApplicationRow)} of a row of table 二, none of whose cells is merged.
     *
     * @param run the run
     * @param row the row its label names
     * @return the run, a new run, or an empty one
     */
    Run filled(Run run, ActiveDisclosureRow row) {
        return filled(run, row.columns(edition).size(), 0);
    }

    /**
     * {@link #filled(Run, ApplicationRow)} of table 四 printed as one row of its fifteen cells under its header,
     * none of them merged: the run after the header's last word.
     *
     * @param run the run
     * @return the run, a new run, or an empty one
     */
    Run filledReviewRow(Run run) {
        return filled(run, T4_CELLS, 0);
    }

    /** The three above: the run itself on a page spaced by empty lines or off lines, else overfull or filled. */
    private Run filled(Run run, int width, int merged) {
        if (spacedByEmptyLines || run.labelLine <= 0) {
            return run;
        }
        return overfull(run, width) ? new Run() : fill(run, run.labelLine, run.endLine, width, merged);
    }

    /**
     * Whether a label on {@code labelLine} followed, with no token between, by the next text on {@code endLine}
     * may be a row of empty cells: a page not spaced by empty lines, and a line at least between them.
     *
     * @param labelLine the label's line, 0 if none or off lines
     * @param endLine the next text's line
     * @return true if {@link #fill} of an empty run may give a row
     */
    boolean mayBeEmptyRow(int labelLine, int endLine) {
        return !spacedByEmptyLines && labelLine > 0 && endLine > labelLine + 1;
    }

    /**
     * The run with an EMPTY token for each empty line among a row's cells, where the page prints its cells one a
     * line (see the class comment); else the run itself.
     *
     * @param run the numbers of a row whose label was found; empty for a row of empty lines alone
     * @param labelLine the label's line, 0 if none or off lines
     * @param endLine the line of the text after the row
     * @param width how many cells the row has
     * @param merged how many empty lines stand between the row's cells and the next text for the next row's
     *     merged cells ({@link #mergedBefore})
     * @return a new run of a token per cell, or {@code run}
     */
    Run fill(Run run, int labelLine, int endLine, int width, int merged) {
        if (!fits(run, labelLine, endLine, width, merged)) {
            return run;
        }
        Run filled = new Run();
        int k = 0;
        for (int line = labelLine + 1; line <= labelLine + width; line++) {
            Token t = k < run.tokens.size() ? run.tokens.get(k) : null;
            if (t != null && t.line == line) {
                filled.add(t);
                k++;
            } else {
                filled.add(new Token(Token.Kind.EMPTY, "", "", line, 1, null, false, false));
            }
        }
        return filled;
    }

    /**
     * Whether a row's numbers, one a line on a page that prints a cell a line (two of them on lines next to each
     * other), span more lines than the row has cells: a line doubled or added among them, so that a number stands
     * where another cell's was. Such a row is not read, even with as many numbers as cells.
     *
     * @param run the row's numbers
     * @param width how many cells the row has
     * @return true if the run spans more than {@code width} lines
     */
    boolean overfull(Run run, int width) {
        if (spacedByEmptyLines || run.tokens.isEmpty() || run.overflowed()) {
            return false;
        }
        if (!oneNumberALine(run, 0)) {
            return false;
        }
        // Two numbers on lines next to each other: the row's own lines are not spaced by empty ones either.
        boolean adjacent = false;
        for (int k = 1; k < run.tokens.size(); k++) {
            adjacent |= run.tokens.get(k).line == run.tokens.get(k - 1).line + 1;
        }
        return adjacent && run.tokens.get(run.tokens.size() - 1).line - run.tokens.get(0).line + 1 > width;
    }

    /** Whether each token of the run is a number alone on its line, on lines after {@code after}, in order. */
    private static boolean oneNumberALine(Run run, int after) {
        int previous = after;
        for (Token t : run.tokens) {
            if (t.kind != Token.Kind.VALUE || !t.lineAlone || t.line <= previous || Pieces.pieceCount(t) != 1) {
                return false;
            }
            previous = t.line;
        }
        return true;
    }

    private boolean fits(Run run, int labelLine, int endLine, int width, int merged) {
        if (spacedByEmptyLines || labelLine <= 0 || run.overflowed() || run.tokens.size() >= width
                || endLine != labelLine + width + merged + 1) {
            return false;
        }
        int dropped = droppedLines.nextSetBit(labelLine + 1);
        return oneNumberALine(run, labelLine) && (dropped < 0 || dropped >= endLine);
    }

    /**
     * How many cells left of a row's label of table 三 the official table merges with the rows above, which a
     * text export prints as empty lines before the label: none for 一、二 and 四 (their label spans those
     * columns) and for （一）予以公开 (the first row under 三、本年度办理结果, whose text stands in that cell); one
     * (三、本年度办理结果) for the other rows under it and for a group's first row (its group label's text
     * follows); two (that and the group's label) for a group's other rows.
     *
     * @param next the row printed after the one read, or null after the last
     * @param edition the edition
     * @return 0, 1 or 2
     */
    static int mergedBefore(ApplicationRow next, Edition edition) {
        if (next == null || next.kind() == ApplicationRow.Kind.INFLOW || next.kind() == ApplicationRow.Kind.OUTFLOW) {
            return 0;
        }
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        ApplicationRow before = rows.get(rows.indexOf(next) - 1);
        if (before.kind() == ApplicationRow.Kind.INFLOW) {
            return 0; // the first outcome row: 三、本年度办理结果 is printed in its cell
        }
        if (next.group().isEmpty() || !next.group().equals(before.group())) {
            return 1;
        }
        return 2;
    }
}
