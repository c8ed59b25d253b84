package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;

/**
 * The {@link Lexer}'s general case: a trimmed text that is neither blank, a placeholder nor only numbers, cut
 * into label text and the values in it. Numbers glued to labels ({@code 规章000行政规范性文件8855698}) are cut
 * out with the unit printed after them ({@code 5 万元}), and a list marker glued to the numbers before it
 * ({@code 00000002.其他法律...}) is given back to its label.
 */
final class InlineLexer {

    private InlineLexer() {
    }

    /**
     * Cuts the trimmed text [b, e) of {@code s} into text and values.
     *
     * @param printed what a value's printed form is cut from, at its index in {@code s} plus {@code shift}: the
     *     same array as {@code s} when the printed form is the text itself
     * @param column the column of index 0 of {@code s}
     */
    static void inline(char[] s, char[] printed, int shift, int b, int e, int line, int column,
            SourcePosition cellPosition, boolean rowStart, TokenSink out) {
        int textStart = b;
        int i = b;
        boolean first = rowStart;
        // Characters of [textStart, i) the label key drops or replaces, counted on the way so that a text token
        // whose key is its text is not scanned again for it (as Lexer.lexPlainText does for a whole line).
        int keyChanges = 0;
        while (i < e) {
            long skipped = skipText(s, i, e);
            i = (int) skipped;
            keyChanges += (int) (skipped >>> 32);
            if (i == e) {
                break;
            }
            char c = s[i];
            boolean signed = (c == '+' || c == '-') && i + 1 < e && Text.isAsciiDigit(s[i + 1])
                    && (i == b || !Character.isLetterOrDigit(s[i - 1]));
            if (!Text.isAsciiDigit(c) && !signed) {
                keyChanges += Text.changesInKey(c) ? 1 : 0;
                i++;
                continue;
            }
            long cut = valueAt(s, b, i, e);
            int valueEnd = (int) (cut >>> 32);
            int resume = (int) cut;
            if (valueEnd <= i) {
                int next = Math.max(resume, i + 1);
                keyChanges += keyChanges(s, i, next); // no value here: what was passed over stays text
                i = next;
                continue;
            }
            if (i > textStart) {
                addText(s, printed, shift, textStart, i, keyChanges, line, column, cellPosition, first, out);
                first = false;
            }
            addValue(s, printed, shift, i, valueEnd, line, column, cellPosition, first, out);
            first = false;
            textStart = resume;
            i = resume;
            keyChanges = 0;
        }
        if (textStart < e) {
            addText(s, printed, shift, textStart, e, keyChanges, line, column, cellPosition, first, out);
        }
    }

    /**
     * Where the value starting at {@code i} (a digit, or a sign before one) ends and where scanning resumes,
     * packed as {@code valueEnd << 32 | resume}: its run of digits, less a list marker glued to it
     * ({@link #listMarkerCut}) and trailing whitespace, with a unit printed after it. No value if
     * {@code valueEnd <= i}.
     */
    private static long valueAt(char[] s, int b, int i, int e) {
        int j = scanRun(s, i, e);
        long cut = listMarkerCut(s, b, i, j, e);
        int valueEnd = (int) (cut >>> 32);
        int resume = (int) cut;
        while (valueEnd > i && Text.isWhitespace(s[valueEnd - 1])) {
            valueEnd--;
        }
        if (valueEnd == j) {
            valueEnd = withUnit(s, j, e);
            resume = Math.max(resume, valueEnd);
        }
        return (long) valueEnd << 32 | resume;
    }

    /** Adds the value [from, to) of {@code s}, gluable, its printed form cut as in {@link #inline}. */
    private static void addValue(char[] s, char[] printed, int shift, int from, int to, int line, int column,
            SourcePosition cellPosition, boolean rowStart, TokenSink out) {
        if (!Lexer.skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
            String value = new String(s, from, to - from);
            out.add(new Token(Token.Kind.VALUE, value, printed == s ? value : new String(printed, from + shift,
                    to - from), line, column + from, cellPosition, rowStart, true));
        }
    }

    /**
     * Skips the characters from {@code i} that cannot start a number (all but digits and signs: ideographs,
     * letters, spaces and punctuation, most of a line) in a loop of their own, which the compiler makes much
     * faster than the whole of {@link #inline} per character. It stops at a sign that starts no number too
     * ({@code 一-二}): whether one does depends on the characters around it, which {@link #inline} looks at.
     *
     * @return the index of the first digit, {@code +} or {@code -} (or {@code e}), and above it ({@code << 32})
     *     how many of the characters skipped {@link Text#changesInKey}
     */
    private static long skipText(char[] s, int i, int e) {
        int changes = 0;
        for (int k = i; k < e; k++) {
            char c = s[k];
            if (c <= '9' && (c >= '0' || c == '+' || c == '-')) {
                return (long) changes << 32 | k;
            }
            if (c <= '\u3017' || c == '，') { // above, only ideographs and the like: none changes in a key
                changes += Text.changesInKey(c) ? 1 : 0;
            }
        }
        return (long) changes << 32 | e;
    }

