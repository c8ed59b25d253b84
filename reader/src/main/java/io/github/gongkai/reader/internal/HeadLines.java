package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.List;

/**
 * The first {@link Sources#HEAD_LINES} lines of a page (or an HTML page's title and blocks), trimmed as
 * {@link String#trim} trims, for the {@link HeaderReader}. A line of a text page is kept where it stands in the
 * page's characters: the header searches them for a few words ({@link #nextContaining}) and makes a string only
 * of the lines it reads further (a title, a date line), and a position only of the line it reports. Not
 * thread-safe.
 */
final class HeadLines {

    private final String[] strings = new String[Sources.HEAD_LINES];
    private final SourcePosition[] positions = new SourcePosition[Sources.HEAD_LINES];
    /** The page the lines kept as ranges stand in, or null if every line is a string. */
    private char[] chars;
    private final int[] from = new int[Sources.HEAD_LINES];
    private final int[] to = new int[Sources.HEAD_LINES];
    private final int[] lineNumbers = new int[Sources.HEAD_LINES];
    /** The head's characters as one string ({@link #text()}), made when first searched. */
    private String text;
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
        if (chars != null) {
            throw new IllegalStateException("a head keeps either strings or ranges of one page, not both");
        }
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
        if (size > 0 && chars != cs) {
            throw new IllegalStateException("a head keeps either strings or ranges of one page, not both");
        }
        if (!full()) {
            text = null;
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
     * The first line from line {@code fromLine} on that contains {@code word}. On a text page the head's
     * characters are made one string, once, and searched with {@link String#indexOf(String, int)}, which the JVM
     * runs as a vector loop: the header asks for a few rare words, and a loop of its own over every character of
     * every line cost more than all the rest of reading the header.
     *
     * @param fromLine the first line to look in, from 0
     * @param word what to look for, not empty and without a line break
     * @return the line, or {@link #size()} if none from {@code fromLine} on contains it
     */
    int nextContaining(int fromLine, String word) {
        if (chars == null) {
            for (int i = fromLine; i < size; i++) {
                if (strings[i].contains(word)) {
                    return i;
                }
            }
            return size;
        }
        if (fromLine >= size) {
            return size;
        }
        String all = text();
        int start = from[0];
        for (int at = all.indexOf(word, from[fromLine] - start); at >= 0; at = all.indexOf(word, at + 1)) {
            int line = lineAt(start + at);
            if (start + at + word.length() <= to[line]) {
                return line;
            }
        }
        return size;
    }

    /** The head's characters, from its first line's first kept character to its last line's last. */
    private String text() {
        if (text == null) {
            text = new String(chars, from[0], to[size - 1] - from[0]);
        }
        return text;
    }

    /** The last line that starts at or before the page position {@code at}: lines stand in the page in order. */
    private int lineAt(int at) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (from[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
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
