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

    /** The head of a text page as the text source keeps it, while its tokens are made (each line a range of it). */
    private static HeadLines ofPage(String page) {
        Page p = Sources.text(page, false);
        p.tokens();
        return p.head();
    }

    /**
     * Which lines contain {@code a} (bit 0) and {@code b} (bit 1), by {@link HeadLines#nextLineContaining} from
     * every line: each answer must be the first line from there that the answer from line 0 on found.
     */
    private static int[] either(HeadLines head, String a, String b) {
        int[] found = new int[head.size()];
        for (int bit = 0; bit < 2; bit++) {
            String word = bit == 0 ? a : b;
            for (int i = head.nextLineContaining(word, 0); i >= 0; i = head.nextLineContaining(word, i + 1)) {
                found[i] |= 1 << bit;
            }
            for (int from = 0; from <= head.size(); from++) {
                int next = head.nextLineContaining(word, from);
                int expected = -1;
                for (int i = head.size() - 1; i >= from; i--) {
                    expected = (found[i] & (1 << bit)) != 0 ? i : expected;
                }
                assertEquals(expected, next, word + " from line " + from);
            }
        }
        return found;
    }

    /** The oracle: each line made a string and searched by {@link String#contains}. */
    private static int[] eachLineContains(HeadLines head, String a, String b) {
        int[] found = new int[head.size()];
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            found[i] = (line.contains(a) ? 1 : 0) | (line.contains(b) ? 2 : 0);
        }
        return found;
    }

    @Test
    void findsTheLinesOfAPageThatContainEitherWord() {
        HeadLines head = ofPage("  http://a.org  \n本报告统计时限为2023年1月1日至12月31日\n\n无\n1月1日1月1日 http");
        assertEquals(4, head.size());
        assertArrayEquals(new int[] {2, 1, 0, 3}, either(head, "1月1日", "http"));
        assertArrayEquals(new int[4], either(head, "https", "2024"), "words absent from the page");
    }

    @Test
    void aWordBrokenOverTwoLinesIsInNeither() {
        HeadLines head = ofPage("来源 ht\ntp 页面");
        assertArrayEquals(new int[] {2, 2}, either(head, "http", " "));
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
        assertArrayEquals(new int[Sources.HEAD_LINES], either(head, "http", "1月1日"));
    }

    @Test
    void linesGivenAsStringsAreSearchedAsStrings() {
        HeadLines head = HeadLines.of(List.of("原文链接: http://a.org", "时间: 2023年1月1日"),
                List.of(SourcePosition.line(1, 1), SourcePosition.line(3, 1)));
        assertArrayEquals(new int[] {2, 1}, either(head, "1月1日", "http"));
        assertTrue(head.contains(1, "时间"));
        assertFalse(head.contains(0, "时间"));
        assertEquals(SourcePosition.line(3, 1), head.position(1));
    }

    /** Seeded pages of a few characters that make the words, near-misses and line breaks often. */
    @Test
    void agreesWithEachLinesOwnSearchOnRandomPages() {
        Random random = new Random(20261205L);
        String alphabet = "1月日httpx \n\n";
        String[][] pairs = {{"1月1日", "http"}, {"t", "1 h"}, {"x", "xx"}};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder page = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                page.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String[] words : pairs) {
                // A fresh head each time: the oracle makes each line a string, which the head then searches instead.
                HeadLines head = ofPage(page.toString());
                int[] found = either(head, words[0], words[1]);
                boolean[] contains = new boolean[head.size()];
                for (int i = 0; i < head.size(); i++) {
                    contains[i] = head.contains(i, words[1]);
                }
                int[] expected = eachLineContains(head, words[0], words[1]);
                assertArrayEquals(expected, found,
                        () -> String.join(", ", words) + " in " + page.toString().replace("\n", "\\n"));
                for (int i = 0; i < head.size(); i++) {
                    assertEquals((expected[i] & 2) != 0, contains[i]);
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
