package io.github.gongkai.reader.internal;

import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's tokens as the pieces a row's cells are read from: numbers separated by spaces are pieces of their
 * own, a unit standing alone joins the number before it, and a run too long for any row is counted rather
 * than made. Also the raw text quoted in warnings. Static, stateless.
 */
final class Pieces {

    /** The longest raw text quoted in a warning or an ambiguity; longer is cut, saying how much was left out. */
    static final int MAX_RAW_CHARS = 1_000;


    private Pieces() {
    }

    /** One printed number (or empty cell), with where it stands. */
    static final class Piece {
        /** The text read as the value. */
        final String text;
        /** The text as printed. */
        final String raw;
        /** Where it stands. */
        final SourcePosition position;
        /** Whether it may be cut into several numbers. */
        final boolean gluable;

        Piece(String text, String raw, SourcePosition position, boolean gluable) {
            this.text = text;
            this.raw = raw;
            this.position = position;
            this.gluable = gluable;
        }
    }

    /** How many pieces (cells, or numbers separated by spaces) a token holds. */
    static int pieceCount(Token t) {
        if (t.kind == Token.Kind.EMPTY) {
            return 1;
        }
        int count = 0;
        boolean in = false;
        for (int i = 0; i < t.text.length(); i++) {
            boolean space = t.text.charAt(i) == ' ' || t.text.charAt(i) == '\t';
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    /** The most pieces of a run made; the rest are counted ({@link PieceList#unlisted}). */
    static final int MAX_PIECES = 256;

    /**
     * The pieces of a run, in order: the first {@link #MAX_PIECES} made, the rest counted. A row has at most 16
     * cells, so a run with pieces not made is never placed.
     */
    static final class PieceList extends ArrayList<Piece> {
        private static final long serialVersionUID = 1L;
        /** Pieces after those made (of long tokens, and of the run's tokens past {@link Run#LIMIT}). */
        int unlisted;
        /** Empty cells at the very end of the run, made or not. */
        int tail;

        PieceList(int capacity) {
            super(capacity);
        }
    }

    static PieceList pieces(Run run) {
        PieceList out = pieces(run.tokens, run.size() > 1);
        if (run.overflowed()) {
            out.unlisted += run.extraPieces;
            out.tail = run.extraTrailingEmpty == run.extraTokens ? out.tail + run.extraTrailingEmpty
                    : run.extraTrailingEmpty;
        }
        return out;
    }

    static List<Piece> pieces(List<Token> run) {
        return pieces(run, run.size() > 1);
    }

    /**
     * The pieces of tokens.
     *
     * @param several whether the run has more than one token: lone numbers on lines of their own are cells of a
     *     flattened table, and when a row has several, a short row means a lost cell, not glued numbers
     */
    static PieceList pieces(List<Token> run, boolean several) {
        PieceList out = new PieceList(Math.min(run.size(), MAX_PIECES) + 4);
        for (Token t : run) {
            if (out.size() >= MAX_PIECES) {
                out.unlisted += pieceCount(t);
                out.tail = t.kind == Token.Kind.EMPTY ? out.tail + 1 : 0;
                continue;
            }
            boolean gluable = t.gluable && !(several && t.lineAlone);
            if (t.kind == Token.Kind.EMPTY) {
                out.add(new Piece("", "", t.position(), false));
                out.tail++;
                continue;
            }
            out.tail = 0;
            String s = t.text;
            // A value's text is trimmed, so a space can only stand between two characters.
            if (s.length() < 3 || !hasSpaceOrTab(s)) {
                out.add(new Piece(s, t.raw(), t.position(), gluable));
                continue;
            }
            addSpaced(out, t, s, gluable);
        }
        return out;
    }

    /**
     * Adds the numbers of a value printed with spaces between them ({@code 3 0 2}), each a piece at its own
     * column; a unit standing alone after a number ({@code 5 万元}) joins it.
     */
    private static void addSpaced(PieceList out, Token t, String s, boolean gluable) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\t') {
                j++;
            }
            if (j > i && out.size() >= MAX_PIECES) {
                out.unlisted++; // a huge run of spaced numbers: counted, not made
            } else if (j > i) {
                String p = s.substring(i, j);
                String raw = t.raw().length() == s.length() ? t.raw().substring(i, j) : p;
                SourcePosition pos = t.line > 0 && i > 0 ? SourcePosition.line(t.line, t.column + i) : t.position();
                if (!out.isEmpty() && isUnitOnly(p)) {
                    Piece prev = out.remove(out.size() - 1);
                    out.add(new Piece(prev.text + p, prev.raw + " " + raw, prev.position, prev.gluable));
                } else {
                    out.add(new Piece(p, raw, pos, gluable));
                }
            }
            i = j;
        }
    }

    static boolean hasSpaceOrTab(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    static boolean isUnitOnly(String p) {
        return p.equals("件") || p.equals("元") || p.equals("万元") || p.equals("个") || p.equals("项")
                || p.equals("条") || p.equals("次") || p.equals("人次");
    }

    /**
     * Tells whether a row's only piece is a lone table cell holding the whole row of several cells: plain
     * digits, at least one per cell, which a converter put in one cell. Such a piece is a glued run after all;
     * a number that stood alone in its cell is otherwise never cut ({@code 12} in a row that lost a cell).
     */
    static boolean wholeRowInOneCell(List<Piece> pieces, int cells) {
        if (pieces.size() != 1 || pieces.get(0).gluable || cells < 2) {
            return false;
        }
        String text = pieces.get(0).text;
        return text.length() >= cells && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Tells whether a run can be a row of {@code cells} cells: nearly as many pieces (a cell or two lost),
     * or glued digits enough for every cell. A number or two after a row label in prose ("重复申请 3 件")
     * is not a row, and does not use the row up.
     */
    static boolean plausibleRow(PieceList pieces, int cells) {
        if (pieces.size() + pieces.unlisted >= cells - 2 || wholeRowInOneCell(pieces, cells)) {
            return true;
        }
        int digits = 0;
        boolean glued = false;
        for (Piece p : pieces) {
            glued |= p.gluable;
            for (int i = 0; i < p.text.length(); i++) {
                if (Text.isAsciiDigit(p.text.charAt(i))) {
                    digits++;
                }
            }
        }
        return glued && digits >= cells;
    }

    /**
     * Tells whether a run holds only empty cells, fewer than a row has: header padding, not a row printed
     * empty.
     */
    static boolean emptyShort(Run run, int cells) {
        return !run.hasNumbers() && run.size() < cells;
    }

    static String rawOf(Run run) {
        return rawOf(run.tokens, run.extraTokens);
    }

    static String rawOf(List<?> items) {
        return rawOf(items, 0);
    }

    /**
     * The raw texts of tokens or pieces, joined with {@code " | "}: at most {@link #MAX_RAW_CHARS} characters
     * of them, then how many characters, and how many more values ({@code more}), were left out.
     */
    static String rawOf(List<?> items, int more) {
        StringBuilder sb = new StringBuilder();
        long left = 0;
        for (Object o : items) {
            String s = o instanceof Token t ? t.raw() : ((Piece) o).raw;
            String sep = sb.length() > 0 ? " | " : "";
            if (left == 0 && sb.length() + sep.length() + s.length() <= MAX_RAW_CHARS) {
                sb.append(sep).append(s);
                continue;
            }
            int room = left > 0 ? 0 : Math.max(0, MAX_RAW_CHARS - sb.length() - sep.length());
            if (room > 0 && Character.isHighSurrogate(s.charAt(room - 1))) {
                room--; // never half a pair
            }
            if (room > 0) {
                sb.append(sep).append(s, 0, room);
                left += s.length() - room;
            } else {
                left += sep.length() + s.length();
            }
        }
        if (left > 0) {
            sb.append("… (").append(left).append(" more characters)");
        }
        if (more > 0) {
            sb.append(" | … (").append(more).append(" more values)");
        }
        return sb.toString();
    }

    /**
     * The pieces as a {@link PrintedRun}'s text, digit groups joined by single spaces, or null if a piece is
     * not plain ASCII digits (a sign, a decimal part, a unit) or the run could not be one.
     */
    static String runText(List<Piece> pieces, int cells) {
        StringBuilder sb = new StringBuilder();
        int digits = 0;
        for (Piece p : pieces) {
            if (p.text.isEmpty()) {
                return null;
            }
            for (int i = 0; i < p.text.length(); i++) {
                char c = p.text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.text);
            digits += p.text.length();
        }
        boolean fits = sb.length() > 0 && sb.length() <= PrintedRun.MAX_LENGTH && cells >= pieces.size()
                && cells <= digits;
        return fits ? sb.toString() : null;
    }
}
