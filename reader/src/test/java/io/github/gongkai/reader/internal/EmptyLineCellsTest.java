package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyLineCellsTest {

    private static final EmptyLineCells SINGLE = cells(10, 2, new BitSet());

    private static EmptyLineCells cells(int adjacent, int oneApart, BitSet dropped) {
        return new EmptyLineCells(adjacent, oneApart, dropped, Edition.V2021, Labels.of(Edition.V2021).t3Order,
                new StringBuilder());
    }

    /** Numbers alone on their lines, as the lexer makes them from a page's lines. */
    private static Run numbers(int... lines) {
        Run run = new Run();
        for (int line : lines) {
            run.add(new Token(Token.Kind.VALUE, "0", "0", line, 1, null, false, true, true));
        }
        return run;
    }

    private static List<Token.Kind> kinds(Run run) {
        return run.tokens.stream().map(t -> t.kind).toList();
    }

    @Test
    void theEmptyLinesAmongARowsNumbersAreItsEmptyCells() {
        // Label on line 10; numbers on 11, 14 and 17; the next text on 18: seven cells, four of them empty.
        Run filled = SINGLE.fill(numbers(11, 14, 17), 10, 18, 7, 0);
        assertEquals(List.of(Token.Kind.VALUE, Token.Kind.EMPTY, Token.Kind.EMPTY, Token.Kind.VALUE,
                Token.Kind.EMPTY, Token.Kind.EMPTY, Token.Kind.VALUE), kinds(filled));
        assertEquals(15, filled.tokens.get(4).line, "an empty cell stands on its line");
        // The next row's two merged cells as two empty lines more before its label.
        assertEquals(7, SINGLE.fill(numbers(11, 14, 17), 10, 20, 7, 2).size());
        // A row printed all blank: its label, seven empty lines, the next text.
        assertEquals(7, SINGLE.fill(new Run(), 10, 18, 7, 0).size());
    }

    @Test
    void aLineLostOrAddedLeavesTheRowAsItIs() {
        Run run = numbers(11, 14, 17);
        assertSame(run, SINGLE.fill(run, 10, 19, 7, 0), "an empty line more");
        assertSame(run, SINGLE.fill(run, 10, 17, 7, 0), "an empty line less");
        assertSame(run, SINGLE.fill(run, 10, 19, 7, 2), "merged cells lost");
        Run beyond = numbers(11, 18);
        assertSame(beyond, SINGLE.fill(beyond, 10, 19, 7, 0), "a number past the row's lines");
        Run full = numbers(11, 12, 13, 14, 15, 16, 17);
        assertSame(full, SINGLE.fill(full, 10, 18, 7, 0), "a row with all its numbers needs nothing");
    }

    @Test
    void aPageSpacedByEmptyLinesOrAFooterAmongTheLinesLeavesTheRowAsItIs() {
        Run run = numbers(11, 14, 17);
        EmptyLineCells spaced = cells(0, 300, new BitSet());
        assertSame(run, spaced.fill(run, 10, 18, 7, 0));
        assertFalse(spaced.mayBeEmptyRow(10, 18));
        BitSet footer = new BitSet();
        footer.set(13);
        assertSame(run, cells(10, 2, footer).fill(run, 10, 18, 7, 0));
        assertSame(run, SINGLE.fill(run, 0, 18, 7, 0), "no label on a line");
    }

    @Test
    void tableFourPrintedAsOneRowUnderItsHeaderKeepsItsEmptyCells() {
        Run run = numbers(21, 24, 25, 35);
        run.labelLine = 20;
        run.endLine = 36;
        Run filled = SINGLE.filledReviewRow(run);
        assertEquals(15, filled.size());
        assertEquals(List.of(Token.Kind.VALUE, Token.Kind.EMPTY, Token.Kind.EMPTY, Token.Kind.VALUE, Token.Kind.VALUE),
                kinds(filled).subList(0, 5));
        run.endLine = 37;
        assertSame(run, SINGLE.filledReviewRow(run), "an empty line more: not the fifteen cells");
    }

    @Test
    void numbersSpanningMoreLinesThanCellsAreAnOverfullRow() {
        assertTrue(SINGLE.overfull(numbers(11, 12, 14), 3), "19, 19 (doubled), an empty cell, 38");
        assertFalse(SINGLE.overfull(numbers(11, 12, 13), 3));
        assertTrue(SINGLE.overfull(numbers(11, 13, 14), 3), "an empty line more among three numbers");
        assertFalse(SINGLE.overfull(numbers(11, 13, 15, 17), 3), "no two numbers next to each other: spaced lines");
        assertFalse(cells(0, 9, new BitSet()).overfull(numbers(11, 12, 14), 3));
    }

    @Test
    void theOfficialTableMergesTheCellsLeftOfALabel() {
        Edition e = Edition.V2021;
        assertEquals(0, EmptyLineCells.mergedBefore(ApplicationRow.CARRIED_OVER, e));
        assertEquals(0, EmptyLineCells.mergedBefore(ApplicationRow.DISCLOSED, e), "三、本年度办理结果 in its cell");
        assertEquals(1, EmptyLineCells.mergedBefore(ApplicationRow.PARTIALLY_DISCLOSED, e));
        assertEquals(1, EmptyLineCells.mergedBefore(ApplicationRow.WITHHELD_STATE_SECRET, e), "a group's first");
        assertEquals(2, EmptyLineCells.mergedBefore(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW, e));
        assertEquals(1, EmptyLineCells.mergedBefore(ApplicationRow.OUTCOME_TOTAL, e));
        assertEquals(0, EmptyLineCells.mergedBefore(ApplicationRow.CARRIED_FORWARD, e));
        assertEquals(0, EmptyLineCells.mergedBefore(null, e), "after the last row");
        assertEquals(1, EmptyLineCells.mergedBefore(ApplicationRow.OTHER_DISPOSAL, Edition.V2019), "2019's one row");
    }
}
