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
    /** The page the lines kept as ranges stand in, and its characters; null if every line is a string. */
    private String page;
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
     * @param text the page
     * @param cs its characters, not changed while the lines are read
     * @param b the line's first character that {@link String#trim} keeps
     * @param e one past its last
     * @param lineNumber its line number, from 1 (its position is column 1 of that line)
     */
    void add(String text, char[] cs, int b, int e, int lineNumber) {
        if (!full()) {
            page = text;
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
     * The first line from {@code fromLine} on that contains a word. The lines of a text page are searched together,
     * by {@link String#indexOf(String, int)} over the page from that line on (which the JVM does with vector
     * instructions), not line by line: a page's head holds its long first paragraphs, in which the words looked
     * for are rare.
     *
     * @param word the word, not empty
     * @param fromLine the first line to look at
     * @return the line, or -1 if no line from {@code fromLine} on contains the word
     */
    int nextLineContaining(String word, int fromLine) {
        if (fromLine >= size) {
            return -1;
        }
        if (page == null) {
            for (int i = fromLine; i < size; i++) {
                if (strings[i].contains(word)) {
                    return i;
                }
            }
            return -1;
        }
        int n = word.length();
        int last = to[size - 1];
        int line = fromLine;
        for (int at = page.indexOf(word, from[line]); at >= 0 && at + n <= last; at = page.indexOf(word, at + 1)) {
            while (to[line] < at + n) {
                line++; // the lines that end before the word does cannot hold it
            }
            if (at >= from[line]) {
                return line;
            }
            // across a line break, or in a blank line before this one
        }
        return -1;
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
            s = page.substring(from[i], to[i]);
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
