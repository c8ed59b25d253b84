package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void linePositionsDescribeThemselvesShortly() {
        assertEquals("line 109", SourcePosition.line(109, 1).toString());
        assertEquals("line 12, column 345", SourcePosition.line(12, 345).toString());
        assertEquals(new SourcePosition.Line(3, 4), SourcePosition.line(3, 4));
    }

    @Test
    void tableCellsAndBlocksDescribeThemselves() {
        assertEquals("HTML table 2, row 5, column 3", SourcePosition.tableCell(2, 5, 3).toString());
        assertEquals("HTML text block 7", SourcePosition.block(7).toString());
        assertNotEquals(SourcePosition.tableCell(1, 1, 1), SourcePosition.tableCell(1, 1, 2));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.line(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.line(1, 0));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.tableCell(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.block(0));
    }
}
