package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        assertEquals("table 2, row 5, column 3", SourcePosition.tableCell(2, 5, 3).toString());
        assertEquals("text block 7", SourcePosition.block(7).toString());
        assertNotEquals(SourcePosition.tableCell(1, 1, 1), SourcePosition.tableCell(1, 1, 2));
    }

    @Test
    void pageAreasNameThePageAndTheBoxToATenth() {
        assertEquals("page 3, x 318.7, y 513.3, 14.1 × 7.0",
                SourcePosition.pageArea(3, 318.66, 513.3, 14.1, 7).toString());
        assertEquals("page 1, x 0.0, y 0.0, 0.0 × 0.0", SourcePosition.pageArea(1, 0, 0, 0, 0).toString());
        assertEquals(SourcePosition.pageArea(2, 1, 2, 3, 4), new SourcePosition.PageArea(2, 1, 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(0, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(1, -0.5, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(1, 0, 0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(1, 0, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SourcePosition.pageArea(1, 0, 0, Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.line(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.line(1, 0));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.tableCell(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.block(0));
    }

    @Test
    void describesItselfInChineseOrEnglish() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("第 109 行", SourcePosition.line(109, 1).describe(zh));
        assertEquals("第 12 行第 345 个字符", SourcePosition.line(12, 345).describe(zh));
        assertEquals("第 2 个表格第 5 行第 3 列", SourcePosition.tableCell(2, 5, 3).describe(zh));
        assertEquals("第 7 段文字", SourcePosition.block(7).describe(zh));
        assertEquals("第 3 页，x 318.7，y 513.3，14.1 × 7.0", SourcePosition.pageArea(3, 318.66, 513.3, 14.1, 7).describe(zh));
        for (SourcePosition p : List.of(SourcePosition.line(12, 345), SourcePosition.tableCell(2, 5, 3),
                SourcePosition.block(7), SourcePosition.pageArea(3, 1, 2, 3, 4))) {
            assertEquals(p.toString(), p.describe(Locale.ENGLISH));
            assertEquals(p.toString(), p.describe(Locale.JAPANESE));
        }
    }

    @Test
    void parsesWhatToStringGives() {
        List<SourcePosition> positions = List.of(SourcePosition.line(109, 1), SourcePosition.line(12, 345),
                SourcePosition.tableCell(2, 5, 3), SourcePosition.block(7),
                SourcePosition.pageArea(3, 318.7, 513.3, 14.1, 7.0));
        for (SourcePosition p : positions) {
            assertEquals(p, SourcePosition.parse(p.toString()), p::toString);
            assertEquals(Optional.of(p), SourcePosition.tryParse(p.toString()));
        }
        SourcePosition rounded = SourcePosition.parse(SourcePosition.pageArea(1, 0.04, 2.26, 3, 4).toString());
        assertEquals(SourcePosition.pageArea(1, 0.0, 2.3, 3.0, 4.0), rounded, "a page area to one decimal, as written");
    }

    @Test
    void theLargestNumbersAndMeasuresComeBackToo() {
        int max = Integer.MAX_VALUE;
        double most = SourcePosition.PageArea.MAX_MEASURE;
        for (SourcePosition p : List.of(SourcePosition.line(max, max), SourcePosition.tableCell(max, max, max),
                SourcePosition.block(max), SourcePosition.pageArea(max, most, most, most, most))) {
            assertEquals(p, SourcePosition.parse(p.toString()), p::toString);
        }
        assertEquals("page 1, x 1000000000.0, y 0.0, 0.0 × 0.0",
                SourcePosition.pageArea(1, most, 0, 0, 0).toString());
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(1, Math.nextUp(most), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SourcePosition.pageArea(1, 1e300, 0, 0, 0));
        // -0.0 is 0: it is written as 0.0 and read back equal.
        SourcePosition negativeZero = SourcePosition.pageArea(1, -0.0, -0.0, 0, 0);
        assertEquals(SourcePosition.pageArea(1, 0, 0, 0, 0), negativeZero);
        assertEquals(negativeZero, SourcePosition.parse(negativeZero.toString()));
    }

    @Test
    void refusesWhatIsNotThePositionsDescription() {
        for (String text : List.of("", "line", "line 0", "line x", "Line 3", "line 3, column", "第 3 行", "text block -1",
                "table 1, row 2", "page 1, x 1, y 2, 3 × 4", " line 3", "line 3 ", "line 99999999999", "line 2147483648",
                "text block 9999999999", "line \u0663", "page 1, x 10000000000.0, y 0.0, 0.0 × 0.0")) {
            assertThrows(IllegalArgumentException.class, () -> SourcePosition.parse(text), text);
            assertEquals(Optional.empty(), SourcePosition.tryParse(text), text);
        }
    }
}
