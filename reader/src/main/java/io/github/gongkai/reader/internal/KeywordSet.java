package io.github.gongkai.reader.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Up to 64 keywords, found in a text in one pass: {@link #find} tells which of them the text contains, as
 * {@link String#contains} would for each, without one search per keyword. A bitmap of the keywords' first
 * characters lets the pass skip every other character with one load; when every keyword has two characters or
 * more, a bitmap of their first and second characters lets it look at only every other character. Immutable.
 */
final class KeywordSet {

    /** One bit per BMP character: set if some keyword starts with it. */
    private final long[] firstChars = new long[1 << 10];
    /**
     * One bit per {@link #pairHash} of a keyword's first two characters; used only when every keyword has
     * two or more ({@link #pairFilter}). Common characters start keywords (本, 其, 主): most of their
     * occurrences are followed by another character than any keyword's second.
     */
    private final long[] pairs = new long[1 << 10];
    private final boolean pairFilter;
    /** One bit per BMP character: set if it is the first or the second of some keyword (with the pair filter). */
    private final long[] firstOrSecond = new long[1 << 10];
    /**
     * For each word of {@link #firstChars}, how many first characters the words before it hold: with the bits
     * below a character in its own word, the index of its keywords in {@link #wordsByFirst}, found without a
     * search (a common character such as 政 or 本 starts a keyword thousands of times a page).
     */
    private final int[] firstsBefore = new int[1 << 10];
    /** The distinct first characters in ascending order, and for each the keywords that start with it. */
    private final char[] firsts;
    private final String[][] wordsByFirst;
    private final long[][] bitsByFirst;
    /** The second character of each of those keywords, 0 for a keyword of one character. */
    private final char[][] secondsByFirst;

    /**
     * Creates a set.
     *
     * @param words the keywords, each non-empty; bit {@code i} of {@link #find} stands for {@code words[i]}
     */
    KeywordSet(String... words) {
        if (words.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 keywords");
        }
        StringBuilder distinct = new StringBuilder();
        boolean allLong = true;
        for (String w : words) {
            char c = w.charAt(0);
            firstChars[c >>> 6] |= 1L << c;
            if (w.length() > 1) {
                int h = pairHash(c, w.charAt(1));
                pairs[h >>> 6] |= 1L << h;
                firstOrSecond[c >>> 6] |= 1L << c;
                firstOrSecond[w.charAt(1) >>> 6] |= 1L << w.charAt(1);
            } else {
                allLong = false;
            }
            if (distinct.indexOf(String.valueOf(c)) < 0) {
                distinct.append(c);
            }
        }
        pairFilter = allLong;
        firsts = distinct.toString().toCharArray();
        Arrays.sort(firsts);
        for (int w = 1; w < firstsBefore.length; w++) {
            firstsBefore[w] = firstsBefore[w - 1] + Long.bitCount(firstChars[w - 1]);
        }
        wordsByFirst = new String[firsts.length][];
        bitsByFirst = new long[firsts.length][];
        secondsByFirst = new char[firsts.length][];
        for (int f = 0; f < firsts.length; f++) {
            List<String> ws = new ArrayList<>();
            List<Long> bs = new ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                if (words[w].charAt(0) == firsts[f]) {
                    ws.add(words[w]);
                    bs.add(1L << w);
                }
            }
            wordsByFirst[f] = ws.toArray(new String[0]);
            secondsByFirst[f] = new char[ws.size()];
            for (int w = 0; w < ws.size(); w++) {
                secondsByFirst[f][w] = ws.get(w).length() > 1 ? ws.get(w).charAt(1) : 0;
            }
            bitsByFirst[f] = bs.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * Tells which keywords the text contains.
     *
     * @param text the text
     * @return bit {@code i} set if {@code text.contains(words[i])}
     */
    long find(String text) {
        if (pairFilter) {
            return findPairs(text);
        }
        long found = 0;
        int n = text.length();
        for (int i = nextFirst(text, 0, n); i < n; i = nextFirst(text, i + 1, n)) {
            found |= startingAt(text, i, text.charAt(i));
        }
        return found;
    }

    /**
     * {@link #find} when every keyword has two characters or more: one starts at {@code i - 1} or {@code i} only
     * if the character at {@code i} is the first or the second of one, so testing every other character covers
     * every start, and a miss, nearly every character, passes over two.
     */
    private long findPairs(String text) {
        long found = 0;
        int n = text.length();
        for (int i = nextOfPair(text, 1, n); i < n; i = nextOfPair(text, i + 2, n)) {
            found |= pairStartingAt(text, i - 1, n) | pairStartingAt(text, i, n);
        }
        return found;
    }

    /** The first of {@code from}, {@code from + 2}, ... below {@code n} whose character is in {@link #firstOrSecond}. */
    private int nextOfPair(String text, int from, int n) {
        long[] bits = firstOrSecond;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if ((bits[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
            i += 2;
        }
        return n;
    }

    /** The keywords starting at {@code at}, first tested on their first two characters. */
    private long pairStartingAt(String text, int at, int n) {
        if (at + 1 >= n) {
            return 0; // no keyword of two or more characters starts at the last one
        }
        char c = text.charAt(at);
        if ((firstChars[c >>> 6] & (1L << c)) == 0) {
            return 0;
        }
        int h = pairHash(c, text.charAt(at + 1));
        return (pairs[h >>> 6] & (1L << h)) == 0 ? 0 : startingAt(text, at, c);
    }

    /**
     * The index of the first character at or after {@code from} that starts a keyword, or {@code n}. A loop of
     * its own, with nothing else in it, which the compiler makes several times faster than the whole search per
     * character: it is where nearly all the time goes.
     */
    private int nextFirst(String text, int from, int n) {
        long[] bits = firstChars;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if ((bits[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
        }
        return n;
    }

    /** A 16-bit hash of two characters. */
    private static int pairHash(char first, char second) {
        return (first * 31 + second) & 0xFFFF;
    }

    private long startingAt(String text, int at, char first) {
        int f = firstsBefore[first >>> 6] + Long.bitCount(firstChars[first >>> 6] & ((1L << first) - 1));
        String[] ws = wordsByFirst[f];
        char[] seconds = secondsByFirst[f];
        // Most hits are a common first character whose next one differs: test that before the whole word.
        char next = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        long found = 0;
        for (int w = 0; w < ws.length; w++) {
            if ((seconds[w] == 0 || seconds[w] == next) && text.startsWith(ws[w], at)) {
                found |= bitsByFirst[f][w];
            }
        }
        return found;
    }
}
