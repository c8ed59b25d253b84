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
}
