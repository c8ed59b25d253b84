package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadLinesTest {

    /** The head of a text page as the text source keeps it, while its tokens are made (each line a range of it). */
    private static HeadLines ofPage(String page) {
        Page p = Sources.text(page, false);
        p.tokens();
        return p.head();
    }

    /** For each line, the first line from it on that contains {@code word}, by {@link HeadLines#nextContaining}. */
    private static int[] next(HeadLines head, String word) {
        int[] next = new int[head.size() + 1];
        for (int i = 0; i <= head.size(); i++) {
            next[i] = head.nextContaining(i, word);
        }
        return next;
    }

    /** The oracle: each line made a string and searched by {@link String#contains}, from the last line back. */
    private static int[] eachLineContains(HeadLines head, String word) {
        int[] next = new int[head.size() + 1];
        next[head.size()] = head.size();
        for (int i = head.size() - 1; i >= 0; i--) {
            next[i] = head.get(i).contains(word) ? i : next[i + 1];
        }
        return next;
    }

    @Test
    void findsTheNextLineOfAPageThatContainsAWord() {
        HeadLines head = ofPage("  http://a.org  \n本报告统计时限为2023年1月1日至12月31日\n\n无\n1月1日1月1日 http");
        assertEquals(4, head.size());
        assertArrayEquals(new int[] {1, 1, 3, 3, 4}, next(head, "1月1日"));
        assertArrayEquals(new int[] {0, 3, 3, 3, 4}, next(head, "http"));
        assertArrayEquals(new int[] {4, 4, 4, 4, 4}, next(head, "https"), "a word absent from the page");
        assertEquals(4, head.nextContaining(7, "http"), "from past the last line");
    }

    @Test
    void aWordBrokenOverTwoLinesIsInNeither() {
        HeadLines head = ofPage("来源 ht\ntp 页面\n 页 面");
        assertArrayEquals(new int[] {3, 3, 3, 3}, next(head, "http"));
        assertArrayEquals(new int[] {3, 3, 3, 3}, next(head, "面页"));
        assertArrayEquals(new int[] {0, 1, 2, 3}, next(head, " "), "blanks trimmed off a line are not in it");
    }

    @Test
    void keepsNoMoreThanTheHeadsLines() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < Sources.HEAD_LINES + 5; i++) {
            page.append(i == Sources.HEAD_LINES + 2 ? "http" : "行").append('\n');
        }
        HeadLines head = ofPage(page.toString());
        assertTrue(head.full());
        assertEquals(Sources.HEAD_LINES, head.size());
        assertEquals(Sources.HEAD_LINES, head.nextContaining(0, "http"));
    }

    @Test
    void linesGivenAsStringsAreSearchedAsStrings() {
        HeadLines head = HeadLines.of(List.of("原文链接: http://a.org", "时间: 2023年1月1日"),
                List.of(SourcePosition.line(1, 1), SourcePosition.line(3, 1)));
        assertArrayEquals(new int[] {1, 1, 2}, next(head, "1月1日"));
        assertArrayEquals(new int[] {0, 2, 2}, next(head, "http"));
        assertTrue(head.contains(1, "时间"));
        assertFalse(head.contains(0, "时间"));
        assertEquals(SourcePosition.line(3, 1), head.position(1));
    }

    @Test
    void keepsEitherStringsOrRangesOfOnePage() {
        HeadLines strings = HeadLines.of(List.of("a"), List.of(SourcePosition.line(1, 1)));
        assertThrows(IllegalStateException.class, () -> strings.add("b".toCharArray(), 0, 1, 2));
        HeadLines ranges = ofPage("a\nb");
        assertThrows(IllegalStateException.class, () -> ranges.add("c", SourcePosition.line(3, 1)));
        assertThrows(IllegalStateException.class, () -> ranges.add("c".toCharArray(), 0, 1, 3));
    }

    /** Seeded pages of a few characters that make the words, near-misses, blank lines and line breaks often. */
    @Test
    void agreesWithEachLinesOwnSearchOnRandomPages() {
        Random random = new Random(20261205L);
        String alphabet = "1月日httpx \n\n";
        String[] words = {"1月1日", "http", "t", "1 h", "x", "xx", " "};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder page = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                page.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String word : words) {
                HeadLines head = ofPage(page.toString());
                int[] found = next(head, word);
                boolean[] contains = new boolean[head.size()];
                for (int i = 0; i < head.size(); i++) {
                    contains[i] = head.contains(i, word);
                }
                // Last: the oracle makes each line a string, which the head then searches instead of the page.
                int[] expected = eachLineContains(head, word);
                assertArrayEquals(expected, found, () -> word + " in " + page.toString().replace("\n", "\\n"));
                for (int i = 0; i < head.size(); i++) {
                    assertEquals(expected[i] == i, contains[i]);
                }
            }
        }
    }

    @Test
    void keepsLinesTrimmedWithTheirPositions() {
        HeadLines head = ofPage("\n   标题  \n时间: 2023-02-01");
        assertTrue(head.contains(1, "时间"), "searched in the page's characters");
        assertFalse(head.contains(0, "时间"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            lines.add(head.get(i));
        }
        assertEquals(List.of("标题", "时间: 2023-02-01"), lines);
        assertEquals(SourcePosition.line(2, 1), head.position(0));
        assertEquals(2, head.length(0));
        assertTrue(head.contains(1, "时间"), "searched in the string made of the line");
    }
}
