package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.Correction;
import io.github.gongkai.validation.ErrorLocator;
import io.github.gongkai.validation.LocationWeights;
import io.github.gongkai.validation.TypingError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The branch and bound of {@link ErrorSearch} over one table's constraints: sets of cells by rounds of 1, 2 and 3,
 * each evaluated by eliminating its cells from the constraints through it, extended where a violated constraint
 * or the cost bound says, solved exactly. Not part of the API.
 */
final class SetSearch {

    /** Costs that differ by less than this are a tie: sums of the same weights in another order. */
    static final double TIE = 1e-9;

    /** What a set of cells does to the constraints. */
    static final class Eval {
        /** The set's changes make every constraint hold; {@link #values} are the cells' new values. */
        static final int SOLVED = 0;
        /** A smaller set does it (one of the changes is 0), or only negative or fractional counts would. */
        static final int NO_SOLUTION_HERE = 1;
        /** A constraint free of the set is violated: {@link #candidates} are its cells. */
        static final int VIOLATED = 2;

        final int kind;
        /** For {@link #VIOLATED}: the cells of the violated constraint; otherwise null (see neighbours). */
        final int[] candidates;
        /** For {@link #SOLVED}: each cell's value, in the set's order, or {@link #UNDETERMINED}. */
        final long[] values;

        Eval(int kind, int[] candidates, long[] values) {
            this.kind = kind;
            this.candidates = candidates;
            this.values = values;
        }
    }

    /** A value the constraints do not fix. */
    static final long UNDETERMINED = Long.MIN_VALUE;

    private final Incidence incidence;
    private final ChangeConstraints constraints;
    private final CellValue[] values;
    private final long[] printed;
    private final LocationWeights weights;
    private final double[] cheapest;
    private final double minimumCost;
    private final Map<Long, Eval> evaluated = new HashMap<>(64);
    private final Set<Long> visited = new HashSet<>(64);
    private final List<Correction> found = new ArrayList<>(2);
    private final List<int[]> foundSets = new ArrayList<>(2);
    /** Per row: the stamp of the last set that touched it, and its position among the rows touched. */
    private final int[] touchMark;
    private final int[] touchIndex;
    /** Per cell: scratch for sums of rows and for sets of cells. */
    private final long[] cellSum;
    private final int[] cellMark;
    private int stamp;
    private double best = Double.POSITIVE_INFINITY;

