package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;

/**
 * Where a source's tokens go, in page order. A sink that reads a page without keeping it may also take a
 * line of the page without its tokens being made ({@link #skipLine}): that is how a page far larger than any
 * report is read without allocating an object per number.
 */
interface TokenSink {

    /**
     * Takes the next token.
     *
     * @param token the token
     */
    void add(Token token);

    /**
     * Whether the sink may take lines without their tokens ({@link #skipLine}); if not, it is never offered one.
     *
     * @return true if {@link #skipLine} may return true
     */
    default boolean skipsLines() {
        return false;
    }

    /**
     * Whether the sink may take tokens without their being made ({@link #skipToken}); if not, it is never
     * offered one.
     *
     * @return true if {@link #skipToken} may return true
     */
    default boolean skipsTokens() {
        return false;
    }

    /**
     * Offers a token before it is made: a VALUE or EMPTY token, or a TEXT token none of whose (folded)
     * characters could begin a section heading keyword, an edition marker or the first label of table 三, so that
     * it is no heading. A sink that returns false gets the token as usual.
     *
     * @param kind what the token would be
     * @param rowStart whether it would start a row
     * @param line its line, or 0 for a token not on a line
     * @param cell its position when {@code line} is 0
     * @return true if the sink took it without its being made
     */
    default boolean skipToken(Token.Kind kind, boolean rowStart, int line, SourcePosition cell) {
        return false;
    }

    /**
     * Whether the sink takes every plain line, block or cell (see {@link #skipLine}) without looking at it, as a
     * pass that reads only headings does; then it is not offered them one by one.
     *
     * @return true if {@link #skipLine} would return true for any plain text
     */
    default boolean skipsAllPlain() {
        return false;
    }

    /**
     * Offers a line (or an HTML block or table cell) instead of its tokens. Called only for text that is not
     * blank, not a page footer and not a pipe-table separator, and that is plain: no character of it, folded,
     * could begin a section heading keyword, an edition marker or the first label of table 三 (see
     * {@link Headings#mayStartKeyword}), so that none of its TEXT tokens can be a heading. A sink that returns
     * false gets the tokens as usual.
     *
     * @param chars the text
     * @param from its first character that is not whitespace
     * @param to one past its last
     * @param line the line number, from 1, or 0 for HTML
     * @param cell the position of an HTML block or cell, or null for a line
     * @param numbers if the text holds only ASCII digits, spaces and tabs (and bars in a pipe row), so that it
     *     makes only VALUE and EMPTY tokens, how many runs of digits it has; else -1
     * @param rowStart whether its first token starts a row (a pipe row, a Markdown line, an HTML block, the
     *     first cell of an HTML row)
     * @return true if the sink took the text, false to be given its tokens
     */
    default boolean skipLine(char[] chars, int from, int to, int line, SourcePosition cell, int numbers,
            boolean rowStart) {
        return false;
    }
}
