package io.github.gongkai.reader.internal;

/**
 * Lines of a page held as a {@code char[]}: where they end, what trimming keeps, and the two kinds of
 * Markdown pipe line, for the line sources; nothing here makes a string. ({@link FormatSniffer} finds lines in a
 * {@code String} itself.)
 */
final class Lines {

    private Lines() {
    }

    /**
     * The index of the first line break at or after {@code from}, or {@code limit}: a plain loop for short lines.
     * {@code \n}, {@code \r\n} and a lone {@code \r} (old Mac files) are each one line break.
     */
    static int lineEnd(char[] s, int from, int limit) {
        int i = from;
        while (i < limit && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the break at {@code end} ({@code \r\n} is one break). */
    static int nextLine(char[] s, int end, int limit) {
        return end + 1 < limit && s[end] == '\r' && s[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /** The first index in [from, to) of a character {@link String#trim} keeps, or {@code to}. */
    static int trimStart(char[] s, int from, int to) {
        int i = from;
        while (i < to && s[i] <= ' ') {
            i++;
        }
        return i;
    }

    /** One past the last index in [from, to) of a character {@link String#trim} keeps, or {@code from}. */
    static int trimEnd(char[] s, int from, int to) {
        int i = to;
        while (i > from && s[i - 1] <= ' ') {
            i--;
        }
        return i;
    }

    /**
     * The first index in [from, to) of a character that may begin a pipe row's frame, or {@code to}: past what
     * trimming keeps, a converter's no-break, ideographic or zero-width spaces and byte order marks (a Markdown
     * row copied from a web page often ends in {@code &nbsp;}; an indented one starts with U+3000), all of which
     * folding blanks or drops.
     */
    static int frameStart(char[] s, int from, int to) {
        int i = from;
        while (i < to && isAroundFrame(s[i])) {
            i++;
        }
        return i;
    }

    /** One past the last index in [from, to) of a character that may end a pipe row's frame ({@link #frameStart}). */
    static int frameEnd(char[] s, int from, int to) {
        int i = to;
        while (i > from && isAroundFrame(s[i - 1])) {
            i--;
        }
        return i;
    }

    /** Whether trimming drops the character, or folding blanks or drops it: it cannot be part of a row's frame. */
    static boolean isAroundFrame(char c) {
        return c <= ' ' || c >= '\u00A0' && Text.isBlankOrDroppedByFold(c);
    }

    /** Whether [from, to) holds only whitespace, as {@link String#isBlank} tells it. */
    static boolean isBlank(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Text.isWhitespace(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the trimmed line [b, e) is a pipe-table row: {@code | a | b |}. */
    static boolean isPipeRow(char[] s, int b, int e) {
        return e - b >= 3 && s[b] == '|' && s[e - 1] == '|';
    }

    /**
     * Whether the line [from, to), trimmed to [b, e), is a row of cells separated by tabs, as a table copied from
     * a web page or a word processor is, with an empty cell that only the tabs show: two tabs with nothing but
     * spaces between them, after its first character ({@code 30\t\t\t0}, or {@code 8.属于行政查询事项\t\t}); a tab
     * after the last character of a line whose cells are separated by tabs ({@code 行政事业性收费\t117\t}); or a
     * tab before a row of numbers ({@code \t0\t3}: its first cell is empty). Other lines with tabs read as
     * they always have: their numbers are pieces whatever the space between them, and a tab in prose, an indent
     * or a stray one after the last character stays what it is.
     */
    static boolean isTabRow(char[] s, int from, int to, int b, int e) {
        boolean afterTab = false;
        boolean innerTab = false;
        for (int i = b + 1; i < to; i++) {
            char c = s[i];
            if (c == '\t') {
                if (afterTab) {
                    return true;
                }
                afterTab = true;
                innerTab |= i < e;
            } else if (c != ' ') {
                afterTab = false;
            }
        }
        // A tab after the last character of a row whose cells are separated by tabs ends an empty last cell.
        return innerTab && afterTab || b > from && s[b - 1] == '\t' && isNumbersAndTabs(s, b, e);
    }

    /** Whether [b, e) holds only digits, separators, signs, spaces and tabs, and a tab among them. */
    private static boolean isNumbersAndTabs(char[] s, int b, int e) {
        boolean tab = false;
        for (int i = b; i < e; i++) {
            char c = s[i];
            tab |= c == '\t';
            if (!(c >= '0' && c <= '9' || c == '\t' || c == ' ' || c == '.' || c == ',' || c == '+' || c == '-')) {
                return false;
            }
        }
        return tab;
    }

    /** Whether [b, e) holds a bar that is not escaped ({@code \|} is a bar in a cell's text). */
    static boolean hasBar(char[] s, int b, int e) {
        for (int i = b; i < e; i++) {
            if (s[i] == '|' && (i == b || s[i - 1] != '\\')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trimmed line [b, e) is the delimiter row of a Markdown table printed without outer bars:
     * {@code ---|:--:}, dashes, colons, spaces and at least one bar, not starting with one.
     */
    static boolean isBareSeparatorRow(char[] s, int b, int e) {
        if (e - b < 3 || s[b] == '|') {
            return false;
        }
        boolean dash = false;
        boolean bar = false;
        for (int i = b; i < e; i++) {
            char c = s[i];
            if (c == '-') {
                dash = true;
            } else if (c == '|') {
                bar = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash && bar;
    }

    /** Whether the trimmed line [b, e) is a pipe-table separator row: {@code |---|:--:|}. */
    static boolean isSeparatorRow(char[] s, int b, int e) {
        if (e - b < 3 || s[b] != '|') {
            return false;
        }
        boolean dash = false;
        for (int i = b; i < e; i++) {
            char c = s[i];
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

}
