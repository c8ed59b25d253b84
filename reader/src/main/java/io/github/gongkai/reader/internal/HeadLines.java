package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.List;

/**
 * The first {@link Sources#HEAD_LINES} lines of a page (or an HTML page's title and blocks), trimmed as
 * {@link String#trim} trims, for the {@link HeaderReader}. A line of a text page is kept where it stands in the
 * page's characters: the header looks for a few words in each and makes a string only of the lines it reads
 * further (a title, a date line), and its position only of the line it reports. Not thread-safe.
 */
final class HeadLines {

    private final String[] strings = new String[Sources.HEAD_LINES];
    private final SourcePosition[] positions = new SourcePosition[Sources.HEAD_LINES];
    /** The page the lines kept as ranges stand in, or null if every line is a string. */
    private char[] chars;
    private final int[] from = new int[Sources.HEAD_LINES];
    private final int[] to = new int[Sources.HEAD_LINES];
    private final int[] lineNumbers = new int[Sources.HEAD_LINES];
    private int size;

    /**
     * Lines given as strings, such as a test's.
     *
     * @param lines the lines, trimmed
     * @param positions where each stands
     * @return the lines
     */
    static HeadLines of(List<String> lines, List<SourcePosition> positions) {
        HeadLines h = new HeadLines();
        for (int i = 0; i < lines.size() && !h.full(); i++) {
            h.add(lines.get(i), positions.get(i));
        }
        return h;
    }

    /** Keeps a line, trimmed, if fewer than {@link Sources#HEAD_LINES} are kept. */
    void add(String line, SourcePosition position) {
        if (!full()) {
            strings[size] = line.trim();
            positions[size] = position;
            size++;
        }
    }

    /**
     * Keeps the line of a text page that trimming leaves at [b, e) of its characters, if fewer than
     * {@link Sources#HEAD_LINES} are kept.
     *
     * @param cs the page's characters, not changed while the lines are read
     * @param b the line's first character that {@link String#trim} keeps
     * @param e one past its last
     * @param lineNumber its line number, from 1 (its position is column 1 of that line)
     */
    void add(char[] cs, int b, int e, int lineNumber) {
        if (!full()) {
            chars = cs;
            from[size] = b;
            to[size] = e;
            lineNumbers[size] = lineNumber;
            size++;
        }
    }

    boolean full() {
        return size >= Sources.HEAD_LINES;
    }

    int size() {
        return size;
    }

    /** The length of line {@code i}. */
    int length(int i) {
        String s = strings[i];
        return s != null ? s.length() : to[i] - from[i];
    }

    /** Whether line {@code i} contains {@code word} (not empty). */
    boolean contains(int i, String word) {
        String s = strings[i];
        if (s != null) {
            return s.contains(word);
        }
        char[] cs = chars;
        char first = word.charAt(0);
        int n = word.length();
        for (int k = from[i], last = to[i] - n; k <= last; k++) {
            if (cs[k] == first && startsWith(cs, k, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of two words starting with an ASCII character line {@code i} contains, in one pass over it: on a
     * page of Chinese text nearly every character is passed over with one test.
     *
     * @param i the line
     * @param a a word whose first character is ASCII
     * @param b another
     * @return bit 0 set if the line contains {@code a}, bit 1 if it contains {@code b}
     */
    int containsEither(int i, String a, String b) {
        String s = strings[i];
        if (s != null) {
            return (s.contains(a) ? 1 : 0) | (s.contains(b) ? 2 : 0);
        }
        char[] cs = chars;
        char firstA = a.charAt(0);
        char firstB = b.charAt(0);
        int found = 0;
        for (int k = from[i], end = to[i]; k < end; k++) {
            char c = cs[k];
            if (c >= '\u0080') {
                continue;
            }
            if (c == firstA && k + a.length() <= end && startsWith(cs, k, a)) {
                found |= 1;
            }
            if (c == firstB && k + b.length() <= end && startsWith(cs, k, b)) {
                found |= 2;
            }
        }
        return found;
    }

    private static boolean startsWith(char[] cs, int at, String word) {
        for (int k = 1, n = word.length(); k < n; k++) {
            if (cs[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Line {@code i}, made a string once. */
    String get(int i) {
        String s = strings[i];
        if (s == null) {
            s = new String(chars, from[i], to[i] - from[i]);
            strings[i] = s;
        }
        return s;
    }

    /** Where line {@code i} stands. */
    SourcePosition position(int i) {
        SourcePosition p = positions[i];
        if (p == null) {
            p = SourcePosition.line(lineNumbers[i], 1);
            positions[i] = p;
        }
        return p;
    }
}
