package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides glued rows that their own identities leave open by the identities of their whole table, as a
 * person reading the page does: {@code 110000011} may be 1/10/0/0/0/0/11 or 11/0/0/0/0/0/11 for its row, but
 * only one of them lets the 自然人 column add up. A row is decided when every joint reading of the table's
 * open rows that satisfies the table's identities gives it the same numbers; if no joint reading satisfies
 * them (the page has an error) or the search reaches its limit, nothing is decided.
 *
 * <p>The identities are {@link io.github.gongkai.core.ReportFormat#identities()}, used only where every term
 * is either a cell of an open row or a cell read as a number: one through a blank, a placeholder or an
 * unread cell decides nothing. The search visits at most {@link #MAX_STEPS} partial readings, so a table of
 * many open rows cannot make it hang. Static, stateless.
 */
final class TableSplit {

    /** Most readings of one open row taken into the search; a row with more stays open. */
    static final int MAX_READINGS = 1_000;
    /** Most partial readings the search visits before it gives up, deciding nothing. */
    static final int MAX_STEPS = 250_000;

    /**
     * A glued row (or run of cells) that its own identities leave open.
     *
     * @param cells its cells, in order
     * @param parts every reading of it that satisfies its own identities, one printed number per cell
     * @param readings the same readings as numbers
     * @param ambiguity the ambiguity recorded for it, which a decision replaces
     * @param note what its cells' provenance notes besides the split, or null
     */
    record Open(List<CellRef> cells, List<List<String>> parts, List<long[]> readings, Ambiguity ambiguity,
            Provenance.Note note) {

        /**
         * Takes an open row.
         *
         * @return the open row, or null if a reading has a cell that is not a count (the search sums counts)
         */
        static Open of(List<CellRef> cells, List<ValueKind> kinds, List<List<String>> parts, Ambiguity ambiguity,
                Provenance.Note note) {
            List<long[]> readings = new ArrayList<>(parts.size());
            for (List<String> reading : parts) {
                long[] v = new long[reading.size()];
                for (int i = 0; i < v.length; i++) {
                    if (!(Values.parse(reading.get(i), kinds.get(i)).value() instanceof CellValue.Count c)) {
                        return null;
                    }
                    v[i] = c.value();
                }
                readings.add(v);
            }
            return new Open(List.copyOf(cells), List.copyOf(parts), readings, ambiguity, note);
        }
    }

    /**
     * What the search found.
     *
     * @param decided for each open row, the index of the reading every consistent joint reading gives it, or
     *     -1 if it is not decided
     * @param consistent how many joint readings satisfy the identities (0 when the search was cut off)
     * @param exhausted true if the search reached {@link #MAX_STEPS}
     */
    record Outcome(int[] decided, long consistent, boolean exhausted) {
    }

    /** An identity as the search checks it: a known part and the open cells' terms. */
    private record Check(long known, int[] rows, int[] positions, int[] coefficients) {
    }

    private final List<Open> open;
    private final List<List<Check>> checksAt;
    private final int[] choice;
    private final int[] agree;
    private long consistent;
    private int steps;
    private boolean exhausted;

    private TableSplit(List<Open> open, List<List<Check>> checksAt) {
        this.open = open;
        this.checksAt = checksAt;
        this.choice = new int[open.size()];
        this.agree = new int[open.size()];
        Arrays.fill(agree, -2);
    }

    /**
     * Searches the joint readings of a table's open rows.
     *
     * @param open the open rows of one table, each with at least one reading
     * @param identities the identities of the table
     * @param known the number read for a cell, or null if it is not a number (blank, placeholder, unread)
     * @return the outcome, never null
     */
    static Outcome decide(List<Open> open, List<Identity> identities, Function<CellRef, Long> known) {
        Map<CellRef, int[]> where = new HashMap<>();
        for (int r = 0; r < open.size(); r++) {
            List<CellRef> cells = open.get(r).cells();
            for (int p = 0; p < cells.size(); p++) {
                where.put(cells.get(p), new int[] {r, p});
            }
        }
        List<List<Check>> checksAt = new ArrayList<>(open.size());
        for (int r = 0; r < open.size(); r++) {
            checksAt.add(new ArrayList<>());
        }
        for (Identity identity : identities) {
            Check check = check(identity, where, known);
            if (check != null) {
                int last = 0;
                for (int row : check.rows()) {
                    last = Math.max(last, row);
                }
                checksAt.get(last).add(check);
            }
        }
        TableSplit search = new TableSplit(open, checksAt);
        search.visit(0);
        int[] decided = new int[open.size()];
        for (int r = 0; r < decided.length; r++) {
            decided[r] = search.exhausted || search.consistent == 0 ? -1 : Math.max(search.agree[r], -1);
        }
        return new Outcome(decided, search.exhausted ? 0 : search.consistent, search.exhausted);
    }

    /** The identity as a check, or null if it touches no open cell or a cell that is not a number. */
    private static Check check(Identity identity, Map<CellRef, int[]> where, Function<CellRef, Long> known) {
        long sum = 0;
        List<int[]> terms = new ArrayList<>();
        for (Identity.Term term : identity.terms()) {
            int[] at = where.get(term.cell());
            if (at != null) {
                terms.add(new int[] {at[0], at[1], term.coefficient()});
                continue;
            }
            Long value = known.apply(term.cell());
            if (value == null) {
                return null;
            }
            try {
                sum = Math.addExact(sum, Math.multiplyExact(term.coefficient(), value));
            } catch (ArithmeticException e) {
                return null; // numbers this large decide nothing
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        int[] rows = new int[terms.size()];
        int[] positions = new int[terms.size()];
        int[] coefficients = new int[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            rows[t] = terms.get(t)[0];
            positions[t] = terms.get(t)[1];
            coefficients[t] = terms.get(t)[2];
        }
        return new Check(sum, rows, positions, coefficients);
    }

    /** Tries every reading of open row {@code r} that keeps the identities completed by it, then the next row. */
    private void visit(int r) {
        if (r == open.size()) {
            consistent++;
            for (int i = 0; i < agree.length; i++) {
                agree[i] = agree[i] == -2 || agree[i] == choice[i] ? choice[i] : -1;
            }
            return;
        }
        List<long[]> readings = open.get(r).readings();
        for (int k = 0; k < readings.size(); k++) {
            if (++steps > MAX_STEPS) {
                exhausted = true;
                return;
            }
            choice[r] = k;
            if (holds(checksAt.get(r))) {
                visit(r + 1);
                if (exhausted || undecidable()) {
                    return;
                }
            }
        }
    }

    /** Whether every row already has two consistent readings: searching on cannot decide anything. */
    private boolean undecidable() {
        for (int a : agree) {
            if (a != -1) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(List<Check> checks) {
        for (Check c : checks) {
            long sum = c.known();
            try {
                for (int t = 0; t < c.rows().length; t++) {
                    long value = open.get(c.rows()[t]).readings().get(choice[c.rows()[t]])[c.positions()[t]];
                    sum = Math.addExact(sum, c.coefficients()[t] * value);
                }
            } catch (ArithmeticException e) {
                return false;
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }
}
