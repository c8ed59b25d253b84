package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.validation.ErrorLocation;
import io.github.gongkai.validation.ErrorLocator;
import io.github.gongkai.validation.LocationWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search behind {@link ErrorLocator}: minimal-change error location over the identities of one table.
 *
 * <p>Each identity is a row {@code Σ coefficient × cell = 0}. With {@code δ} the change of each printed count,
 * the rows become {@code Σ coefficient × δ = -residual}. Unknown cells (not read, or blank where the policy says
 * so) are eliminated first by exact fraction-free Gaussian elimination: a row used to eliminate one only says
 * what the unknown is; the others are combinations free of unknowns, the constraints on {@code δ}
 * ({@link ChangeConstraints}).
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

    /**
     * The printed totals of the table's unread cells that are whole and not 0 (a cell of a total of 0 is 0, not
     * an unknown), each once: what the page printed for the sum of those unknowns.
     */
    private static List<ChangeConstraints.TotalRow> totalRows(Incidence incidence, CellValue[] values,
            Report report) {
        List<PrintedTotal> totals = List.of();
        for (CellValue value : values) {
            if (value instanceof CellValue.Unread u && u.total().isPresent() && u.total().get().value() > 0
                    && !totals.contains(u.total().get())) {
                totals = totals.isEmpty() ? new ArrayList<>(2) : totals;
                totals.add(u.total().get());
            }
        }
        if (totals.isEmpty()) {
            return List.of();
        }
        List<ChangeConstraints.TotalRow> rows = new ArrayList<>(totals.size());
        ReportFormat format = ReportFormat.of(report.edition());
        List<CellRef> tableCells = Arrays.asList(incidence.cells);
        for (PrintedTotal total : totals) {
            if (PrintedTotals.whole(report, format, total)) {
                int[] cells = new int[total.cells().size()];
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = tableCells.indexOf(total.cells().get(k)); // one table's cells, all in the report
                }
                rows.add(new ChangeConstraints.TotalRow(cells, total.value()));
            }
        }
        return rows;
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
            } else if (value instanceof CellValue.Unread u
                    && PrintedTotals.isZero(report, ReportFormat.of(report.edition()), incidence.cells[i], u)) {
                continue; // 0, as the validator reads it; never changed, as no unread cell is
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
            ChangeConstraints constraints = ChangeConstraints.of(incidence, unknown, changeable, rhs,
                    totalRows(incidence, values, report));
            if (constraints == null) {
                return null;
            }
            return new ErrorLocation(incidence.table, new SetSearch(incidence, constraints, values, printed, weights).run());
        } catch (ArithmeticException overflow) {
            return new ErrorLocation(incidence.table, List.of());
        }
    }
}
