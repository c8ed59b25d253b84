package io.github.gongkai.reader.internal;

import java.util.Arrays;

/**
 * The inline markup a PDF-to-Markdown converter puts into a report's text: strong emphasis around a heading, a
 * label or a number ({@code **（七）总计**}, {@code **1259**}) and line breaks inside a table cell
 * ({@code 逾期不补正、<br>行政机关不再处理}). None of it is text of the report, and a label or a number with it in
 * is no label or number: it is blanked to spaces, as many as it has characters, so that every other character
 * keeps its column. Spaces are what a label's key drops and what ends a number, and the narrative keeps them.
 *
 * <p>Blanked: a run of two or more {@code *} (a single one may be a footnote's mark) and the tags {@code <br>},
 * {@code <br/>} and {@code <br />} in any case. Underscores are left alone: links hold them. Static, stateless.
 */
final class MarkdownMarkup {

    private MarkdownMarkup() {
    }

    /**
     * Whether [from, to) holds markup to blank; a cheap test, as most lines hold none.
     *
     * @param cs the characters
     * @param from the first
     * @param to one past the last
     * @return true if {@link #blank} would change something
     */
    static boolean has(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c == '*' && i + 1 < to && cs[i + 1] == '*' || c == '<' && breakTagLength(cs, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters [from, to) with their markup blanked, in a new array of the same length.
     *
     * @param cs the characters (not changed)
     * @param from the first
     * @param to one past the last
     * @return the copy, index 0 standing for {@code from}
     */
    static char[] blank(char[] cs, int from, int to) {
        char[] out = Arrays.copyOfRange(cs, from, to);
        int n = out.length;
        int i = 0;
        while (i < n) {
            int markup = out[i] == '*' ? starRunLength(out, i, n) : out[i] == '<' ? breakTagLength(out, i, n) : 0;
            if (markup == 0) {
                i++;
                continue;
            }
            Arrays.fill(out, i, i + markup, ' ');
            i += markup;
        }
        return out;
    }

    /**
     * {@link #blank} of a string.
     *
     * @param s the text
     * @return the text blanked, or {@code s} itself if it holds no markup
     */
    static String blank(String s) {
        if (s.indexOf("**") < 0 && s.indexOf('<') < 0) {
            return s; // most lines, found by two searches the JVM makes fast, without a copy
        }
        char[] cs = s.toCharArray();
        return has(cs, 0, cs.length) ? new String(blank(cs, 0, cs.length)) : s;
    }

    /** The length of the run of {@code *} at {@code i} if it has two or more, else 0. */
    private static int starRunLength(char[] cs, int i, int to) {
        int j = i;
        while (j < to && cs[j] == '*') {
            j++;
        }
        return j - i >= 2 ? j - i : 0;
    }

    /** The length of a {@code <br>}, {@code <br/>} or {@code <br />} tag (any case) at {@code i}, else 0. */
    private static int breakTagLength(char[] cs, int i, int to) {
        if (i + 3 >= to || (cs[i + 1] | 0x20) != 'b' || (cs[i + 2] | 0x20) != 'r') {
            return 0;
        }
        int j = i + 3;
        while (j < to && cs[j] == ' ') {
            j++;
        }
        if (j < to && cs[j] == '/') {
            j++;
        }
        return j < to && cs[j] == '>' ? j + 1 - i : 0;
    }
}
