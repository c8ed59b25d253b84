package io.github.gongkai.testkit;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Injects one known fault into a report, never touching any other cell. Each method returns the report
 * with the fault and a {@link Fault} describing it, so that a test can assert that a validator finds
 * exactly it. Stateless and thread-safe.
 */
public final class FaultInjector {

    private FaultInjector() {
    }

    /**
     * Changes one count by a delta.
     *
     * @param report the report
     * @param cell a count cell; a blank or not-applicable cell is read as 0
     * @param delta the change, not 0
     * @return the report with the fault, never null
     * @throws IllegalArgumentException if the cell holds no count, the delta is 0, or the result is negative
     */
    public static FaultyReport changeCell(Report report, CellRef cell, long delta) {
        long original = countOf(report, cell);
        long changed = Math.addExact(original, delta);
        if (delta == 0 || changed < 0) {
            throw new IllegalArgumentException("cannot change " + cell + " (" + original + ") by " + delta);
        }
        return new FaultyReport(report, report.with(cell, CellValue.count(changed)),
                new Fault.CellChanged(cell, original, changed));
    }

    /**
     * Swaps two adjacent digits of a count, {@code position} and {@code position + 1} counted from the
     * left.
     *
     * @param report the report
     * @param cell a count cell with at least two digits
     * @param position index of the first digit, from 0
     * @return the report with the fault, never null
     * @throws IllegalArgumentException if the swap does not change the value or gives a leading zero
     */
    public static FaultyReport swapDigits(Report report, CellRef cell, int position) {
        long original = countOf(report, cell);
        char[] digits = Long.toString(original).toCharArray();
        if (position < 0 || position + 1 >= digits.length || digits[position] == digits[position + 1]
                || (position == 0 && digits[1] == '0')) {
            throw new IllegalArgumentException("cannot swap digits " + position + " and " + (position + 1) + " of "
                    + original + " in " + cell);
        }
        char c = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = c;
        long changed = Long.parseLong(new String(digits));
        return new FaultyReport(report, report.with(cell, CellValue.count(changed)),
                new Fault.DigitsSwapped(cell, original, changed, position));
    }

    /**
     * Leaves a total cell blank.
     *
     * @param report the report
     * @param cell a total: the 总计 column or the （七）总计 row of table 三, or a 总计 of table 四
     * @return the report with the fault, never null
     * @throws IllegalArgumentException if the cell is not a total or is blank already
     */
    public static FaultyReport blankTotal(Report report, CellRef cell) {
        if (!isTotal(cell)) {
            throw new IllegalArgumentException(cell + " is not a total cell");
        }
        CellValue value = report.get(cell);
        if (!(value instanceof CellValue.Count count)) {
            throw new IllegalArgumentException(cell + " holds no count to blank: " + value);
        }
        return new FaultyReport(report, report.with(cell, CellValue.blank()),
                new Fault.TotalBlanked(cell, count.value()));
    }

    /**
     * Prints the numbers of one row of table 三 in another row, which loses its own, and leaves the first
     * row blank.
     *
     * @param report the report
     * @param from the row whose numbers move
     * @param to the row they are printed in
     * @return the report with the fault, never null
     * @throws IllegalArgumentException if a row does not exist in the report's edition, or the move
     *     changes nothing
     */
    public static FaultyReport moveRow(Report report, ApplicationRow from, ApplicationRow to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Report.Builder builder = report.toBuilder();
        List<CellRef> cells = new ArrayList<>();
        boolean changes = false;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            CellRef source = CellRef.of(from, column);
            CellRef target = CellRef.of(to, column);
            CellValue moved = report.get(source);
            changes |= !moved.equals(report.get(target)) || !(moved instanceof CellValue.Blank);
            builder.set(target, moved).set(source, CellValue.blank());
            cells.add(source);
            cells.add(target);
        }
        if (!changes) {
            throw new IllegalArgumentException("moving " + from.key() + " to " + to.key() + " changes nothing");
        }
        return new FaultyReport(report, builder.build(), new Fault.RowMoved(from, to, cells));
    }

    /**
     * Changes one random count cell of table 三 or 四 by a random non-zero delta.
     *
     * @param report the report
     * @param random the source of randomness
     * @return the report with the fault, never null
     */
    public static FaultyReport randomCellChange(Report report, RandomGenerator random) {
        List<CellRef> cells = countCells(report);
        CellRef cell = cells.get(random.nextInt(cells.size()));
        long original = countOf(report, cell);
        long magnitude = 1 + random.nextLong(Math.max(1, Math.min(original, 1_000)) + 9);
        long delta = original >= magnitude && random.nextBoolean() ? -magnitude : magnitude;
        return changeCell(report, cell, delta);
    }

    /**
     * Either swaps two adjacent different digits of a random count cell of table 三 or 四 (not making a leading
     * zero), or changes a random such cell ({@link #randomCellChange}), with even odds: the faults a page that
     * prints its numbers glued together ({@link GluedPages}) can still show. A blank total or a moved row
     * cannot be told in a glued run.
     *
     * @param report a report whose tables 三 and 四 hold counts
     * @param random the source of randomness
     * @return the report with the fault, never null
     */
    public static FaultyReport randomPrintableFault(Report report, RandomGenerator random) {
        if (random.nextBoolean()) {
            List<CellRef> cells = countCells(report);
            for (int attempt = 0; attempt < 20; attempt++) {
                CellRef cell = cells.get(random.nextInt(cells.size()));
                String digits = Long.toString(countOf(report, cell));
                for (int p = 0; p + 1 < digits.length(); p++) {
                    if (digits.charAt(p) != digits.charAt(p + 1) && !(p == 0 && digits.charAt(1) == '0')) {
                        return swapDigits(report, cell, p);
                    }
                }
            }
        }
        return randomCellChange(report, random);
    }

    /**
     * Returns every cell of tables 三 and 四 of the report's edition, in canonical order: the cells a
     * single-cell fault can hit.
     *
     * @param report the report
     * @return an unmodifiable list, never null
     */
    public static List<CellRef> countCells(Report report) {
        List<CellRef> cells = new ArrayList<>();
        for (CellRef ref : CellRef.all(report.edition())) {
            if ((ref.table() == ReportTable.T3 || ref.table() == ReportTable.T4)
                    && ref.column().valueKind() == ValueKind.COUNT) {
                cells.add(ref);
            }
        }
        return List.copyOf(cells);
    }

    /**
     * Tells whether a cell is a total of table 三 or 四: what {@link #blankTotal} accepts.
     *
     * @param cell the cell
     * @return true for the 总计 column and the （七）总计 row of table 三 and the 总计 column of table 四
     */
    public static boolean isTotal(CellRef cell) {
        for (Edition edition : Edition.values()) {
            if (ReportFormat.of(edition).isTotal(cell)) {
                return true;
            }
        }
        return false;
    }

    private static long countOf(Report report, CellRef cell) {
        CellValue value = report.get(cell);
        if (value instanceof CellValue.Count count) {
            return count.value();
        }
        if (value instanceof CellValue.Blank || value instanceof CellValue.NotApplicable) {
            return 0;
        }
        throw new IllegalArgumentException(cell + " holds no count: " + value);
    }
}
