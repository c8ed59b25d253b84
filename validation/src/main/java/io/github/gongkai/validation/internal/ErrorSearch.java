package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Correction;
import io.github.gongkai.validation.ErrorLocation;
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
 * The search behind {@link ErrorLocator}: minimal-change error location over the identities of one table.
 *
 * <p>Each identity is a row {@code Σ coefficient × cell = 0}. With {@code δ} the change of each printed count,
 * the rows become {@code Σ coefficient × δ = -residual}. Unknown cells (not read, or blank where the policy says
 * so) are eliminated first by exact fraction-free Gaussian elimination: a row used to eliminate one only says
 * what the unknown is; the others are combinations free of unknowns, the constraints on {@code δ}
 * ({@link Constraints}).
 *
 * <p>Then a branch and bound over sets of cells, by rounds of 1, 2 and 3 cells. A set is evaluated by
 * eliminating its cells from the constraints that pass through it: if a constraint it does not touch is violated,
 * or a combination of those it touches is free of its cells and violated, some cell of that constraint must join
 * the set, and the search branches on them (every solution containing the set has one). If every constraint can
 * hold, the set's changes are solved exactly; they must be whole, non-zero (else a smaller set does it) and leave
 * each count at least 0. A set that solves, or solves only with a negative or fractional count, is extended through
 * the cells that share a constraint with it, while the cost bound allows. Sets cost at least the sum of their
 * cells' cheapest costs, which prunes.
 */
public final class ErrorSearch {

    /** Costs that differ by less than this are a tie: sums of the same weights in another order. */
    static final double TIE = 1e-9;

    private ErrorSearch() {
    }

    /**
     * Locates the errors of every table of the report with identities.
     *
     * @param strict whether every blank is an unknown ({@code STRICT}); otherwise only blank totals are
     */
    public static List<ErrorLocation> locate(Report report, LocationWeights weights, boolean strict) {
        List<ErrorLocation> locations = new ArrayList<>(2);
        for (Incidence incidence : Incidence.of(report.edition())) {
            ErrorLocation location = locate(incidence, report, weights, strict);
            if (location != null) {
                locations.add(location);
            }
        }
        return List.copyOf(locations);
    }

    /** Returns the location for one table, or null if it needs no change. */
    static ErrorLocation locate(Incidence incidence, Report report, LocationWeights weights, boolean strict) {
        int n = incidence.cells.length;
        CellValue[] values = new CellValue[n];
        long[] printed = new long[n];
        boolean[] unknown = new boolean[n];
        boolean[] changeable = new boolean[n];
        boolean anyUnknown = false;
        for (int i = 0; i < n; i++) {
            CellValue value = report.get(incidence.cells[i]);
            values[i] = value;
            if (value instanceof CellValue.Count count) {
                printed[i] = count.value();
                changeable[i] = true;
            } else if (value.isUnread() || value.isNumber() || strict || incidence.total[i]) {
                unknown[i] = true;
                anyUnknown = true;
            }
        }
        try {
            long[] rhs = new long[incidence.identities()];
            boolean violated = false;
            for (int j = 0; j < rhs.length; j++) {
                long residual = 0;
                int[] cells = incidence.rowCells[j];
                for (int t = 0; t < cells.length; t++) {
                    long x = printed[cells[t]];
                    residual = incidence.rowCoefficients[j][t] > 0 ? Math.addExact(residual, x)
                            : Math.subtractExact(residual, x);
                }
                rhs[j] = Math.negateExact(residual);
                violated |= residual != 0;
            }
            if (!anyUnknown && !violated) {
                return null;
            }
            Constraints constraints = Constraints.of(incidence, unknown, changeable, rhs);
            if (constraints == null) {
                return null;
            }
            return new ErrorLocation(incidence.table, new Search(incidence, constraints, values, printed, weights).run());
        } catch (ArithmeticException overflow) {
            return new ErrorLocation(incidence.table, List.of());
        }
    }

    /**
     * The constraints on the changes, unknowns eliminated, as sparse rows over the table's changeable cells: a row
     * through no unknown is the identity itself, less its fixed cells; rows through unknowns are eliminated densely.
     */
    static final class Constraints {
        /** For each row, its cells with a non-zero coefficient. */
        final int[][] cells;
        /** For each row, the coefficients of {@link #cells}. */
        final long[][] coefficients;
        /** For each row, its right side: minus the residual of the printed counts. */
        final long[] rhs;
        /** For each cell, the rows through it. */
        final int[][] rowsOf;
        /** For each cell, its coefficient in each of {@link #rowsOf}. */
        final long[][] coefficientsOf;
        /**
         * The rows whose right side is not 0: violated as printed. Each has a changeable cell: a row's right side is
         * always minus the sum of its changeable cells' printed counts times their coefficients (unknowns are not
         * summed, fixed cells are 0, and elimination combines rows linearly).
         */
        final int[] violated;

