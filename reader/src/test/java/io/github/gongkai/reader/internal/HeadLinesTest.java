package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadLinesTest {

    /** The head of a text page, kept as a line source keeps it: each line trimmed, as a range of the page. */
    private static HeadLines ofPage(String page) {
        HeadLines head = new HeadLines();
        char[] cs = page.toCharArray();
        int lineNo = 0;
        int i = 0;
        while (i <= cs.length && !head.full()) {
            int end = Lines.lineEnd(cs, i, cs.length);
            lineNo++;
            int b = Lines.trimStart(cs, i, end);
            int e = Lines.trimEnd(cs, b, end);
            if (b < e) {
                head.add(page, cs, b, e, lineNo);
            }
            i = end + 1;
        }
        return head;
    }

    /** The oracle: each line's own {@link String#contains}. */
    private static boolean[] eachLineContains(HeadLines head, String word) {
        boolean[] found = new boolean[head.size()];
        for (int i = 0; i < head.size(); i++) {
            found[i] = head.get(i).contains(word);
        }
        return found;
    }

    @Test
    void findsTheLinesOfAPageThatContainAWord() {
        HeadLines head = ofPage("  http://a.org  \n本报告统计时限为2023年1月1日至12月31日\n\n无\n1月1日1月1日 http");
        assertEquals(4, head.size());
        assertArrayEquals(new boolean[] {false, true, false, true}, head.linesContaining("1月1日"));
        assertArrayEquals(new boolean[] {true, false, false, true}, head.linesContaining("http"));
        assertArrayEquals(new boolean[4], head.linesContaining("https"), "a word absent from the page");
    }

    @Test
    void aWordBrokenOverTwoLinesIsInNeither() {
        HeadLines head = ofPage("来源 ht\ntp 页面");
        assertArrayEquals(new boolean[2], head.linesContaining("http"));
        assertArrayEquals(new boolean[] {true, true}, head.linesContaining(" "));
    }

    @Test
    void linesAfterTheHeadAreNotAmongThem() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < Sources.HEAD_LINES + 5; i++) {
            page.append(i == Sources.HEAD_LINES + 2 ? "http" : "行").append('\n');
        }
        HeadLines head = ofPage(page.toString());
        assertTrue(head.full());
        boolean[] found = head.linesContaining("http");
        assertEquals(Sources.HEAD_LINES, found.length);
        assertArrayEquals(new boolean[Sources.HEAD_LINES], found);
    }

    @Test
    void linesGivenAsStringsAreSearchedEachOnItsOwn() {
        HeadLines head = HeadLines.of(List.of("原文链接: http://a.org", "时间: 2023年1月1日"),
                List.of(SourcePosition.line(1, 1), SourcePosition.line(3, 1)));
        assertArrayEquals(new boolean[] {true, false}, head.linesContaining("http"));
        assertArrayEquals(new boolean[] {false, true}, head.linesContaining("1月1日"));
        assertFalse(head.linesContaining("月1")[0]);
    }

    /** Seeded pages of a few characters that make words, near-misses and line breaks often. */
    @Test
    void agreesWithEachLinesOwnSearchOnRandomPages() {
        Random random = new Random(20261205L);
        String alphabet = "1月日httpx \n\n";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder page = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                page.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HeadLines head = ofPage(page.toString());
            for (String word : new String[] {"1月1日", "http", "t", "日 h"}) {
                assertArrayEquals(eachLineContains(head, word), head.linesContaining(word),
                        () -> word + " in " + page.toString().replace("\n", "\\n"));
            }
        }
    }

    @Test
    void keepsLinesTrimmedWithTheirPositions() {
        HeadLines head = ofPage("\n   标题  \n时间: 2023-02-01");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            lines.add(head.get(i));
        }
        assertEquals(List.of("标题", "时间: 2023-02-01"), lines);
        assertEquals(SourcePosition.line(2, 1), head.position(0));
        assertEquals(2, head.length(0));
        assertTrue(head.contains(1, "时间"));
        assertFalse(head.contains(0, "时间"));
    }
}
