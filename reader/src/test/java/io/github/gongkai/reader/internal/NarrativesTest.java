package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativesTest {

    private final Warnings warnings = new Warnings();
    private final Narratives narratives = new Narratives(warnings, false);

    private static Token text(String s, int line, int column) {
        return new Token(Token.Kind.TEXT, s, s, line, column, null, false, false);
    }

    @Test
    void joinsTokensOfALineAndBreaksBetweenLines() {
        narratives.start(Sec.ONE, SourcePosition.line(1, 1));
        narratives.append(Sec.ONE, text("主动公开", 2, 1), false);
        narratives.append(Sec.ONE, new Token(Token.Kind.VALUE, "234条", "234条", 2, 5, null, false, true), false);
        narratives.append(Sec.ONE, text("其他", 3, 1), false);
        char[] page = "x 12 y".toCharArray();
        narratives.appendLine(Sec.ONE, page, 2, 4, 4);
        assertEquals("主动公开234条\n其他\n12", narratives.text(Sec.ONE));
    }

    @Test
    void takesAPartOfATokenWithoutTheSpaceAroundIt() {
        narratives.start(Sec.ONE, SourcePosition.line(1, 1));
        Token line = text("的情况。 二、主动公开政府信息情况", 2, 1);
        narratives.appendPart(Sec.ONE, line, 0, line.text.indexOf("二"));
        narratives.appendPart(Sec.ONE, line, 3, 3);
        assertEquals("的情况。", narratives.text(Sec.ONE));
        narratives.start(Sec.FIVE, SourcePosition.line(2, 6));
        Token heading = text("五、存在的主要问题及改进情况   一是…… ", 3, 1);
        narratives.appendPart(Sec.FIVE, heading, heading.text.indexOf("情况") + 2, heading.text.length());
        assertEquals("一是……", narratives.text(Sec.FIVE));
    }

    @Test
    void aSectionNeverStartedHasNoText() {
        narratives.append(Sec.FIVE, text("问题", 2, 1), false);
        assertNull(narratives.text(Sec.FIVE));
        assertTrue(narratives.full(Sec.FIVE));
    }

    @Test
    void anEmptyCellAddsNothingNotEvenALineBreak() {
        narratives.start(Sec.SIX, SourcePosition.line(1, 1));
        for (int line = 2; line < 2_000; line++) {
            narratives.append(Sec.SIX, new Token(Token.Kind.EMPTY, "", "", line, 1, null, false, false), false);
        }
        assertNull(narratives.text(Sec.SIX));
    }

    /** Thousands of one-character lines: the pieces are joined as they come, and the text is the same. */
    @Test
    void manyShortLinesReadAsTheyWerePrinted() {
        narratives.start(Sec.ONE, SourcePosition.line(1, 1));
        StringBuilder expected = new StringBuilder();
        for (int line = 2; line < 20_000; line++) {
            String s = String.valueOf((char) ('甲' + line % 10));
            narratives.append(Sec.ONE, text(s, line, 1), false);
            expected.append(expected.length() == 0 ? "" : "\n").append(s);
        }
        assertEquals(expected.toString(), narratives.text(Sec.ONE));
        assertFalse(narratives.full(Sec.ONE));
    }

    @Test
    void aNarrativeLongerThanTheCapIsFullAndWhatFollowsIsCounted() {
        narratives.start(Sec.FIVE, SourcePosition.line(1, 1));
        String line = "改".repeat(1_000);
        int l = 2;
        while (!narratives.full(Sec.FIVE)) {
            narratives.append(Sec.FIVE, text(line, l++, 1), false);
        }
        narratives.append(Sec.FIVE, text(line, l, 1), false);
        narratives.reportIgnored();
        assertEquals(String.join("\n", Collections.nCopies(l - 2, line)), narratives.text(Sec.FIVE));
        ReadingWarning w = warnings.list().get(0);
        assertEquals(ReadingWarning.Detail.SECTION_TOO_LONG, w.detail());
        assertEquals(List.of("五", Integer.toString(Narratives.NARRATIVE_CHARS), "1", "line " + l),
                w.arguments());
    }

    @Test
    void aHeadingAgainReplacesTheTextAndCountsItsLines() {
        narratives.start(Sec.ONE, SourcePosition.line(1, 1));
        narratives.append(Sec.ONE, text("目录甲", 2, 1), false);
        narratives.append(Sec.ONE, text("目录乙", 3, 1), false);
        narratives.append(Sec.ONE, text("目录丙", 4, 1), false);
        narratives.start(Sec.ONE, SourcePosition.line(9, 1));
        narratives.append(Sec.ONE, text("正文", 10, 1), false);
        narratives.reportIgnored();
        assertEquals("正文", narratives.text(Sec.ONE));
        ReadingWarning w = warnings.list().get(0);
        assertEquals(ReadingWarning.Detail.SECTION_HEADING_REPEATED, w.detail());
        assertEquals(List.of("一", "line 9", "3", "line 4"), w.arguments());
    }
}
