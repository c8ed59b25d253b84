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
    /** The text as printed, trimmed (the folded text where folding changed its length). */
    final String raw;
    final SourcePosition position;
    /** True if this token starts a table row or a line of prose in a row-structured source. */
    final boolean rowStart;
    /** True if the token's digits may be glued numbers (it did not stand alone in its own table cell). */
    final boolean gluable;
    /** True if the token is a lone number that was a whole line of text by itself. */
    final boolean lineAlone;
    private String key;

    Token(Kind kind, String text, String raw, SourcePosition position, boolean rowStart, boolean gluable) {
        this(kind, text, raw, position, rowStart, gluable, false);
    }

    Token(Kind kind, String text, String raw, SourcePosition position, boolean rowStart, boolean gluable,
            boolean lineAlone) {
        this.kind = kind;
        this.text = text;
        this.raw = raw;
        this.position = position;
        this.rowStart = rowStart;
        this.gluable = gluable;
        this.lineAlone = lineAlone;
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

    /** Records that the label key is the text itself, as the lexer found in passing. */
    void keyIsText() {
        key = text;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + position;
    }
}
