package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the text of one cell or line into tokens: label text, numbers (with their unit), placeholders. Bare
 * numbers, blank text, placeholders, whole numbers and plain text (no digit, nothing to fold) are lexed here;
 * text with numbers glued into it is cut by {@link InlineLexer}.
 */
final class Lexer {

    private Lexer() {
    }

    /** The numbers "0" to "9", a flattened table's commonest lines, shared rather than made for each. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

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
            bareNumber(raw, line, column, cellPosition, rowStart, standalone, out);
            return;
        }
        lexText(raw.toCharArray(), 0, raw.length(), line, column, cellPosition, rowStart, standalone, out);
    }

    /**
     * {@link #lex} of the characters [from, to) of a page, a line of it: no string is made of the line, only of
     * the tokens kept (the characters are not changed).
     */
    static void lex(char[] cs, int from, int to, int line, int column, SourcePosition cellPosition,
            boolean rowStart, boolean standalone, TokenSink out) {
        if (isAsciiDigits(cs, from, to)) {
            String raw = to - from == 1 ? DIGITS[cs[from] - '0'] : new String(cs, from, to - from);
            bareNumber(raw, line, column, cellPosition, rowStart, standalone, out);
            return;
        }
        lexText(cs, from, to, line, column, cellPosition, rowStart, standalone, out);
    }

    /** A bare number, the commonest line of a flattened table: what the general path makes of it. */
    private static void bareNumber(String raw, int line, int column, SourcePosition cellPosition, boolean rowStart,
            boolean standalone, TokenSink out) {
        if (!skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
            out.add(new Token(Token.Kind.VALUE, raw, raw, line, column + 0, cellPosition, rowStart, !standalone,
                    !standalone));
        }
    }

    /** {@link #lex} of text that is not a bare number. */
    private static void lexText(char[] cs, int from, int to, int line, int column, SourcePosition cellPosition,
            boolean rowStart, boolean standalone, TokenSink out) {
        int firstToFold = lexPlainText(cs, from, to, line, column, cellPosition, rowStart, standalone, out);
        if (firstToFold == LEXED) {
            return;
        }
        if (firstToFold == to) {
            lexFolded(cs, from, to, cs, from, to, line, column, cellPosition, rowStart, standalone, out);
            return;
        }
        // A no-break space, full-width forms: a copy of the text folded, or in the rare case of NFKC the general
        // path's fold of the whole text.
        char[] folded = Arrays.copyOfRange(cs, from, to);
        int length = Text.foldInPlace(folded, firstToFold - from, folded.length);
        if (length < 0) {
            folded = Text.fold(new String(cs, from, to - from)).toCharArray();
            length = folded.length;
        }
        lexFolded(cs, from, to, folded, 0, length, line, column, cellPosition, rowStart, standalone, out);
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
        String folded = Text.fold(raw);
        char[] r = raw.toCharArray();
        char[] s = folded == raw ? r : folded.toCharArray();
        lexFolded(r, 0, r.length, s, 0, s.length, line, column, cellPosition, rowStart, standalone, out);
    }

    /**
     * The general path, given the text [rawFrom, rawTo) of {@code raw} folded to [from, to) of {@code s} (the
     * same characters if folding changed nothing). Columns count from {@code from}.
     */
    private static void lexFolded(char[] raw, int rawFrom, int rawTo, char[] s, int from, int to, int line,
            int column, SourcePosition cellPosition, boolean rowStart, boolean standalone, TokenSink out) {
        // What a token's printed form is cut from: the text as printed if folding kept its length, else the folded.
        boolean sameLength = to - from == rawTo - rawFrom;
        char[] printed = sameLength ? raw : s;
        int shift = sameLength ? rawFrom - from : 0;
        int b = trimStart(s, from, to);
        int e = trimEnd(s, b, to);
        int col = column - from;
        if (b == e) {
            addEmpty(standalone, line, col + b, cellPosition, rowStart, out);
            return;
        }
        boolean placeholder = isPlaceholder(s, b, e);
        if (placeholder || isWholeNumber(s, b, e)) {
            addValue(s, printed, shift, b, e, placeholder, line, col, cellPosition, rowStart, standalone, out);
            return;
        }
        InlineLexer.inline(s, printed, shift, b, e, line, col, cellPosition, rowStart, out);
    }

    /**
     * The trimmed text [b, e) of {@code s} as one VALUE token: a placeholder, never gluable, or a whole number,
     * gluable unless it is a table cell of its own with one number in it. Its printed form is cut from
     * {@code printed} as in {@link InlineLexer#inline}; the placeholders of plain text are made here too. A method
     * of its own, so that {@link #lexFolded}, run for every line with a digit or something to fold, stays small.
     */
    private static void addValue(char[] s, char[] printed, int shift, int b, int e, boolean placeholder, int line,
            int col, SourcePosition cellPosition, boolean rowStart, boolean standalone, TokenSink out) {
        if (skipped(out, Token.Kind.VALUE, rowStart, line, cellPosition)) {
            return;
        }
        String t = new String(s, b, e - b);
        String raw = printed == s ? t : new String(printed, b + shift, e - b);
        if (placeholder) {
            out.add(new Token(Token.Kind.VALUE, t, raw, line, col + b, cellPosition, rowStart, false));
            return;
        }
        boolean multi = hasSpaceOrTab(s, b, e);
        out.add(new Token(Token.Kind.VALUE, t, raw, line, col + b, cellPosition, rowStart, !standalone || multi,
                !standalone && !multi));
    }

