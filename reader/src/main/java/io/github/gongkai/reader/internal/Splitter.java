package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates the ways a row's printed numbers can be cut into the row's cells when a converter glued them
 * together ({@code 713000074} for 71/3/0/0/0/0/74), and keeps the cuts that satisfy the row's identities,
 * taken from {@link ReportFormat}.
 *
 * <p>A gluable piece is cut into one or more numbers, none with a leading zero except {@code 0} itself;
 * spaces in the source are always cuts; a piece that stood alone in its own table cell, or has thousands
 * separators, is never cut. A sign goes with the first number of a piece and a decimal part or unit with
 * its last. The search stops after a bounded number of steps, so a long digit string cannot blow it up.
 * Instances are single-use and not thread-safe.
 */
final class Splitter {

    /**
     * The identities of {@link ReportFormat#identities()} that a run of cells must satisfy, as positions in
     * the run and coefficients: those all of whose terms are among the cells — for a row of table 三 its
     * {@code T3.ROW_TOTAL}, for each group of table 四 its {@code T4.GROUP_TOTAL}; none for table 二.
     *
     * @param terms for each identity, the position of each term in the run
     * @param coefficients for each identity, each term's coefficient, +1 or -1
     */
    record Identities(int[][] terms, int[][] coefficients) {

        /** No identity: every split is a candidate. */
        static final Identities NONE = new Identities(new int[0][], new int[0][]);

        /**
         * Takes the identities of an edition that hold among a run of cells.
         *
         * @param edition the edition
         * @param cells the cells a run is cut into, in order
         * @return the identities, {@link #NONE} if there are none
         */
        static Identities among(Edition edition, List<CellRef> cells) {
            List<int[]> terms = new ArrayList<>();
            List<int[]> coefficients = new ArrayList<>();
            for (Identity identity : ReportFormat.of(edition).identities()) {
                int[] at = positions(identity, cells);
                if (at != null) {
                    terms.add(at);
                    int[] coefficient = new int[at.length];
                    for (int t = 0; t < at.length; t++) {
                        coefficient[t] = identity.terms().get(t).coefficient();
                    }
                    coefficients.add(coefficient);
                }
            }
            return terms.isEmpty() ? NONE
                    : new Identities(terms.toArray(new int[0][]), coefficients.toArray(new int[0][]));
        }

        /** The position of each term's cell among the cells, or null if one is not among them. */
        private static int[] positions(Identity identity, List<CellRef> cells) {
            int[] at = new int[identity.terms().size()];
            for (int t = 0; t < at.length; t++) {
                at[t] = cells.indexOf(identity.terms().get(t).cell());
                if (at[t] < 0) {
                    return null;
                }
            }
            return at;
        }

        /**
         * Tells whether there is no identity.
         *
         * @return true for none
         */
        boolean isEmpty() {
            return terms.length == 0;
        }

