package io.github.gongkai.core;

import io.github.gongkai.core.internal.MessageText;
import io.github.gongkai.core.internal.RunCuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The digits a converter printed as one run for several consecutive cells ({@code 8100008} for the seven
 * cells of a row, or fifteen zeros for three rows of table 四), and which piece of it one unread cell is.
 * The cells of one run are consecutive in {@link CellRef#all} order and carry equal runs with pieces
 * {@code 0} to {@code pieces - 1}.
 *
 * <p>A <em>reading</em> of the run cuts it into exactly {@link #pieces()} whole numbers: a space is always a
 * cut, and every number has 1 to {@value #MAX_DIGITS} digits and no leading zero unless it is {@code 0}.
 * Validation uses the readings to tell an identity that some reading satisfies (not assessable) from one
 * that none does (the page is wrong). An immutable, thread-safe value.
 *
 * @param text the run as printed: ASCII digits, single spaces between groups of them
 * @param piece which of the run's cells this is, from 0
 * @param pieces how many cells the run covers, at least 1
 */
public record PrintedRun(String text, int piece, int pieces) {

    /** Longest run text, in characters. */
    public static final int MAX_LENGTH = 256;
    /** Most digits of one number in a reading. */
    public static final int MAX_DIGITS = 18;

    /**
     * Checks the run.
     *
     * @throws IllegalArgumentException if the text is empty, longer than {@value #MAX_LENGTH}, is not groups of
     *     ASCII digits separated by single spaces, or cannot be cut into {@code pieces} numbers at all, or if
     *     {@code piece} is not in {@code [0, pieces)}
     */
    public PrintedRun {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || text.length() > MAX_LENGTH || !text.matches("[0-9]+( [0-9]+)*")) {
            throw new IllegalArgumentException("a printed run is 1 to " + MAX_LENGTH
                    + " characters of ASCII digits in groups separated by single spaces");
        }
        if (pieces < 1 || piece < 0 || piece >= pieces) {
            throw new IllegalArgumentException("piece " + piece + " of " + pieces + " is not a piece of a run");
        }
        int groups = text.split(" ").length;
        int digits = text.length() - (groups - 1);
        if (pieces < groups || pieces > digits) {
            throw new IllegalArgumentException("'" + MessageText.printable(text) + "' cannot be cut into " + pieces
                    + " numbers");
        }
    }

    /**
     * Obtains a run.
     *
     * @param text the run as printed
     * @param piece which of the run's cells this is, from 0
     * @param pieces how many cells the run covers
     * @return the run, never null
     * @throws IllegalArgumentException as the constructor
     */
    public static PrintedRun of(String text, int piece, int pieces) {
        return new PrintedRun(text, piece, pieces);
    }

    /**
     * Returns this run for another of its cells.
     *
     * @param otherPiece the piece, in {@code [0, pieces)}
     * @return the run, never null
     * @throws IllegalArgumentException if the piece is out of range
     */
    public PrintedRun withPiece(int otherPiece) {
        return otherPiece == piece ? this : new PrintedRun(text, otherPiece, pieces);
    }

    /**
     * Tells whether another run is this same run, for another (or the same) cell.
     *
     * @param other a run
     * @return true if text and number of pieces are equal
     */
    public boolean sameRunAs(PrintedRun other) {
        return pieces == other.pieces && text.equals(other.text);
    }

    /**
     * Returns the readings of the run, in a fixed order (shorter first numbers first), at most {@code limit}
     * of them. Ask for one more than you need to learn whether there are more.
     *
     * @param limit the most readings to return, at least 0
     * @return the readings, each a list of {@link #pieces()} numbers; unmodifiable, never null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public List<List<Long>> readings(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        List<List<Long>> out = new ArrayList<>();
        for (long[] reading : RunCuts.readings(this, limit)) {
            List<Long> numbers = new ArrayList<>(reading.length);
            for (long number : reading) {
                numbers.add(number);
            }
            out.add(List.copyOf(numbers));
        }
        return List.copyOf(out);
    }
}
