package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.List;

/**
 * Splits the text of one cell or line into tokens: label text, numbers (with their unit), placeholders.
 * Numbers glued to labels ({@code 规章000行政规范性文件8855698}) are cut out, and a list marker glued to the
 * numbers before it ({@code 00000002.其他法律...}) is given back to its label.
 */
final class Lexer {

    private Lexer() {
    }

    /**
     * Lexes one cell or line.
     *
     * @param raw the text as printed
     * @param line the line number for line-based sources, or 0 to give every token {@code cellPosition}
     * @param column the column of the first character, for line-based sources
     * @param cellPosition the position of every token when {@code line} is 0
     * @param rowStart whether the first token starts a row
     * @param standalone true if the text is a whole table cell (then a lone number is not gluable)
     * @param out where the tokens go
     */
    static void lex(String raw, int line, int column, SourcePosition cellPosition, boolean rowStart,
            boolean standalone, TokenSink out) {
        if (isAsciiDigits(raw)) {
            // A bare number, the commonest line of a flattened table: what the general path makes of it.
            if (skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
                return;
            }
            out.add(new Token(Token.Kind.VALUE, raw, raw, line, column + 0, cellPosition, rowStart, !standalone,
                    !standalone));
            return;
        }
        int firstToFold = lexPlainText(raw, line, column, cellPosition, rowStart, standalone, out);
        if (firstToFold != LEXED) {
            lexFolded(raw, firstToFold == raw.length() ? raw : Text.foldFrom(raw, firstToFold), line, column,
                    cellPosition, rowStart, standalone, out);
        }
    }

    /** {@link #lex} into a list. */
    static void lex(String raw, int line, int column, SourcePosition cellPosition, boolean rowStart,
            boolean standalone, List<Token> out) {
        lex(raw, line, column, cellPosition, rowStart, standalone, (TokenSink) out::add);
    }

    /** {@link #lexGeneral} into a list. */
    static void lexGeneral(String raw, int line, int column, SourcePosition cellPosition, boolean rowStart,
            boolean standalone, List<Token> out) {
        lexGeneral(raw, line, column, cellPosition, rowStart, standalone, (TokenSink) out::add);
    }

    /**
     * {@link #lex} without its shortcuts for bare numbers and plain text: the reference they must agree with.
     */
    static void lexGeneral(String raw, int line, int column, SourcePosition cellPosition, boolean rowStart,
            boolean standalone, TokenSink out) {
        lexFolded(raw, Text.fold(raw), line, column, cellPosition, rowStart, standalone, out);
    }

    /** The general path, given the text folded ({@code s}, the same instance as {@code raw} if unchanged). */
    private static void lexFolded(String raw, String s, int line, int column, SourcePosition cellPosition,
            boolean rowStart, boolean standalone, TokenSink out) {
        String printed = s.length() == raw.length() ? raw : s;
        int b = trimStart(s);
        int e = trimEnd(s, b);
        if (b == e) {
            addEmpty(standalone, line, column + b, cellPosition, rowStart, out);
            return;
        }
        String t = b == 0 && e == s.length() ? s : s.substring(b, e);
        if (Text.isPlaceholder(t)) {
            if (!skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
                out.add(new Token(Token.Kind.VALUE, t, printed == s ? t : printed.substring(b, e),
                        line, column + b, cellPosition, rowStart, false));
            }
            return;
        }
        if (isWholeNumber(t)) {
            if (skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
                return;
            }
            boolean multi = t.indexOf(' ') >= 0 || t.indexOf('\t') >= 0;
            out.add(new Token(Token.Kind.VALUE, t, printed == s ? t : printed.substring(b, e),
                    line, column + b, cellPosition, rowStart, !standalone || multi, !standalone && !multi));
            return;
        }
        inline(s, printed, b, e, line, column, cellPosition, rowStart, out);
    }