        /**
         * Tells whether values satisfy every identity: {@code Σ coefficient × value = 0}.
         *
         * @param values one per cell of the run
         * @return true if all hold
         */
        boolean hold(long[] values) {
            for (int i = 0; i < terms.length; i++) {
                long sum = 0;
                for (int t = 0; t < terms[i].length; t++) {
                    sum += coefficients[i][t] * values[terms[i][t]];
                }
                if (sum != 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Returns how many identities there are.
         *
         * @return the count
         */
        int size() {
            return terms.length;
        }
    }

    /** One piece of printed text: a number or run of digits. */
    record Piece(String text, boolean gluable) {
    }

    /** The outcome: the readings that fit the identity, and how many readings there were at all. */
    record Result(List<List<String>> fitting, int fittingCount, List<List<String>> others, int otherCount,
            boolean exhausted) {
    }

    private final List<Piece> pieces;
    private final List<ValueKind> kinds;
    private final Identities identities;
    private final int maxCandidates;
    private final int maxSteps;
    private final String[] current;
    private final int[] maxParts;
    private int steps;
    private boolean exhausted;
    private final List<List<String>> fitting = new ArrayList<>();
    private final List<List<String>> others = new ArrayList<>();
    private int fittingCount;
    private int otherCount;
    /**
     * Whether readings are cut short as soon as an identity whose cells are all cut fails: the search for the
     * readings that fit, whose cost then grows with them rather than with every cut of the digits.
     */
    private final boolean pruning;
    /** For each cell, the identities whose last term it is. */
    private final int[][] completedAt;

    private Splitter(List<Piece> pieces, List<ValueKind> kinds, Identities identities, int maxCandidates, int maxSteps,
            boolean pruning) {
        this.pruning = pruning;
        this.completedAt = completedAt(identities, kinds.size());
        this.pieces = pieces;
        this.kinds = kinds;
        this.identities = identities;
        this.maxCandidates = maxCandidates;
        this.maxSteps = maxSteps;
        this.current = new String[kinds.size()];
        this.maxParts = new int[pieces.size() + 1];
        for (int i = pieces.size() - 1; i >= 0; i--) {
            maxParts[i] = maxParts[i + 1] + partsAtMost(pieces.get(i));
        }
    }

    /**
     * Splits pieces into exactly {@code kinds.size()} values.
     *
     * @param pieces the printed pieces in order
     * @param kinds the kind of each cell
     * @param identities the identities a split must satisfy
     * @param maxCandidates how many readings to keep in each list
     * @param maxSteps the search budget
     * @return the result, never null
     */
    static Result split(List<Piece> pieces, List<ValueKind> kinds, Identities identities, int maxCandidates,
            int maxSteps) {
        if (!identities.isEmpty()) {
            // First the readings that fit, cut short where an identity fails; only if there are none, every
            // reading, to tell a row no reading satisfies from one that cannot be cut at all.
            Splitter fits = new Splitter(pieces, kinds, identities, maxCandidates, maxSteps, true);
            fits.piece(0, 0);
            if (fits.fittingCount > 0 || fits.exhausted) {
                return new Result(fits.fitting, fits.fittingCount, List.of(), 0, fits.exhausted);
            }
        }
        Splitter s = new Splitter(pieces, kinds, identities, maxCandidates, maxSteps, false);
        s.piece(0, 0);
        return new Result(s.fitting, s.fittingCount, s.others, s.otherCount, s.exhausted);
    }

    /** For each cell, the identities whose last term (in the run's order) it is. */
    private static int[][] completedAt(Identities identities, int cells) {
        List<List<Integer>> at = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            at.add(new ArrayList<>());
        }
        for (int i = 0; i < identities.size(); i++) {
            int last = 0;
            for (int position : identities.terms()[i]) {
                last = Math.max(last, position);
            }
            at.get(last).add(i);
        }
        int[][] out = new int[cells][];
        for (int i = 0; i < cells; i++) {
            out[i] = at.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Whether the identities completed by the cell at {@code slot} hold, when pruning; true otherwise. */
    private boolean holdsSoFar(int slot) {
        if (!pruning) {
            return true;
        }
        for (int i : completedAt[slot]) {
            long sum = 0;
            int[] terms = identities.terms()[i];
            for (int t = 0; t < terms.length; t++) {
                Long v = count(terms[t]);
                if (v == null) {
                    return false;
                }
                sum += identities.coefficients()[i][t] * v;
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }

    /** The count cut for a cell, or null if it is not a count. */
    private Long count(int cell) {
        if (kinds.get(cell) == ValueKind.COUNT && plainDigits(current[cell])) {
            return Long.parseLong(current[cell]);
        }
        return Values.parse(current[cell], kinds.get(cell)).value() instanceof CellValue.Count c ? c.value() : null;
    }

    private static int partsAtMost(Piece p) {
        if (!p.gluable || Values.isThousands(p.text)) {
            return 1;
        }
        int digits = 0;
        for (int i = 0; i < p.text.length() && p.text.charAt(i) != '.'; i++) {
            if (Text.isAsciiDigit(p.text.charAt(i))) {
                digits++;
            }
        }
        return Math.max(1, digits);
    }

    private void piece(int index, int slot) {
        if (++steps > maxSteps) {
            exhausted = true;
            return;
        }
        int n = kinds.size();
        if (index == pieces.size()) {
            if (slot == n) {
                complete();
            }
            return;
        }
        int remainingPieces = pieces.size() - index;
        if (n - slot < remainingPieces || n - slot > maxParts[index]) {
            return;
        }
        Piece p = pieces.get(index);
        if (partsAtMost(p) == 1) {
            if (accept(slot, p.text)) {
                current[slot] = p.text;
                if (holdsSoFar(slot)) {
                    piece(index + 1, slot + 1);
                }
            }
            return;
        }
        String t = p.text;
        int b = 0;
        String sign = "";
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            sign = t.substring(0, 1);
            b = 1;
        }
        int e = b;
        while (e < t.length() && Text.isAsciiDigit(t.charAt(e))) {
            e++;
        }
        String suffix = t.substring(e);
        cut(index, slot, t, b, e, sign, suffix);
    }

    /** Cuts digits [from, end) of piece {@code index} into numbers starting at {@code slot}. */
    private void cut(int index, int slot, String t, int from, int end, String prefix, String suffix) {
        if (exhausted) {
            return;
        }
        int n = kinds.size();
        if (slot >= n) {
            return;
        }
        // Last number of the piece: everything that is left.
        String rest = prefix + t.substring(from, end) + suffix;
        if (validDigits(t, from, end) && accept(slot, rest)) {
            current[slot] = rest;
            if (holdsSoFar(slot)) {
                piece(index + 1, slot + 1);
            }
        }
        // Or a shorter number here, and more numbers after it.
        int maxLen = t.charAt(from) == '0' ? 1 : Math.min(Values.MAX_DIGITS, end - from - 1);
        for (int len = 1; len <= maxLen && from + len < end; len++) {
            if (++steps > maxSteps) {
                exhausted = true;
                return;
            }
            String part = prefix + t.substring(from, from + len);
            if (accept(slot, part)) {
                current[slot] = part;
                if (holdsSoFar(slot)) {
                    cut(index, slot + 1, t, from + len, end, "", suffix);
                }
            }
        }
    }

    private static boolean validDigits(String t, int from, int end) {
        return end - from >= 1 && end - from <= Values.MAX_DIGITS && (t.charAt(from) != '0' || end - from == 1);
    }

    private boolean accept(int slot, String text) {
        ValueKind kind = kinds.get(slot);
        if (kind != ValueKind.AMOUNT && plainDigits(text)) {
            return text.length() <= Values.MAX_DIGITS;
        }
        return Values.parse(text, kind).ok();
    }

    private static boolean plainDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Text.isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private void complete() {
        List<String> reading = List.of(current.clone());
        if (holds()) {
            fittingCount++;
            if (fitting.size() < maxCandidates) {
                fitting.add(reading);
            }
        } else {
            otherCount++;
            if (others.size() < maxCandidates) {
                others.add(reading);
            }
        }
    }

    private boolean holds() {
        if (identities.isEmpty()) {
            return true;
        }
        int n = current.length;
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            if (kinds.get(i) == ValueKind.COUNT && plainDigits(current[i])) {
                v[i] = Long.parseLong(current[i]);
                continue;
            }
            CellValue value = Values.parse(current[i], kinds.get(i)).value();
            if (!(value instanceof CellValue.Count c)) {
                return false;
            }
            v[i] = c.value();
        }
        return identities.hold(v);
    }
}
