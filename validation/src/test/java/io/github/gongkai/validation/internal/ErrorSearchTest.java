package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.validation.Correction;
import io.github.gongkai.validation.ErrorLocation;
import io.github.gongkai.validation.LocationWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The search against brute force: on tables with every cell printed (no unknown), every set of at most 3 cells of
 * table 四 and at most 2 of table 三 is solved on its own, and the cheapest are exactly the corrections the search
 * returns, with the same values. And the helpers.
 */
class ErrorSearchTest {

    private static final ReportGenerator NO_BLANKS = ReportGenerator.builder().blankZeroProbability(0).build();
    private static final LocationWeights STANDARD = LocationWeights.standard();
    private static final LocationWeights NO_SLIPS = STANDARD.withTypingSlip(1);
    private static final LocationWeights TOTALS_CHEAP = LocationWeights.of(1, 0.8, 0.9);

    @Test
    void tableFourMatchesBruteForceOverEverySetOfUpToThreeCells() {
        SplittableRandom random = new SplittableRandom(41);
        int located = 0;
        for (int i = 0; i < 100; i++) {
            Report report = inject(NO_BLANKS.generate(random), ReportTable.T4, 1 + random.nextInt(3), random);
            for (LocationWeights weights : List.of(STANDARD, NO_SLIPS, TOTALS_CHEAP)) {
                located += compare(report, ReportTable.T4, 3, weights) ? 1 : 0;
            }
        }
        assertTrue(located > 200, "located " + located);
    }

    @Test
    void tableThreeMatchesBruteForceOverEverySetOfUpToTwoCells() {
        SplittableRandom random = new SplittableRandom(43);
        int located = 0;
        for (int i = 0; i < 8; i++) {
            Report report = inject(NO_BLANKS.generate(random), ReportTable.T3, 1 + random.nextInt(2), random);
            for (LocationWeights weights : List.of(STANDARD, NO_SLIPS)) {
                located += compare(report, ReportTable.T3, 2, weights) ? 1 : 0;
            }
        }
        assertTrue(located > 12, "located " + located);
    }