    SetSearch(Incidence incidence, ChangeConstraints constraints, CellValue[] values, long[] printed,
            LocationWeights weights) {
        this.incidence = incidence;
        this.constraints = constraints;
        this.values = values;
        this.printed = printed;
        this.weights = weights;
        int n = printed.length;
        this.cheapest = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            cheapest[c] = weights.cost(incidence.total[c], true);
            if (constraints.rowsOf[c].length > 0) {
                min = Math.min(min, cheapest[c]);
            }
        }
        this.minimumCost = min;
        this.touchMark = new int[constraints.rhs.length];
        this.touchIndex = new int[constraints.rhs.length];
        this.cellSum = new long[n];
        this.cellMark = new int[n];
    }

    List<Correction> run() {
        for (int k = 1; k <= ErrorLocator.MAX_CELLS; k++) {
            if (k * minimumCost > best + TIE) {
                break;
            }
            visited.clear();
            expand(new int[0], k);
        }
        Integer[] order = new Integer[found.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> foundSets.get(i), CellSets::compare));
        List<Correction> sorted = new ArrayList<>(order.length);
        for (int i : order) {
            sorted.add(found.get(i));
        }
        return sorted;
    }

    private void expand(int[] set, int k) {
        double bound = (k - set.length) * minimumCost;
        for (int c : set) {
            bound += cheapest[c];
        }
        if (bound > best + TIE) {
            return;
        }
        Eval eval = evaluate(set);
        if (set.length == k) {
            if (eval.kind == Eval.SOLVED) {
                record(set, eval.values);
            }
            return;
        }
        int[] candidates = eval.kind == Eval.VIOLATED ? eval.candidates : neighbours(set);
        for (int c : candidates) {
            if (CellSets.contains(set, c)) {
                continue;
            }
            int[] next = CellSets.with(set, c);
            if (visited.add(CellSets.key(next))) {
                expand(next, k);
            }
        }
    }

    private void record(int[] set, long[] newValues) {
        double cost = 0;
        List<Correction.Change> changes = new ArrayList<>(set.length);
        for (int i = 0; i < set.length; i++) {
            int c = set[i];
            Optional<TypingError> slip = newValues[i] == UNDETERMINED ? Optional.empty()
                    : TypingErrors.explain(printed[c], newValues[i]);
            cost += weights.cost(incidence.total[c], slip.isPresent());
            changes.add(new Correction.Change(incidence.cells[c], values[c],
                    newValues[i] == UNDETERMINED ? OptionalLong.empty() : OptionalLong.of(newValues[i]), slip));
        }
        if (cost > best + TIE) {
            return;
        }
        if (cost < best - TIE) {
            found.clear();
            foundSets.clear();
        }
        best = Math.min(best, cost);
        found.add(new Correction(changes, cost));
        foundSets.add(set);
    }

    /** Evaluates a set of cells, sorted; cached. */
    Eval evaluate(int[] set) {
        Long key = CellSets.key(set);
        Eval eval = evaluated.get(key);
        if (eval == null) {
            eval = set.length == 0 ? violatedRow(-1) : solve(set);
            evaluated.put(key, eval);
        }
        return eval;
    }

    /** The smallest violated constraint not touched in this stamp (any if {@code marked} is -1), or null. */
    private Eval violatedRow(int marked) {
        int[] smallest = null;
        for (int j : constraints.violated) {
            if (marked >= 0 && touchMark[j] == marked) {
                continue;
            }
            if (smallest == null || constraints.cells[j].length < smallest.length) {
                smallest = constraints.cells[j];
            }
        }
        return smallest == null ? null : new Eval(Eval.VIOLATED, smallest, null);
    }

    /** Marks the rows through the set's cells with a new stamp and returns them. */
    private int[] touch(int[] set) {
        int mark = ++stamp;
        int t = 0;
        for (int c : set) {
            t += constraints.rowsOf[c].length;
        }
        int[] touching = new int[t];
        t = 0;
        for (int c : set) {
            for (int j : constraints.rowsOf[c]) {
                if (touchMark[j] != mark) {
                    touchMark[j] = mark;
                    touchIndex[j] = t;
                    touching[t++] = j;
                }
            }
        }
        return Arrays.copyOf(touching, t);
    }

    private Eval solve(int[] set) {
        int k = set.length;
        int[] touching = touch(set);
        Eval untouched = violatedRow(stamp);
        if (untouched != null) {
            return untouched;
        }
        int t = touching.length;
        // m: the touching rows over the set's cells and the right side; y: each as a combination of them.
        long[][] m = new long[t][k + 1];
        long[][] y = new long[t][t];
        fill(m, y, set, touching);
        int[] pivotRow = new int[k];
        int rank = reduce(m, y, pivotRow);
        for (int r = rank; r < t; r++) {
            if (m[r][k] != 0) {
                return new Eval(Eval.VIOLATED, combinedSupport(y[r], touching, set), null);
            }
        }
        return solution(m, pivotRow, set, rank < k);
    }

    /** Fills the touching rows over the set's cells and their right sides, and each row as itself. */
    private void fill(long[][] m, long[][] y, int[] set, int[] touching) {
        int k = set.length;
        for (int i = 0; i < k; i++) {
            int[] rows = constraints.rowsOf[set[i]];
            for (int q = 0; q < rows.length; q++) {
                m[touchIndex[rows[q]]][i] = constraints.coefficientsOf[set[i]][q];
            }
        }
        for (int r = 0; r < touching.length; r++) {
            m[r][k] = constraints.rhs[touching[r]];
            y[r][r] = 1;
        }
    }

    /**
     * Reduces {@code m} to echelon form over the set's columns, in exact integers, doing to {@code y} what is done
     * to {@code m}'s rows.
     *
     * @param pivotRow filled with each column's pivot row, or -1 for a free column
     * @return the rank: rows from it on are zero over the set's columns
     */
    private static int reduce(long[][] m, long[][] y, int[] pivotRow) {
        int k = pivotRow.length;
        int t = m.length;
        int rank = 0;
        for (int col = 0; col < k; col++) {
            int p = rank;
            while (p < t && m[p][col] == 0) {
                p++;
            }
            if (p == t) {
                pivotRow[col] = -1;
                continue;
            }
            ExactRows.swap(m, p, rank);
            ExactRows.swap(y, p, rank);
            for (int r = 0; r < t; r++) {
                if (r != rank && m[r][col] != 0) {
                    ExactRows.eliminate(m[r], y[r], m[rank], y[rank], col);
                }
            }
            pivotRow[col] = rank++;
        }
        return rank;
    }

    /**
     * The new values of a consistent system: solved if every determined cell gets a whole count of at least 0 and
     * no smaller set would do (a determined cell left as printed, or the free columns at 0 solving it).
     *
     * @param free whether some column has no pivot
     */
    private Eval solution(long[][] m, int[] pivotRow, int[] set, boolean free) {
        int k = set.length;
        long[] newValues = new long[k];
        boolean feasible = true;
        boolean smaller = false;
        for (int col = 0; col < k; col++) {
            int r = pivotRow[col];
            if (r < 0) {
                newValues[col] = UNDETERMINED;
                continue;
            }
            boolean determined = true;
            for (int f = 0; f < k; f++) {
                determined &= f == col || pivotRow[f] >= 0 || m[r][f] == 0;
            }
            long p = m[r][col];
            long rhs = m[r][k];
            if (rhs % p != 0) {
                feasible &= !determined;
                newValues[col] = UNDETERMINED;
                continue;
            }
            long value = Math.addExact(printed[set[col]], rhs / p);
            if (determined) {
                feasible &= value >= 0;
                smaller |= rhs == 0;
                newValues[col] = value;
            } else {
                newValues[col] = UNDETERMINED;
            }
        }
        if (free && feasible && subsetSolves(m, pivotRow, set)) {
            smaller = true;
        }
        if (!feasible || smaller) {
            return new Eval(Eval.NO_SOLUTION_HERE, null, null);
        }
        return new Eval(Eval.SOLVED, null, newValues);
    }

    /** With the free columns at 0, whether every pivot column gets a whole count of at least 0. */
    private boolean subsetSolves(long[][] m, int[] pivotRow, int[] set) {
        int k = set.length;
        for (int col = 0; col < k; col++) {
            int r = pivotRow[col];
            if (r >= 0) {
                long p = m[r][col];
                if (m[r][k] % p != 0 || printed[set[col]] + m[r][k] / p < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The cells, outside the set, of a combination of the touching rows. */
    private int[] combinedSupport(long[] combination, int[] touching, int[] set) {
        int mark = ++stamp;
        int size = 0;
        int[] cells = new int[printed.length];
        for (int r = 0; r < combination.length; r++) {
            if (combination[r] != 0) {
                int j = touching[r];
                for (int q = 0; q < constraints.cells[j].length; q++) {
                    int c = constraints.cells[j][q];
                    if (cellMark[c] != mark) {
                        cellMark[c] = mark;
                        cellSum[c] = 0;
                        cells[size++] = c;
                    }
                    cellSum[c] = Math.addExact(cellSum[c],
                            Math.multiplyExact(combination[r], constraints.coefficients[j][q]));
                }
            }
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (cellSum[cells[i]] != 0 && !CellSets.contains(set, cells[i])) {
                cells[kept++] = cells[i];
            }
        }
        Arrays.sort(cells, 0, kept);
        return Arrays.copyOf(cells, kept);
    }

    /** The cells, outside the set, of the rows through it. */
    private int[] neighbours(int[] set) {
        int[] touching = touch(set);
        int mark = ++stamp;
        int size = 0;
        int[] cells = new int[printed.length];
        for (int j : touching) {
            for (int c : constraints.cells[j]) {
                if (cellMark[c] != mark && !CellSets.contains(set, c)) {
                    cellMark[c] = mark;
                    cells[size++] = c;
                }
            }
        }
        return Arrays.copyOf(cells, size);
    }
}