        private Constraints(List<int[]> cellList, List<long[]> coefficientList, long[] rhs, int n) {
            int r = cellList.size();
            this.cells = cellList.toArray(int[][]::new);
            this.coefficients = coefficientList.toArray(long[][]::new);
            this.rhs = rhs;
            int[] counts = new int[n];
            int bad = 0;
            for (int j = 0; j < r; j++) {
                for (int c : cells[j]) {
                    counts[c]++;
                }
                bad += rhs[j] != 0 ? 1 : 0;
            }
            this.rowsOf = new int[n][];
            this.coefficientsOf = new long[n][];
            for (int c = 0; c < n; c++) {
                rowsOf[c] = new int[counts[c]];
                coefficientsOf[c] = new long[counts[c]];
                counts[c] = 0;
            }
            this.violated = new int[bad];
            bad = 0;
            for (int j = 0; j < r; j++) {
                for (int t = 0; t < cells[j].length; t++) {
                    int c = cells[j][t];
                    rowsOf[c][counts[c]] = j;
                    coefficientsOf[c][counts[c]++] = coefficients[j][t];
                }
                if (rhs[j] != 0) {
                    violated[bad++] = j;
                }
            }
        }

        /**
         * Builds the constraints, eliminating the unknown cells; null if no constraint is violated (the table
         * holds, for some values of its unknowns, without a change).
         */
        static Constraints of(Incidence incidence, boolean[] unknown, boolean[] changeable, long[] rhs) {
            int n = incidence.cells.length;
            int m = rhs.length;
            long[][] dense = new long[m][];
            List<int[]> cellList = new ArrayList<>(m);
            List<long[]> coefficientList = new ArrayList<>(m);
            long[] rightSides = new long[m];
            int kept = 0;
            for (int j = 0; j < m; j++) {
                int[] cells = incidence.rowCells[j];
                boolean throughUnknown = false;
                int size = 0;
                for (int c : cells) {
                    throughUnknown |= unknown[c];
                    size += changeable[c] ? 1 : 0;
                }
                if (throughUnknown) {
                    long[] row = new long[n + 1];
                    for (int t = 0; t < cells.length; t++) {
                        if (unknown[cells[t]] || changeable[cells[t]]) {
                            row[cells[t]] = incidence.rowCoefficients[j][t];
                        }
                    }
                    row[n] = rhs[j];
                    dense[j] = row;
                } else if (size > 0) {
                    int[] rowCells = new int[size];
                    long[] rowCoefficients = new long[size];
                    size = 0;
                    for (int t = 0; t < cells.length; t++) {
                        if (changeable[cells[t]]) {
                            rowCells[size] = cells[t];
                            rowCoefficients[size++] = incidence.rowCoefficients[j][t];
                        }
                    }
                    cellList.add(rowCells);
                    coefficientList.add(rowCoefficients);
                    rightSides[kept++] = rhs[j];
                }
            }
            boolean[] used = new boolean[m];
            for (int u = 0; u < n; u++) {
                if (!unknown[u]) {
                    continue;
                }
                int p = -1;
                for (int j = 0; j < m && p < 0; j++) {
                    if (dense[j] != null && !used[j] && dense[j][u] != 0) {
                        p = j;
                    }
                }
                if (p < 0) {
                    continue;
                }
                used[p] = true;
                for (int j = 0; j < m; j++) {
                    if (dense[j] != null && !used[j] && dense[j][u] != 0) {
                        combine(dense[j], dense[p], u);
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                if (dense[j] == null || used[j]) {
                    continue;
                }
                long[] row = dense[j];
                int size = 0;
                for (int c = 0; c < n; c++) {
                    size += row[c] != 0 ? 1 : 0;
                }
                if (size == 0) {
                    continue;
                }
                int[] rowCells = new int[size];
                long[] rowCoefficients = new long[size];
                size = 0;
                for (int c = 0; c < n; c++) {
                    if (row[c] != 0) {
                        rowCells[size] = c;
                        rowCoefficients[size++] = row[c];
                    }
                }
                cellList.add(rowCells);
                coefficientList.add(rowCoefficients);
                rightSides[kept++] = row[n];
            }
            boolean anyViolated = false;
            for (int j = 0; j < kept; j++) {
                anyViolated |= rightSides[j] != 0;
            }
            return anyViolated ? new Constraints(cellList, coefficientList, Arrays.copyOf(rightSides, kept), n)
                    : null;
        }
    }

    /**
     * Eliminates column {@code col} from {@code row} with {@code pivot}: {@code row × p - pivot × r}, where
     * {@code p} and {@code r} are their entries in the column, then divides by the common divisor. Exact; throws
     * {@link ArithmeticException} on overflow.
     */
    static void combine(long[] row, long[] pivot, int col) {
        long p = pivot[col];
        long r = row[col];
        long g = 0;
        for (int i = 0; i < row.length; i++) {
            row[i] = Math.subtractExact(Math.multiplyExact(row[i], p), Math.multiplyExact(pivot[i], r));
            g = gcd(g, row[i]);
        }
        if (g > 1) {
            for (int i = 0; i < row.length; i++) {
                row[i] /= g;
            }
        }
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

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

    /** The branch and bound over one table's constraints. */
    static final class Search {
        private final Incidence incidence;
        private final Constraints constraints;
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

        Search(Incidence incidence, Constraints constraints, CellValue[] values, long[] printed,
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
            Arrays.sort(order, Comparator.comparing(i -> foundSets.get(i), ErrorSearch::compare));
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
                if (contains(set, c)) {
                    continue;
                }
                int[] next = with(set, c);
                if (visited.add(key(next))) {
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
            Long key = key(set);
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
            for (int i = 0; i < k; i++) {
                int[] rows = constraints.rowsOf[set[i]];
                for (int q = 0; q < rows.length; q++) {
                    m[touchIndex[rows[q]]][i] = constraints.coefficientsOf[set[i]][q];
                }
            }
            for (int r = 0; r < t; r++) {
                m[r][k] = constraints.rhs[touching[r]];
                y[r][r] = 1;
            }
            int rank = 0;
            int[] pivotRow = new int[k];
            for (int col = 0; col < k; col++) {
                int p = rank;
                while (p < t && m[p][col] == 0) {
                    p++;
                }
                if (p == t) {
                    pivotRow[col] = -1;
                    continue;
                }
                swap(m, p, rank);
                swap(y, p, rank);
                for (int r = 0; r < t; r++) {
                    if (r != rank && m[r][col] != 0) {
                        eliminate(m[r], y[r], m[rank], y[rank], col);
                    }
                }
                pivotRow[col] = rank++;
            }
            for (int r = rank; r < t; r++) {
                if (m[r][k] != 0) {
                    return new Eval(Eval.VIOLATED, combinedSupport(y[r], touching, set), null);
                }
            }
            long[] newValues = new long[k];
            boolean free = rank < k;
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
                if (cellSum[cells[i]] != 0 && !contains(set, cells[i])) {
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
                    if (cellMark[c] != mark && !contains(set, c)) {
                        cellMark[c] = mark;
                        cells[size++] = c;
                    }
                }
            }
            return Arrays.copyOf(cells, size);
        }
    }

    /** Row {@code r} minus a multiple of the pivot row, fraction-free, with the combinations kept alike. */
    private static void eliminate(long[] r, long[] yr, long[] pivot, long[] yp, int col) {
        long p = pivot[col];
        long f = r[col];
        long g = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.subtractExact(Math.multiplyExact(r[i], p), Math.multiplyExact(pivot[i], f));
            g = gcd(g, r[i]);
        }
        for (int i = 0; i < yr.length; i++) {
            yr[i] = Math.subtractExact(Math.multiplyExact(yr[i], p), Math.multiplyExact(yp[i], f));
            g = gcd(g, yr[i]);
        }
        if (g > 1) {
            for (int i = 0; i < r.length; i++) {
                r[i] /= g;
            }
            for (int i = 0; i < yr.length; i++) {
                yr[i] /= g;
            }
        }
    }

    private static void swap(long[][] a, int i, int j) {
        long[] x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

    static boolean contains(int[] set, int c) {
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** The set with one more cell, sorted. */
    static int[] with(int[] set, int c) {
        int[] next = Arrays.copyOf(set, set.length + 1);
        int i = set.length;
        while (i > 0 && next[i - 1] > c) {
            next[i] = next[i - 1];
            i--;
        }
        next[i] = c;
        return next;
    }

    /** A sorted set of at most 3 cells below 2^16 as one number. */
    static long key(int[] set) {
        long key = set.length;
        for (int c : set) {
            key = key << 16 | c;
        }
        return key;
    }

    /** Orders sets of cells, each sorted, by their cells. */
    static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