    /** The index of the first non-whitespace character of [from, to), or {@code to}. */
    private static int trimStart(char[] s, int from, int to) {
        int b = from;
        while (b < to && Text.isWhitespace(s[b])) {
            b++;
        }
        return b;
    }

    /** One past the last non-whitespace character of [b, to), or {@code b}. */
    private static int trimEnd(char[] s, int b, int to) {
        int e = to;
        while (e > b && Text.isWhitespace(s[e - 1])) {
            e--;
        }
        return e;
    }

    private static boolean hasSpaceOrTab(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == ' ' || s[i] == '\t') {
                return true;
            }
        }
        return false;
    }

    /** {@link Text#isPlaceholder} of [from, to), without making the string. */
    private static boolean isPlaceholder(char[] s, int from, int to) {
        int n = to - from;
        if (n == 0 || n > 4) {
            return false;
        }
        if (n == 1 && s[from] == '无') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!Text.isPlaceholderChar(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sink takes a VALUE or EMPTY token without its being made (see {@link TokenSink#skipToken}). */
    static boolean skipped(TokenSink out, Token.Kind kind, boolean rowStart, int line, SourcePosition cell) {
        return out.skipsTokens() && out.skipToken(kind, rowStart, line, cell);
    }

    /** Whether no character of folded text [from, to) could begin a keyword ({@link Headings#mayStartKeyword}). */
    static boolean plain(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Headings.mayStartKeyword(s[i])) {
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

    private static boolean isAsciiDigits(char[] s, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Text.isAsciiDigit(s[i])) {
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
     *     the index of its first character that {@link Text#needsFold} ({@code to} if none)
     */
    private static int lexPlainText(char[] raw, int from, int to, int line, int column,
            SourcePosition cellPosition, boolean rowStart, boolean standalone, TokenSink out) {
        int keyChanges = 0;
        for (int i = from; i < to; i++) {
            char c = raw[i];
            if (c >= '\u4E00' && c <= '\u9FFF') {
                continue;
            }
            if (Text.needsFold(c)) {
                return i;
            }
            if (Text.isAsciiDigit(c) || c == '+' || c == '-') {
                return firstToFold(raw, i + 1, to);
            }
            if (Text.changesInKey(c)) {
                keyChanges++;
            }
        }
        addPlainText(raw, from, to, keyChanges, line, column, cellPosition, rowStart, standalone, out);
        return LEXED;
    }

    /**
     * The tokens of a text [from, to) that {@link #lexPlainText} found plain: nothing, an EMPTY token, a
     * placeholder VALUE or one TEXT token, whose label key is its text when the only characters that change in a
     * key ({@code keyChanges} of them) are the whitespace trimmed. Apart from the loop before it, so that the loop
     * is compiled into its caller.
     */
    private static void addPlainText(char[] raw, int from, int to, int keyChanges, int line, int column,
            SourcePosition cellPosition, boolean rowStart, boolean standalone, TokenSink out) {
        int b = trimStart(raw, from, to);
        int e = trimEnd(raw, b, to);
        int col = column - from;
        if (b == e) {
            addEmpty(standalone, line, col + b, cellPosition, rowStart, out);
            return;
        }
        if (isPlaceholder(raw, b, e)) {
            addValue(raw, raw, 0, b, e, true, line, col, cellPosition, rowStart, standalone, out);
            return;
        }
        if (out.skipsTokens() && plain(raw, b, e) && out.skipToken(Token.Kind.TEXT, rowStart, line, cellPosition)) {
            return;
        }
        String t = new String(raw, b, e - b);
        Token token = new Token(Token.Kind.TEXT, t, t, line, col + b, cellPosition, rowStart, false);
        // The trimmed ends are whitespace, which the key drops: anything else counted is inside the text.
        if (keyChanges == (b - from) + (to - e)) {
            token.keyIsText();
        }
        out.add(token);
    }

    private static int firstToFold(char[] s, int from, int to) {
        int i = from;
        while (i < to && !Text.needsFold(s[i])) {
            i++;
        }
        return i;
    }

    /** Whether the text [from, to), not empty, is only numbers (with separators, signs and a unit at the end). */
    private static boolean isWholeNumber(char[] t, int from, int to) {
        int end = to;
        char last = t[to - 1];
        if (to - from >= 2 && (t[to - 2] == '万' && last == '元' || t[to - 2] == '人' && last == '次')) {
            end = to - 2;
        } else if (last == '元' || last == '件' || last == '个' || last == '项' || last == '条' || last == '次') {
            end = to - 1;
        }
        boolean digit = false;
        for (int i = from; i < end; i++) {
            char c = t[i];
            if (Text.isAsciiDigit(c)) {
                digit = true;
            } else if (c == '.' || c == ',' || c == ' ' || c == '\t') {
                continue;
            } else if ((c == '+' || c == '-') && i + 1 < end && Text.isAsciiDigit(t[i + 1])) {
                continue;
            } else {
                return false;
            }
        }
        return digit;
    }
}
