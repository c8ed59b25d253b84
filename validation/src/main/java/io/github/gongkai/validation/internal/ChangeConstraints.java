package io.github.gongkai.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The constraints on the changes, unknowns eliminated, as sparse rows over the table's changeable cells: a row
 * through no unknown is the identity itself, less its fixed cells; rows through unknowns are eliminated densely.
 *
 * <p>Part of the search behind {@link io.github.gongkai.validation.ErrorLocator} ({@link ErrorSearch}). Not part
 * of the API.
 */
final class ChangeConstraints {
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

    private ChangeConstraints(List<int[]> cellList, List<long[]> coefficientList, long[] rhs, int n) {
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
     * A printed total of unknown cells as one more row: its cells, each with coefficient 1, sum to its value.
     *
     * @param cells the numbers of the total's cells in the table
     * @param value the total
     */
    record TotalRow(int[] cells, long value) {
    }

    /**
     * Builds the constraints, eliminating the unknown cells; null if no constraint is violated (the table
     * holds, for some values of its unknowns, without a change). Each printed total whose cells are all unknown
     * is one more row: eliminated with the identities, it ties the unknowns' sum to what the page printed.
     *
     * @param totals the totals, each over unknown cells of the table; empty if none
     */
    static ChangeConstraints of(Incidence incidence, boolean[] unknown, boolean[] changeable, long[] rhs,
            List<TotalRow> totals) {
        int n = incidence.cells.length;
        int m = rhs.length;
        long[][] dense = new long[m + totals.size()][];
        SparseRows rows = new SparseRows(m + totals.size());
        for (int k = 0; k < totals.size(); k++) {
            long[] row = new long[n + 1];
            for (int c : totals.get(k).cells()) {
                row[c] = 1;
            }
            row[n] = totals.get(k).value();
            dense[m + k] = row;
        }
        for (int j = 0; j < m; j++) {
            int[] cells = incidence.rowCells[j];
            boolean throughUnknown = false;
            for (int c : cells) {
                throughUnknown |= unknown[c];
            }
            if (throughUnknown) {
                dense[j] = denseRow(cells, incidence.rowCoefficients[j], unknown, changeable, n, rhs[j]);
            } else {
                rows.addChangeable(cells, incidence.rowCoefficients[j], changeable, rhs[j]);
            }
        }
        boolean[] used = eliminate(dense, unknown, n);
        for (int j = 0; j < dense.length; j++) {
            if (dense[j] != null && !used[j]) {
                rows.addNonZero(dense[j], n);
            }
        }
        return rows.anyViolated() ? new ChangeConstraints(rows.cells, rows.coefficients,
                Arrays.copyOf(rows.rightSides, rows.cells.size()), n) : null;
    }

    /** A row through an unknown, dense over the cells, its right side last: its unknown and changeable cells. */
    private static long[] denseRow(int[] cells, int[] coefficients, boolean[] unknown, boolean[] changeable, int n,
            long rhs) {
        long[] row = new long[n + 1];
        for (int t = 0; t < cells.length; t++) {
            if (unknown[cells[t]] || changeable[cells[t]]) {
                row[cells[t]] = coefficients[t];
            }
        }
        row[n] = rhs;
        return row;
    }

    /**
     * Eliminates each unknown from the dense rows: the first row not yet used that holds it is its pivot, and every
     * other such row is combined with it so that it no longer does.
     *
     * @return which rows were used as pivots (they hold an unknown, and constrain no change)
     */
    private static boolean[] eliminate(long[][] dense, boolean[] unknown, int n) {
        int m = dense.length;
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
                    ExactRows.combine(dense[j], dense[p], u);
                }
            }
        }
        return used;
    }

    /** The constraints' rows as they are found, sparse, in the order {@link #of} finds them. */
    private static final class SparseRows {
        final List<int[]> cells;
        final List<long[]> coefficients;
        final long[] rightSides;

        SparseRows(int most) {
            cells = new ArrayList<>(most);
            coefficients = new ArrayList<>(most);
            rightSides = new long[most];
        }

        /** An identity through no unknown, less its fixed cells; nothing if it has no changeable cell. */
        void addChangeable(int[] rowCells, int[] rowCoefficients, boolean[] changeable, long rhs) {
            int size = 0;
            for (int c : rowCells) {
                size += changeable[c] ? 1 : 0;
            }
            if (size == 0) {
                return;
            }
            int[] keptCells = new int[size];
            long[] keptCoefficients = new long[size];
            size = 0;
            for (int t = 0; t < rowCells.length; t++) {
                if (changeable[rowCells[t]]) {
                    keptCells[size] = rowCells[t];
                    keptCoefficients[size++] = rowCoefficients[t];
                }
            }
            add(keptCells, keptCoefficients, rhs);
        }

        /** A dense row left after elimination, its cells with a non-zero coefficient; nothing if it has none. */
        void addNonZero(long[] row, int n) {
            int size = 0;
            for (int c = 0; c < n; c++) {
                size += row[c] != 0 ? 1 : 0;
            }
            if (size == 0) {
                return;
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
            add(rowCells, rowCoefficients, row[n]);
        }

        private void add(int[] rowCells, long[] rowCoefficients, long rhs) {
            rightSides[cells.size()] = rhs;
            cells.add(rowCells);
            coefficients.add(rowCoefficients);
        }

        boolean anyViolated() {
            for (int j = 0; j < cells.size(); j++) {
                if (rightSides[j] != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
