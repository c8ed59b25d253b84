package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of VALUE and EMPTY tokens between two labels: a row's cells, or numbers in prose. The first
 * {@link #LIMIT} tokens are kept, which is more than any row has; of the rest only what the reader needs is
 * counted (how many tokens and pieces, whether any is a number or glued, how many empty cells end it), so that
 * a million numbers in a row cost no more than a few. Mutable, reused.
 */
final class Run {

    /** Tokens kept: a row has at most 15 cells (table 四 in one row), 16 with a subtotal column. */
    static final int LIMIT = 64;

    final List<Token> tokens = new ArrayList<>(16);
    /** The line of the label text before the run, 0 if none or off lines ({@link EmptyLineCells}). */
    int labelLine;
    /** The line of the token that ended the run, {@link Integer#MAX_VALUE} at the page's end. */
    int endLine;
    /** Tokens past the first {@link #LIMIT}, and their pieces. */
    int extraTokens;
    int extraPieces;
    boolean extraValues;
    boolean extraGluable;
    /** How many of the extra tokens at the end are empty cells. */
    int extraTrailingEmpty;
    /** The position of the last extra token. */
    SourcePosition lastExtra;

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether more tokens arrive only as counts. */
    boolean full() {
        return tokens.size() >= LIMIT;
    }

    /** Whether tokens were counted rather than kept. */
    boolean overflowed() {
        return extraTokens > 0;
    }

    /** All the tokens, kept and counted. */
    int size() {
        return tokens.size() + extraTokens;
    }

    void add(Token t) {
        if (!full()) {
            tokens.add(t);
            return;
        }
        extraTokens++;
        extraPieces += Pieces.pieceCount(t);
        extraValues |= t.kind == Token.Kind.VALUE;
        extraGluable |= t.gluable;
        extraTrailingEmpty = t.kind == Token.Kind.EMPTY ? extraTrailingEmpty + 1 : 0;
        lastExtra = t.position();
    }

    /**
     * Counts a line of numbers, one VALUE token with {@code pieces} numbers, that arrived without its token while
     * the run is full.
     */
    void addValueLine(int line, int pieces) {
        extraTokens++;
        extraPieces += pieces;
        extraValues = true;
        extraGluable = true;
        extraTrailingEmpty = 0;
        lastExtra = SourcePosition.line(line, 1);
    }

    /** Appends another run's tokens and counts. */
    void addAll(Run other) {
        for (Token t : other.tokens) {
            add(t);
        }
        if (other.overflowed()) {
            extraTokens += other.extraTokens;
            extraPieces += other.extraPieces;
            extraValues |= other.extraValues;
            extraGluable |= other.extraGluable;
            extraTrailingEmpty = other.extraTrailingEmpty == other.extraTokens
                    ? extraTrailingEmpty + other.extraTrailingEmpty : other.extraTrailingEmpty;
            lastExtra = other.lastExtra;
        }
    }

    boolean hasNumbers() {
        if (extraValues) {
            return true;
        }
        for (Token t : tokens) {
            if (t.kind == Token.Kind.VALUE) {
                return true;
            }
        }
        return false;
    }

    SourcePosition first() {
        return tokens.get(0).position();
    }

    /** A copy, for a run kept beyond the next token. */
    Run copy() {
        Run c = new Run();
        c.tokens.addAll(tokens);
        c.extraTokens = extraTokens;
        c.extraPieces = extraPieces;
        c.extraValues = extraValues;
        c.extraGluable = extraGluable;
        c.extraTrailingEmpty = extraTrailingEmpty;
        c.lastExtra = lastExtra;
        return c;
    }

    void clear() {
        tokens.clear();
        extraTokens = 0;
        extraPieces = 0;
        extraValues = false;
        extraGluable = false;
        extraTrailingEmpty = 0;
        lastExtra = null;
    }
}
