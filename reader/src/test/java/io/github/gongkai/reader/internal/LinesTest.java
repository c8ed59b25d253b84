package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void findsALineEndAtAnyBreak() {
        char[] cs = "ab\ncd\r\nef\rg".toCharArray();
        assertEquals(2, Lines.lineEnd(cs, 0, cs.length));
        assertEquals(5, Lines.lineEnd(cs, 3, cs.length));
        assertEquals(7, Lines.nextLine(cs, 5, cs.length), "CRLF is one break");
        assertEquals(9, Lines.lineEnd(cs, 7, cs.length), "a lone CR is one");
        assertEquals(cs.length, Lines.lineEnd(cs, 10, cs.length));
        assertEquals(1, Lines.lineEnd(cs, 0, 1), "the limit ends the last line");
    }

    @Test
    void trimsAsStringTrimDoes() {
        char[] cs = " \t 数 据\u3000 ".toCharArray();
        int b = Lines.trimStart(cs, 0, cs.length);
        int e = Lines.trimEnd(cs, b, cs.length);
        assertEquals(new String(cs).trim(), new String(cs, b, e - b));
    }

    @Test
    void tellsBlankLinesAsStringIsBlankDoes() {
        for (String line : new String[] {"", " \t", "\u3000", " 0 ", "\u00A0"}) {
            char[] cs = line.toCharArray();
            assertEquals(line.isBlank(), Lines.isBlank(cs, 0, cs.length), line);
        }
    }

    @Test
    void aLineIsARowOfTabbedCellsWhenItsTabsShowAnEmptyCell() {
        for (String row : new String[] {"申请\t30\t\t\t0", "8.属于行政查询事项\t\t", "行政事业性收费\t117\t",
            "\t0\t3\t3", "规章\t \t0"}) {
            assertTrue(tabRow(row), row.replace("\t", "\\t"));
        }
        for (String line : new String[] {"申请\t3\t0\t3", "一是压实\t工作责任", "\t一、总体情况", "规章\t", "\t0",
            "\t一是\t压实", "0 3 3"}) {
            assertFalse(tabRow(line), line.replace("\t", "\\t"));
        }
    }

    private static boolean tabRow(String line) {
        char[] cs = line.toCharArray();
        int b = Lines.trimStart(cs, 0, cs.length);
        return Lines.isTabRow(cs, 0, cs.length, b, Lines.trimEnd(cs, b, cs.length));
    }

    @Test
    void tellsPipeRowsFromTheirSeparators() {
        char[] row = "| 申请 | 3 |".toCharArray();
        assertTrue(Lines.isPipeRow(row, 0, row.length));
        assertFalse(Lines.isSeparatorRow(row, 0, row.length));
        char[] separator = "|---|:--:|".toCharArray();
        assertTrue(Lines.isSeparatorRow(separator, 0, separator.length));
        char[] noDash = "| : |".toCharArray();
        assertFalse(Lines.isSeparatorRow(noDash, 0, noDash.length), "a separator has a dash");
        char[] open = "| a".toCharArray();
        assertFalse(Lines.isPipeRow(open, 0, open.length));
    }

    @Test
    void aRowsFrameIsFoundInsideTheSpacesFoldingBlanksOrDrops() {
        char[] cs = "\u200B\uFEFF\u3000 | 申请 | 3 |\u00A0\u202F\t".toCharArray();
        int b = Lines.frameStart(cs, 0, cs.length);
        int e = Lines.frameEnd(cs, b, cs.length);
        assertEquals("| 申请 | 3 |", new String(cs, b, e - b));
        assertTrue(Lines.isPipeRow(cs, b, e));

        char[] text = "\u3000\u3000总计\u00A0".toCharArray();
        int tb = Lines.frameStart(text, 0, text.length);
        assertEquals("总计", new String(text, tb, Lines.frameEnd(text, tb, text.length) - tb));
        char[] figureSpace = "\u2007|\u2014".toCharArray();
        assertEquals(1, Lines.frameStart(figureSpace, 0, figureSpace.length), "folding blanks U+2007 too");
        assertEquals(3, Lines.frameEnd(figureSpace, 0, figureSpace.length), "a dash is no space");
        char[] blank = "\u00A0\u3000".toCharArray();
        assertEquals(blank.length, Lines.frameStart(blank, 0, blank.length));
        assertEquals(0, Lines.frameEnd(blank, 0, blank.length));
    }

    @Test
    void everyCharacterAroundAFrameIsOneThatFoldingBlanksOrDropsOrTrimmingDrops() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            char[] cs = {c, '|'};
            boolean around = Lines.frameStart(cs, 0, 2) == 1;
            String folded = Text.fold(String.valueOf(c));
            boolean blankOrGone = c <= ' ' || folded.isEmpty() || folded.equals(" ");
            assertEquals(blankOrGone, around, () -> String.format("U+%04X", (int) c));
        }
    }

    @Test
    void tellsTheDelimiterRowOfATableWithoutOuterBars() {
        for (String row : new String[] {"---|---", ":--|--:", "- | -", "---|:---:|---"}) {
            char[] cs = row.toCharArray();
            assertTrue(Lines.isBareSeparatorRow(cs, 0, cs.length), row);
        }
        for (String row : new String[] {"---", "|---|---|", "--x|--", "| a", "-|", ""}) {
            char[] cs = row.toCharArray();
            assertFalse(Lines.isBareSeparatorRow(cs, 0, cs.length), row);
        }
    }

    @Test
    void aBarEscapedByABackslashIsNoBar() {
        char[] escaped = "a \\| b".toCharArray();
        assertFalse(Lines.hasBar(escaped, 0, escaped.length));
        char[] bar = "a \\| b | c".toCharArray();
        assertTrue(Lines.hasBar(bar, 0, bar.length));
        char[] first = "| a".toCharArray();
        assertTrue(Lines.hasBar(first, 0, first.length));
    }
}
