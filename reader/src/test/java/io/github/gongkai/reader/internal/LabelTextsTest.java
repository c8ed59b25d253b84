package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTextsTest {

    private static Run runAt(int line, boolean rowStart) {
        Run run = new Run();
        run.add(new Token(Token.Kind.VALUE, "3", "3", line, 9, line > 0 ? null : SourcePosition.tableCell(1, 2, 2),
                rowStart, true));
        return run;
    }

    @Test
    void keepsTheLastEightTextsAndTheLineOfTheLast() {
        LabelTexts label = new LabelTexts();
        assertTrue(label.isEmpty());
        for (int i = 1; i <= 10; i++) {
            label.add("t" + i, i);
        }
        assertEquals(List.of("t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10"), label.keys());
        assertEquals(10, label.line());
        assertEquals("t3t4t5t6t7t8t9t10", label.joined());
        LabelTexts two = new LabelTexts();
        two.add("（三）不予公开", 1);
        two.add("1.属于国家秘密", 2);
        assertEquals("（三）不予公开1.属于国家秘密", two.joined());
        label.clear();
        assertTrue(label.isEmpty());
        assertEquals("", label.joined());
    }

    @Test
    void joinsToTheLastFourHundredCharacters() {
        LabelTexts label = new LabelTexts();
        String longText = "甲".repeat(390) + "乙".repeat(20);
        label.add(longText, 1);
        assertEquals(longText.substring(10), label.joined());
        label.add("（一）予以公开", 2);
        String joined = label.joined();
        assertEquals(400, joined.length());
        assertTrue(joined.endsWith("乙".repeat(20) + "（一）予以公开"), joined);
        label.clear();
        label.add("a".repeat(300), 1);
        label.add("b".repeat(300), 2);
        label.add("c".repeat(50), 3);
        assertEquals("a".repeat(50) + "b".repeat(300) + "c".repeat(50), label.joined());
    }

    @Test
    void theLastTextIsInARunsRowOnItsFirstNumbersLineOrInAnEarlierCellOfItsTableRow() {
        LabelTexts label = new LabelTexts();
        assertFalse(label.inRowOf(runAt(4, false)));
        label.add("（一）予以公开", 4);
        assertTrue(label.inRowOf(runAt(4, false)));
        assertFalse(label.inRowOf(runAt(5, true)));
        LabelTexts cell = new LabelTexts();
        cell.add("（一）予以公开", 0);
        assertTrue(cell.inRowOf(runAt(0, false)));
        assertFalse(cell.inRowOf(runAt(0, true)), "the run's first number starts a table row: the label is above it");
    }
}