    /** How many characters of [from, to) {@link Text#changesInKey}. */
    private static int keyChanges(char[] s, int from, int to) {
        int changes = 0;
        for (int k = from; k < to; k++) {
            changes += Text.changesInKey(s[k]) ? 1 : 0;
        }
        return changes;
    }

    /**
     * Where the value of the digit run {@code [i, j)} ends and where scanning resumes, packed as
     * {@code valueEnd << 32 | resume}: the run itself, unless it is glued to a list marker that starts a label
     * ({@code 2.属于}, {@code 1. 属于}, {@code 3、}, {@code (1)}), which is text, not a number.
     */
    private static long listMarkerCut(char[] s, int b, int i, int j, int e) {
        if (j >= e || !Text.isAsciiDigit(s[j - 1])) {
            return (long) j << 32 | j;
        }
        char d = s[j];
        boolean nextIsText = j + 1 < e && !Text.isAsciiDigit(s[j + 1]) && !Text.isWhitespace(s[j + 1]);
        int k = j + 1;
        while (k < e && Text.isWhitespace(s[k])) {
            k++;
        }
        // "1. 属于国家秘密": a lone non-zero digit, a dot, spaces, then a label.
        boolean spacedMarker = k > j + 1 && k < e && !Text.isAsciiDigit(s[k]) && j - i == 1
                && s[i] != '0' && (i == b || !Text.isAsciiDigit(s[i - 1]));
        if (d == '.' && (nextIsText || spacedMarker)) {
            return (long) (j - 1) << 32 | (j - 1);
        }
        if (d == '、' && nextIsText && j - i == 1
                && (i == b || Text.isWhitespace(s[i - 1]) || s[i - 1] == ')')) {
            return (long) i << 32 | i;
        }
        if (d == ')' && j - i <= 2 && i > b && s[i - 1] == '(') {
            return (long) i << 32 | j;
        }
        return (long) j << 32 | j;
    }

    /** The end of a value ending at {@code j}, past a unit printed after it ({@code 5 万元}), if any. */
    private static int withUnit(char[] s, int j, int e) {
        int u = j;
        while (u < e && s[u] == ' ') {
            u++;
        }
        int unit = unitLengthAt(s, u, e);
        return unit > 0 ? u + unit : j;
    }

    /**
     * {@link Text#unitLengthAt} in the trimmed text [.., e): what follows {@code e} on its line is whitespace,
     * in which no unit starts or ends.
     */
    private static int unitLengthAt(char[] s, int u, int e) {
        if (u + 1 < e && (s[u] == '万' && s[u + 1] == '元' || s[u] == '人' && s[u + 1] == '次')) {
            return 2;
        }
        if (u < e) {
            char c = s[u];
            if (c == '元' || c == '件' || c == '个' || c == '项' || c == '条' || c == '次') {
                return 1;
            }
        }
        return 0;
    }

    /**
     * Adds the text [from, to), trimmed, as a TEXT token.
     *
     * @param keyChanges how many characters of [from, to) {@link Text#changesInKey}: when they are only the
     *     whitespace trimmed, the token's label key is its text
     */
    private static void addText(char[] s, char[] printed, int shift, int from, int to, int keyChanges, int line,
            int column, SourcePosition cellPosition, boolean rowStart, TokenSink out) {
        int trimmed = 0;
        while (from < to && Text.isWhitespace(s[from])) {
            from++;
            trimmed++;
        }
        while (to > from && Text.isWhitespace(s[to - 1])) {
            to--;
            trimmed++;
        }
        if (from < to && !(out.skipsTokens() && Lexer.plain(s, from, to)
                && out.skipToken(Token.Kind.TEXT, rowStart, line, cellPosition))) {
            String text = new String(s, from, to - from);
            Token token = printed == s ? new Token(Token.Kind.TEXT, text, text, line, column + from, cellPosition,
                    rowStart, false) : Token.text(text, printed, from + shift, line, column + from, cellPosition,
                    rowStart);
            // Whitespace is a character the key drops, so a count of the trimmed alone leaves the text as it is.
            if (keyChanges == trimmed) {
                token.keyIsText();
            }
            out.add(token);
        }
    }

    /** Scans digits, with separators (. , space) between digits and signs after a space. */
    private static int scanRun(char[] s, int i, int e) {
        int j = i;
        if (s[j] == '+' || s[j] == '-') {
            j++;
        }
        while (j < e) {
            char c = s[j];
            if (Text.isAsciiDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < e && Text.isAsciiDigit(s[j + 1])
                    && Text.isAsciiDigit(s[j - 1])) {
                j++;
            } else if (c == ' ' || c == '\t') {
                int k = j;
                while (k < e && (s[k] == ' ' || s[k] == '\t')) {
                    k++;
                }
                if (k < e && (Text.isAsciiDigit(s[k])
                        || ((s[k] == '+' || s[k] == '-') && k + 1 < e && Text.isAsciiDigit(s[k + 1])))) {
                    j = k;
                } else {
                    break;
                }
            } else if ((c == '+' || c == '-') && j + 1 < e && Text.isAsciiDigit(s[j + 1])
                    && Text.isWhitespace(s[j - 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
