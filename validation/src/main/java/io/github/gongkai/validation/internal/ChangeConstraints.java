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
     * Builds the constraints, eliminating the unknown cells; null if no constraint is violated (the table
     * holds, for some values of its unknowns, without a change).
     */
    static ChangeConstraints of(Incidence incidence, boolean[] unknown, boolean[] changeable, long[] rhs) {
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
                    ExactRows.combine(dense[j], dense[p], u);
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
        return anyViolated ? new ChangeConstraints(cellList, coefficientList, Arrays.copyOf(rightSides, kept), n)
                : null;
    }
}
