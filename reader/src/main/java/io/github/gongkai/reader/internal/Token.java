package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;

/**
 * One piece of a page as the sources see it: some label text, a value (one number, a placeholder, or a
 * run of numbers), or an empty cell. Tokens are produced in page order.
 */
public final class Token {

    /** What a token holds. */
    public enum Kind {
        /** Label or prose text. */
        TEXT,
        /** A number, a placeholder, or a run of numbers (possibly glued). */
        VALUE,
        /** A table cell printed empty. */
        EMPTY
    }

    final Kind kind;
    /** The text folded ({@link Text#fold}) and trimmed. */
    final String text;
    /** The text as printed, trimmed (the folded text where folding changed its length); see {@link #raw()}. */
    private String raw;
    /** Where {@link #raw} is cut from when it is made on first use (a page's or a line's characters), else null. */
    private final char[] rawSource;
    private final int rawFrom;
    /** The line of a line-based source, or 0 when the token stands in {@link #cell}. */
    final int line;
    /** The column on {@link #line}. */
    final int column;
    /** The position of a token not on a line (an HTML cell or block); null for a line-based source. */
    private final SourcePosition cell;
    /** The position on a line, made when first asked for: most tokens are never placed in a cell. */
    private SourcePosition linePosition;
    /** True if this token starts a table row or a line of prose in a row-structured source. */
    final boolean rowStart;
    /** True if the token's digits may be glued numbers (it did not stand alone in its own table cell). */
    final boolean gluable;
    /** True if the token is a lone number that was a whole line of text by itself. */
    final boolean lineAlone;
    private String key;
    /** The section headings in {@link #key()}, as the first pass found them, if it saw this token. */
    private int[] headings;
    /** Where a broken heading may begin in {@link #key()}, as the first pass found it, if it saw this token. */
    private int brokenAt;
    private boolean scanned;

    /**
     * Creates a token.
     *
     * @param line the line, from 1, or 0 if the token has the position {@code cell}
     * @param column the column on the line, from 1 (ignored when {@code line} is 0)
     * @param cell the position when {@code line} is 0
     */
    Token(Kind kind, String text, String raw, int line, int column, SourcePosition cell, boolean rowStart,
            boolean gluable) {
        this(kind, text, raw, line, column, cell, rowStart, gluable, false);
    }

    Token(Kind kind, String text, String raw, int line, int column, SourcePosition cell, boolean rowStart,
            boolean gluable, boolean lineAlone) {
        this(kind, text, raw, null, 0, line, column, cell, rowStart, gluable, lineAlone);
    }

    /**
     * Creates a text token whose printed form is cut from {@code printed} (at {@code from}, as long as the
     * folded text) only if asked for: the reader itself never needs the printed form of label text.
     */
    static Token text(String text, char[] printed, int from, int line, int column, SourcePosition cell,
            boolean rowStart) {
        return new Token(Kind.TEXT, text, null, printed, from, line, column, cell, rowStart, false, false);
    }

    private Token(Kind kind, String text, String raw, char[] rawSource, int rawFrom, int line, int column,
            SourcePosition cell, boolean rowStart, boolean gluable, boolean lineAlone) {
        this.kind = kind;
        this.text = text;
        this.raw = raw;
        this.rawSource = rawSource;
        this.rawFrom = rawFrom;
        this.line = line;
        this.column = column;
        this.cell = line > 0 ? null : cell;
        this.rowStart = rowStart;
        this.gluable = gluable;
        this.lineAlone = lineAlone;
    }

    /**
     * Returns the text as printed, trimmed.
     *
     * @return the printed text
     */
    String raw() {
        String r = raw;
        if (r == null) {
            r = new String(rawSource, rawFrom, text.length());
            raw = r;
        }
        return r;
    }

    /**
     * Returns where the token stands.
     *
     * @return the position
     */
    SourcePosition position() {
        if (line == 0) {
            return cell;
        }
        SourcePosition p = linePosition;
        if (p == null) {
            p = SourcePosition.line(line, column);
            linePosition = p;
        }
        return p;
    }

    /**
     * Returns the normalised label key of a text token, computed once.
     *
     * @return the key
     */
    String key() {
        String k = key;
        if (k == null) {
            k = Text.labelKeyOfFolded(text);
            key = k;
        }
        return k;
    }

    /**
     * Records what the first pass found in the key.
     *
     * @param found the headings, as {@link Headings#find(String)} gives them, or null for none
     * @param brokenAt where a heading broken over this text and the next may begin
     *     ({@link Headings#brokenHeadingStart(String)}), or -1
     */
    void scanned(int[] found, int brokenAt) {
        headings = found;
        this.brokenAt = brokenAt;
        scanned = true;
    }

    /**
     * Returns the section headings in the key of a text token, as {@link Headings#find(String)} gives them.
     *
     * @return the headings, as the first pass found them if it saw this token, or null if none
     */
    int[] headings() {
        return scanned ? headings : Headings.find(key());
    }

    /**
     * Returns where the key's end may begin a heading broken over this text and the next.
     *
     * @return {@link Headings#brokenHeadingStart(String)} of the key, as the first pass found it if it saw this token
     */
    int brokenHeadingStart() {
        return scanned ? brokenAt : Headings.brokenHeadingStart(key());
    }

    /** Records that the label key is the text itself, as the lexer found in passing. */
    void keyIsText() {
        key = text;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + position();
    }
}
