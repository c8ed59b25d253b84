package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeywordSetTest {

    private static final String[] WORDS = {"本年制发件数", "本年废止件数", "本年", "年新", "收到和处理", "复议", "诉讼", "其他需要报告",
        "其他", "政府集中采购", "7", "|"};

    @Test
    void findsWhatContainsFinds() {
        assertFindsWhatContainsFinds(WORDS, 11);
    }

    @Test
    void findsOverlappingWordsAndWordsAtTheEnds() {
        KeywordSet set = new KeywordSet(WORDS);
        assertEquals(0b111, set.find("本年制发件数本年废止件数"));
        assertEquals(0b1100, set.find("本年新"));
        assertEquals(1L << 10 | 1L << 11, set.find("7|"));
        assertEquals(0, set.find(""));
        assertEquals(0, set.find("本制发件数"));
    }

    /**
     * Keywords of two or more characters are first matched on their first two (the filter on), others not
     * ({@link #WORDS} has "7" and "|"): both find what {@code contains} finds.
     */
    @Test
    void findsWhatContainsFindsWhenEveryKeywordHasTwoCharacters() {
        String[] words = {"其他需要报告", "其他", "问题", "本年新收", "本年", "12", "总体情况"};
        assertFindsWhatContainsFinds(words, 13);
        KeywordSet set = new KeywordSet(words);
        assertEquals(0b10, set.find("其他"));
        assertEquals(0, set.find("其"));
        assertEquals(0b100000, set.find("x12"));
    }

    /** With keywords of two characters or more every other character is looked at: a keyword at any offset is found. */
    @Test
    void findsAKeywordAtEveryOffsetWhenEveryKeywordHasTwoCharacters() {
        KeywordSet set = new KeywordSet("复议", "诉讼", "其他需要报告");
        for (int before = 0; before < 5; before++) {
            for (int after = 0; after < 5; after++) {
                String pad = "x".repeat(before);
                String tail = "y".repeat(after);
                assertEquals(0b001, set.find(pad + "复议" + tail), pad + "复议" + tail);
                assertEquals(0b110, set.find(pad + "其他需要报告诉讼" + tail));
                assertEquals(0, set.find(pad + "复z" + tail + "议"));
            }
        }
    }

    @Test
    void takesAtMost64Words() {
        String[] words = new String[65];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
        }
        assertThrows(IllegalArgumentException.class, () -> new KeywordSet(words));
        // "w63" also contains "w6".
        assertEquals(1L << 63 | 1L << 6, new KeywordSet(java.util.Arrays.copyOf(words, 64)).find("xw63x"));
    }

    private static void assertFindsWhatContainsFinds(String[] words, long seed) {
        KeywordSet set = new KeywordSet(words);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            String text = PageText.line(random, 10);
            long expected = 0;
            for (int w = 0; w < words.length; w++) {
                if (text.contains(words[w])) {
                    expected |= 1L << w;
                }
            }
            assertEquals(expected, set.find(text), text);
        }
    }
}