    /** Compares the search with brute force; returns whether the table was located. */
    private static boolean compare(Report report, ReportTable table, int maxCells, LocationWeights weights) {
        Incidence incidence = Incidence.of(report.edition()).stream().filter(t -> t.table == table).findFirst()
                .orElseThrow();
        ErrorLocation location = ErrorSearch.locate(incidence, report, weights, true);
        Map<String, Double> expected = bruteForce(incidence, report, maxCells, weights);
        if (expected.isEmpty()) {
            // Nothing within the brute force's reach: the search finds nothing smaller either.
            assertTrue(location == null || location.limitReached()
                    || location.corrections().get(0).changes().size() > maxCells, () -> location.toString());
            return false;
        }
        if (location == null) {
            assertEquals(Map.of("", 0.0), expected, report::toString);
            return false;
        }
        Map<String, Double> actual = new TreeMap<>();
        for (Correction correction : location.corrections()) {
            actual.put(describe(correction), correction.cost());
        }
        assertEquals(expected.keySet(), actual.keySet(), report::toString);
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), 1e-9);
        }
        return true;
    }

    private static String describe(Correction correction) {
        StringBuilder b = new StringBuilder();
        for (Correction.Change change : correction.changes()) {
            b.append(change.cell()).append('=').append(change.value().getAsLong()).append(' ');
        }
        return b.toString();
    }

    /** Every set of at most {@code maxCells} cells, solved on its own; the cheapest, described. */
    private static Map<String, Double> bruteForce(Incidence incidence, Report report, int maxCells,
            LocationWeights weights) {
        int n = incidence.cells.length;
        long[] printed = new long[n];
        for (int c = 0; c < n; c++) {
            printed[c] = ((CellValue.Count) report.get(incidence.cells[c])).value();
        }
        long[] residual = new long[incidence.identities()];
        boolean holds = true;
        for (int j = 0; j < residual.length; j++) {
            for (int t = 0; t < incidence.rowCells[j].length; t++) {
                residual[j] += incidence.rowCoefficients[j][t] * printed[incidence.rowCells[j][t]];
            }
            holds &= residual[j] == 0;
        }
        Map<String, Double> best = new TreeMap<>();
        if (holds) {
            best.put("", 0.0);
            return best;
        }
        double[] least = {Double.POSITIVE_INFINITY};
        List<int[]> sets = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            sets.add(new int[] {a});
            for (int b = a + 1; b < n && maxCells >= 2; b++) {
                sets.add(new int[] {a, b});
                for (int c = b + 1; c < n && maxCells >= 3; c++) {
                    sets.add(new int[] {a, b, c});
                }
            }
        }
        for (int[] set : sets) {
            long[] delta = solve(incidence, residual, set);
            if (delta == null) {
                continue;
            }
            double cost = 0;
            StringBuilder b = new StringBuilder();
            boolean valid = true;
            for (int i = 0; i < set.length; i++) {
                long value = printed[set[i]] + delta[i];
                valid &= delta[i] != 0 && value >= 0;
                cost += weights.cost(incidence.total[set[i]], TypingErrors.explain(printed[set[i]], value).isPresent());
                b.append(incidence.cells[set[i]]).append('=').append(value).append(' ');
            }
            if (!valid || cost > least[0] + 1e-9) {
                continue;
            }
            if (cost < least[0] - 1e-9) {
                best.clear();
            }
            least[0] = Math.min(least[0], cost);
            best.put(b.toString(), cost);
        }
        return best;
    }

    /**
     * The one change of each cell of the set that makes every identity hold, or null: by least squares in doubles
     * (the set's columns are independent without unknowns), rounded, then checked exactly.
     */
    private static long[] solve(Incidence incidence, long[] residual, int[] set) {
        int k = set.length;
        int m = residual.length;
        double[][] a = new double[m][k];
        boolean[] touched = new boolean[m];
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < incidence.rowCells[j].length; t++) {
                for (int i = 0; i < k; i++) {
                    if (incidence.rowCells[j][t] == set[i]) {
                        a[j][i] = incidence.rowCoefficients[j][t];
                        touched[j] = true;
                    }
                }
            }
            if (!touched[j] && residual[j] != 0) {
                return null; // an identity the set does not touch fails: no change of the set helps
            }
        }
        // Normal equations AᵀA x = -Aᵀr.
        double[][] g = new double[k][k + 1];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < m; j++) {
                    g[p][q] += a[j][p] * a[j][q];
                }
            }
            for (int j = 0; j < m; j++) {
                g[p][k] -= a[j][p] * residual[j];
            }
        }
        for (int p = 0; p < k; p++) {
            if (g[p][p] == 0) {
                return null;
            }
            for (int q = 0; q < k; q++) {
                if (q != p) {
                    double f = g[q][p] / g[p][p];
                    for (int c = 0; c <= k; c++) {
                        g[q][c] -= f * g[p][c];
                    }
                }
            }
        }
        long[] delta = new long[k];
        for (int p = 0; p < k; p++) {
            delta[p] = Math.round(g[p][k] / g[p][p]);
        }
        for (int j = 0; j < m; j++) {
            long sum = residual[j];
            for (int i = 0; i < k; i++) {
                sum += (long) a[j][i] * delta[i];
            }
            if (sum != 0) {
                return null;
            }
        }
        return delta;
    }

    private static Report inject(Report report, ReportTable table, int k, SplittableRandom random) {
        List<CellRef> cells = new ArrayList<>(FaultInjector.countCells(report).stream()
                .filter(c -> c.table() == table).toList());
        Report faulty = report;
        for (int i = 0; i < k; i++) {
            CellRef cell = cells.remove(random.nextInt(cells.size()));
            long original = ((CellValue.Count) report.get(cell)).value();
            long delta = random.nextInt(3) == 0 ? (original % 10 == 9 ? -1 : 1) : 1 + random.nextInt(40);
            faulty = FaultInjector.changeCell(faulty, cell, delta).faulty();
        }
        return faulty;
    }

    @Test
    void theHelpersKeepSetsSortedAndRowsSmall() {
        assertEquals(6, ExactRows.gcd(-12, 18));
        assertEquals(5, ExactRows.gcd(0, -5));
        assertEquals(0, ExactRows.gcd(0, 0));
        assertArrayEquals(new int[] {1, 4, 9}, CellSets.with(new int[] {1, 9}, 4));
        assertArrayEquals(new int[] {0, 1}, CellSets.with(new int[] {1}, 0));
        assertArrayEquals(new int[] {3}, CellSets.with(new int[0], 3));
        assertEquals((2L << 32) | (1L << 16) | 7, CellSets.key(new int[] {1, 7}));
        assertTrue(CellSets.key(new int[] {7}) != CellSets.key(new int[] {0, 7}));
        assertTrue(CellSets.contains(new int[] {2, 5}, 5));
        assertFalse(CellSets.contains(new int[] {2, 5}, 3));
        assertTrue(CellSets.compare(new int[] {1, 2}, new int[] {1, 3}) < 0);
        assertTrue(CellSets.compare(new int[] {4}, new int[] {1, 3}) > 0);
        // (2x + 4y = 6) eliminated from (2x + 2y = 2) on x: 2·(2, 2, 2) - 2·(2, 4, 6) = (0, -4, -8), divided by 4.
        long[] row = {2, 2, 2};
        ExactRows.combine(row, new long[] {2, 4, 6}, 0);
        assertArrayEquals(new long[] {0, -1, -2}, row);
    }

    @Test
    void aTableWithEveryCellUnknownHasNothingToLocate() {
        Report report = NO_BLANKS.generate(new SplittableRandom(5));
        Incidence t4 = Incidence.of(Edition.V2021).get(1);
        assertEquals(ReportTable.T4, t4.table);
        Report.Builder b = report.toBuilder();
        for (CellRef cell : t4.cells) {
            b.set(cell, CellValue.unread(io.github.gongkai.core.UnreadReason.DAMAGED));
        }
        assertEquals(null, ErrorSearch.locate(t4, b.build(), STANDARD, false));
    }
}