    /** The index of the first non-whitespace character, or the length. */
    private static int trimStart(String s) {
        int b = 0;
        while (b < s.length() && Text.isWhitespace(s.charAt(b))) {
            b++;
        }
        return b;
    }

    /** One past the last non-whitespace character at or after {@code b}, or {@code b}. */
    private static int trimEnd(String s, int b) {
        int e = s.length();
        while (e > b && Text.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Whether the sink takes a VALUE or EMPTY token without its being made (see {@link TokenSink#skipToken}). */
    private static boolean skipped(TokenSink out, Token.Kind kind, boolean rowStart, int line, SourcePosition cell) {
        return out.skipsTokens() && out.skipToken(kind, rowStart, line, cell);
    }

    /** Whether no character of folded text [from, to) could begin a keyword ({@link Headings#mayStartKeyword}). */
    private static boolean plain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Headings.mayStartKeyword(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A text with nothing but whitespace: an EMPTY token if it is a whole table cell, else nothing. */
    private static void addEmpty(boolean standalone, int line, int column, SourcePosition cellPosition,
            boolean rowStart, TokenSink out) {
        if (standalone && !skipped(out, Token.Kind.EMPTY, rowStart, line, cellPosition)) {
            out.add(new Token(Token.Kind.EMPTY, "", "", line, column, cellPosition, rowStart, false));
        }
    }

    private static boolean isAsciiDigits(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Text.isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #lexPlainText} made the tokens. */
    private static final int LEXED = -1;

    /**
     * The common case in one pass: text with no digit, no sign and nothing to fold (most label and prose
     * lines) is one TEXT token, or a placeholder VALUE, exactly as the general path would make it. Its label
     * key is set when it equals the text, so it need not be computed again.
     *
     * @return {@link #LEXED}; or, having added nothing because the text has a digit, a sign or something to fold,
     *     the index of its first character that {@link Text#needsFold} (its length if none)
     */
    private static int lexPlainText(String raw, int line, int column, SourcePosition cellPosition,
            boolean rowStart, boolean standalone, TokenSink out) {
        int n = raw.length();
        int keyChanges = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                continue;
            }
            if (Text.needsFold(c)) {
                return i;
            }
            if (Text.isAsciiDigit(c) || c == '+' || c == '-') {
                return firstToFold(raw, i + 1);
            }
            if (Text.changesInKey(c)) {
                keyChanges++;
            }
        }
        int b = trimStart(raw);
        int e = trimEnd(raw, b);
        if (b == e) {
            addEmpty(standalone, line, column + b, cellPosition, rowStart, out);
            return LEXED;
        }
        String t = raw.substring(b, e);
        if (Text.isPlaceholder(t)) {
            if (!skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
                out.add(new Token(Token.Kind.VALUE, t, t, line, column + b, cellPosition, rowStart, false));
            }
            return LEXED;
        }
        if (out.skipsTokens() && plain(raw, b, e) && out.skipToken(Token.Kind.TEXT, rowStart, line, cellPosition)) {
            return LEXED;
        }
        Token token = new Token(Token.Kind.TEXT, t, t, line, column + b, cellPosition, rowStart, false);
        // The trimmed ends are whitespace, which the key drops: anything else counted is inside the text.
        if (keyChanges == b + (n - e)) {
            token.keyIsText();
        }
        out.add(token);
        return LEXED;
    }

    private static int firstToFold(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && !Text.needsFold(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A whole cell that is only numbers (with separators, signs and a unit at the end). */
    static boolean isWholeNumber(String t) {
        int n = t.length();
        int end = n;
        if (t.endsWith("万元") || t.endsWith("人次")) {
            end = n - 2;
        } else {
            char last = t.charAt(n - 1);
            if (last == '元' || last == '件' || last == '个' || last == '项' || last == '条' || last == '次') {
                end = n - 1;
            }
        }
        boolean digit = false;
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (Text.isAsciiDigit(c)) {
                digit = true;
            } else if (c == '.' || c == ',' || c == ' ' || c == '\t') {
                continue;
            } else if ((c == '+' || c == '-') && i + 1 < end && Text.isAsciiDigit(t.charAt(i + 1))) {
                continue;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static void inline(String s, String printed, int b, int e, int line, int column,
            SourcePosition cellPosition, boolean rowStart, TokenSink out) {
        int textStart = b;
        int i = b;
        boolean first = rowStart;
        // Characters of [textStart, i) the label key drops or replaces, counted on the way so that a text token
        // whose key is its text is not scanned again for it (as lexPlainText does for a whole line).
        int keyChanges = 0;
        while (i < e) {
            long skipped = skipText(s, i, e);
            i = (int) skipped;
            keyChanges += (int) (skipped >>> 32);
            if (i == e) {
                break;
            }
            char c = s.charAt(i);
            boolean signed = (c == '+' || c == '-') && i + 1 < e && Text.isAsciiDigit(s.charAt(i + 1))
                    && (i == b || !Character.isLetterOrDigit(s.charAt(i - 1)));
            if (!Text.isAsciiDigit(c) && !signed) {
                keyChanges += Text.changesInKey(c) ? 1 : 0;
                i++;
                continue;
            }
            int j = scanRun(s, i, e);
            long cut = listMarkerCut(s, b, i, j, e);
            int valueEnd = (int) (cut >>> 32);
            int resume = (int) cut;
            while (valueEnd > i && Text.isWhitespace(s.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            if (valueEnd <= i) {
                int next = Math.max(resume, i + 1);
                keyChanges += keyChanges(s, i, next); // no value here: what was passed over stays text
                i = next;
                continue;
            }
            if (valueEnd == j) {
                valueEnd = withUnit(s, j, e);
                resume = Math.max(resume, valueEnd);
            }
            if (i > textStart) {
                addText(s, printed, textStart, i, keyChanges, line, column, cellPosition, first, out);
                first = false;
            }
            if (!skipped(out, Token.Kind.VALUE, first, line, cellPosition)) {
                String value = s.substring(i, valueEnd);
                out.add(new Token(Token.Kind.VALUE, value, printed == s ? value : printed.substring(i, valueEnd),
                        line, column + i, cellPosition, first, true));
            }
            first = false;
            textStart = resume;
            i = resume;
            keyChanges = 0;
        }
        if (textStart < e) {
            addText(s, printed, textStart, e, keyChanges, line, column, cellPosition, first, out);
        }
    }

    /**
     * Skips the characters from {@code i} that cannot start a number (all above {@code 9}: letters and
     * ideographs, most of a line) in a loop of their own, which the compiler makes much faster than the whole of
     * {@link #inline} per character.
     *
     * @return the index of the first character at or below {@code 9} (or {@code e}), and above it
     *     ({@code << 32}) how many of those skipped {@link Text#changesInKey}
     */
    private static long skipText(String s, int i, int e) {
        int changes = 0;
        for (int k = i; k < e; k++) {
            char c = s.charAt(k);
            if (c <= '9') {
                return (long) changes << 32 | k;
            }
            if (c <= '\u3017' || c == '，') { // above, only ideographs and the like: none changes in a key
                changes += Text.changesInKey(c) ? 1 : 0;
            }
        }
        return (long) changes << 32 | e;
    }

    /** How many characters of [from, to) {@link Text#changesInKey}. */
    private static int keyChanges(String s, int from, int to) {
        int changes = 0;
        for (int k = from; k < to; k++) {
            changes += Text.changesInKey(s.charAt(k)) ? 1 : 0;
        }
        return changes;
    }

    /**
     * Where the value of the digit run {@code [i, j)} ends and where scanning resumes, packed as
     * {@code valueEnd << 32 | resume}: the run itself, unless it is glued to a list marker that starts a label
     * ({@code 2.属于}, {@code 1. 属于}, {@code 3、}, {@code (1)}), which is text, not a number.
     */
    private static long listMarkerCut(String s, int b, int i, int j, int e) {
        if (j >= e || !Text.isAsciiDigit(s.charAt(j - 1))) {
            return (long) j << 32 | j;
        }
        char d = s.charAt(j);
        boolean nextIsText = j + 1 < e && !Text.isAsciiDigit(s.charAt(j + 1)) && !Text.isWhitespace(s.charAt(j + 1));
        int k = j + 1;
        while (k < e && Text.isWhitespace(s.charAt(k))) {
            k++;
        }
        // "1. 属于国家秘密": a lone non-zero digit, a dot, spaces, then a label.
        boolean spacedMarker = k > j + 1 && k < e && !Text.isAsciiDigit(s.charAt(k)) && j - i == 1
                && s.charAt(i) != '0' && (i == b || !Text.isAsciiDigit(s.charAt(i - 1)));
        if (d == '.' && (nextIsText || spacedMarker)) {
            return (long) (j - 1) << 32 | (j - 1);
        }
        if (d == '、' && nextIsText && j - i == 1
                && (i == b || Text.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ')')) {
            return (long) i << 32 | i;
        }
        if (d == ')' && j - i <= 2 && i > b && s.charAt(i - 1) == '(') {
            return (long) i << 32 | j;
        }
        return (long) j << 32 | j;
    }

    /** The end of a value ending at {@code j}, past a unit printed after it ({@code 5 万元}), if any. */
    private static int withUnit(String s, int j, int e) {
        int u = j;
        while (u < e && s.charAt(u) == ' ') {
            u++;
        }
        int unit = Text.unitLengthAt(s, u);
        return unit > 0 ? u + unit : j;
    }

    /**
     * Adds the text [from, to), trimmed, as a TEXT token.
     *
     * @param keyChanges how many characters of [from, to) {@link Text#changesInKey}: when they are only the
     *     whitespace trimmed, the token's label key is its text
     */
    private static void addText(String s, String printed, int from, int to, int keyChanges, int line, int column,
            SourcePosition cellPosition, boolean rowStart, TokenSink out) {
        int trimmed = 0;
        while (from < to && Text.isWhitespace(s.charAt(from))) {
            from++;
            trimmed++;
        }
        while (to > from && Text.isWhitespace(s.charAt(to - 1))) {
            to--;
            trimmed++;
        }
        if (from < to && !(out.skipsTokens() && plain(s, from, to)
                && out.skipToken(Token.Kind.TEXT, rowStart, line, cellPosition))) {
            String text = s.substring(from, to);
            Token token = printed == s ? new Token(Token.Kind.TEXT, text, text, line, column + from, cellPosition,
                    rowStart, false) : Token.text(text, printed, from, line, column + from, cellPosition, rowStart);
            // Whitespace is a character the key drops, so a count of the trimmed alone leaves the text as it is.
            if (keyChanges == trimmed) {
                token.keyIsText();
            }
            out.add(token);
        }
    }

    /** Scans digits, with separators (. , space) between digits and signs after a space. */
    private static int scanRun(String s, int i, int e) {
        int j = i;
        if (s.charAt(j) == '+' || s.charAt(j) == '-') {
            j++;
        }
        while (j < e) {
            char c = s.charAt(j);
            if (Text.isAsciiDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < e && Text.isAsciiDigit(s.charAt(j + 1))
                    && Text.isAsciiDigit(s.charAt(j - 1))) {
                j++;
            } else if (c == ' ' || c == '\t') {
                int k = j;
                while (k < e && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                    k++;
                }
                if (k < e && (Text.isAsciiDigit(s.charAt(k))
                        || ((s.charAt(k) == '+' || s.charAt(k) == '-') && k + 1 < e
                                && Text.isAsciiDigit(s.charAt(k + 1))))) {
                    j = k;
                } else {
                    break;
                }
            } else if ((c == '+' || c == '-') && j + 1 < e && Text.isAsciiDigit(s.charAt(j + 1))
                    && Text.isWhitespace(s.charAt(j - 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
