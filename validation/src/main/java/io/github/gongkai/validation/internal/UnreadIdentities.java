package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.internal.RunCuts;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.RunReading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The identities of one report that pass through cells not read ({@link CellValue.Unread}): what can be known
 * of them. An unread cell is neither blank nor zero, so such an identity is not assessable, for that reason
 * ({@link io.github.gongkai.validation.NotAssessableReason#NOT_READ}), under either blank policy, except in
 * three cases:
 *
 * <ul>
 *   <li>A cell of a {@link PrintedTotal} printed 0 is 0: the cells of an identity are counts, never below 0
 *       (the reader reads such a row so; a report written by an earlier version, or built in code, may still
 *       hold it unread).
 *   <li>The cells of a {@link PrintedTotal} that all lie on one side of the identity count as the total's
 *       value; if no other cell was unread, the identity is decided like any other (I-3 on a column of a
 *       2021 table 三 printed with one （六） row).
 *   <li>If every other unread cell is a piece of a {@link PrintedRun} that the report holds whole (all its
 *       pieces, in order, as consecutive cells of {@link CellRef#all} order), the joint readings of those runs
 *       are tried: if none satisfies the identity it is failed, whatever the cells' unread reasons say
 *       (an {@code inconsistent} cell is checked again, never trusted); if one does, it is not assessable.
 *       At most {@value #MAX_RUN_READINGS} readings of a run and {@value #MAX_COMBINATIONS} combinations of
 *       the values the identity takes from the runs are tried; past either bound it is not assessable.
 * </ul>
 *
 * <p>Blanks count as they do elsewhere: under {@link BlankPolicy#STRICT} a blank makes an identity through a
 * run not assessable; under {@link BlankPolicy#BLANK_IS_ZERO} it reads as 0, and a blank total makes an
 * identity that no reading satisfies not assessable. One instance serves one report, keeping what it learnt
 * of each run and total for the next identity.
 */
final class UnreadIdentities {

    /** The most readings of one run that are tried; a run with more makes its identities not assessable. */
    static final int MAX_RUN_READINGS = 1_000;
    /** The most combinations of values from the runs an identity is tried with. */
    static final int MAX_COMBINATIONS = 100_000;

    private final Report report;
    private final ReportFormat format;
    private final List<CellRef> all;
    /** By the position of a run's first piece: its readings, empty if it is not whole, has none or too many. */
    private final Map<Integer, Optional<List<long[]>>> runs = new HashMap<>();
    /** Whether each total's cells all hold it. */
    private final Map<PrintedTotal, Boolean> totals = new HashMap<>();

    UnreadIdentities(Report report) {
        this.report = report;
        this.format = ReportFormat.of(report.edition());
        this.all = format.cells();
    }

    /** The pieces of one run an identity passes through, and with which sign. */
    private static final class Use {
        final List<long[]> readings;
        final List<Integer> pieces = new ArrayList<>();
        final List<Integer> operands = new ArrayList<>();
        final List<Integer> signs = new ArrayList<>();

        Use(List<long[]> readings) {
            this.readings = readings;
        }
    }

    /**
     * Decides an identity with at least one unread cell.
     *
     * @param operands its cells, the actual side first
     */
    Equation assess(TableIdentities.Def d, List<Operand> operands, BlankPolicy policy) {
        Sums sums = new Sums(operands.size());
        for (int i = 0; i < operands.size(); i++) {
            Operand o = operands.get(i);
            if (!(o.value() instanceof CellValue.Unread u)) {
                BigDecimal v = o.read();
                if (v == null) {
                    sums.anyBlank = true;
                    sums.blankTotal |= o.total();
                } else {
                    sums.add(o.role().isActualSide(), v);
                }
            } else if (!sums.counted[i]) {
                addUnread(sums, i, o, u, operands);
            }
        }
        if (sums.unknown || !sums.uses.isEmpty() && policy == BlankPolicy.STRICT && sums.anyBlank) {
            return notRead(d, operands, sums.actual, sums.expected);
        }
        if (sums.uses.isEmpty()) {
            Equation.Status status = Equation.Status.of(sums.actual.compareTo(sums.expected) == 0, sums.anyBlank,
                    sums.blankTotal, policy == BlankPolicy.STRICT);
            return new Equation(d.rule, d.identity.subject(), d.identity.subjectLabel(), operands, status, false,
                    List.of(), sums.actual, sums.expected);
        }
        return tryReadings(d, operands, new ArrayList<>(sums.uses.values()), sums.actual, sums.expected,
                sums.blankTotal);
    }

    /**
     * Adds an operand that could not be read: the printed total of its stretch once for the operands it covers,
     * or the run it was printed in, whose readings are tried later; unknown if neither is known.
     */
    private void addUnread(Sums sums, int i, Operand o, CellValue.Unread u, List<Operand> operands) {
        boolean actualSide = o.role().isActualSide();
        if (PrintedTotals.isZero(report, format, o.ref(), u)) {
            return; // adds 0
        }
        if (u.total().isPresent()) {
            int[] at = positions(u.total().get(), o, operands);
            if (at == null) {
                sums.unknown = true;
                return;
            }
            for (int j : at) {
                sums.counted[j] = true;
            }
            sums.add(actualSide, BigDecimal.valueOf(u.total().get().value()));
        } else if (u.run().isPresent()) {
            PrintedRun run = u.run().get();
            int start = format.indexOf(o.ref()) - run.piece();
            Optional<List<long[]>> readings = runs.computeIfAbsent(start, s -> readings(s, run));
            if (readings.isEmpty()) {
                sums.unknown = true;
                return;
            }
            Use use = sums.uses.computeIfAbsent(start, s -> new Use(readings.get()));
            use.pieces.add(run.piece());
            use.operands.add(i);
            use.signs.add(actualSide ? 1 : -1);
        } else {
            sums.unknown = true;
        }
    }

    /** What {@link #assess} adds up over an identity's operands. */
    private static final class Sums {
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        boolean anyBlank;
        boolean blankTotal;
        boolean unknown;
        /** The operands already counted in a printed total of their stretch. */
        final boolean[] counted;
        /** The printed runs the unread operands stand in, by the index of the run's first cell. */
        final Map<Integer, Use> uses = new TreeMap<>();

        Sums(int operands) {
            counted = new boolean[operands];
        }

        void add(boolean actualSide, BigDecimal v) {
            if (actualSide) {
                actual = actual.add(v);
            } else {
                expected = expected.add(v);
            }
        }
    }

    private Equation notRead(TableIdentities.Def d, List<Operand> operands, BigDecimal actual,
            BigDecimal expected) {
        return new Equation(d.rule, d.identity.subject(), d.identity.subjectLabel(), operands,
                Equation.Status.NOT_ASSESSABLE, true, List.of(), actual, expected);
    }

    /**
     * Where the cells of a printed total are among the operands: all of them must be, on the side of
     * {@code o}, and every cell of the total must hold it.
     *
     * @return their indexes, or null if the total cannot stand for them here
     */
    private int[] positions(PrintedTotal total, Operand o, List<Operand> operands) {
        if (!total.covers(o.ref()) || !totals.computeIfAbsent(total, this::whole)) {
            return null;
        }
        int[] at = new int[total.cells().size()];
        int k = 0;
        for (CellRef cell : total.cells()) {
            int found = -1;
            for (int j = 0; j < operands.size(); j++) {
                if (operands.get(j).ref().equals(cell)
                        && operands.get(j).role().isActualSide() == o.role().isActualSide()) {
                    found = j;
                }
            }
            if (found < 0) {
                return null;
            }
            at[k++] = found;
        }
        return at;
    }

    /** {@link PrintedTotals#whole} in this report. */
    private boolean whole(PrintedTotal total) {
        return PrintedTotals.whole(report, format, total);
    }

    /**
     * The readings of the run whose first piece is at {@code start}, if the report holds it whole and it has
     * at least one reading and no more than {@value #MAX_RUN_READINGS}.
     */
    private Optional<List<long[]>> readings(int start, PrintedRun run) {
        if (start < 0 || start + run.pieces() > all.size()) {
            return Optional.empty();
        }
        for (int k = 0; k < run.pieces(); k++) {
            if (!(report.get(all.get(start + k)) instanceof CellValue.Unread u) || u.run().isEmpty()
                    || !u.run().get().sameRunAs(run) || u.run().get().piece() != k) {
                return Optional.empty();
            }
        }
        List<long[]> readings = RunCuts.readings(run, MAX_RUN_READINGS + 1);
        return readings.isEmpty() || readings.size() > MAX_RUN_READINGS ? Optional.empty()
                : Optional.of(readings);
    }

    /**
     * Tries the combinations of the values the identity takes from each run: the readings of a run, cut down
     * to the pieces the identity has and without repeats.
     */
    private Equation tryReadings(TableIdentities.Def d, List<Operand> operands, List<Use> uses,
            BigDecimal actual, BigDecimal expected, boolean blankTotal) {
        int r = uses.size();
        List<List<long[]>> values = new ArrayList<>(r);
        List<List<BigDecimal>> contributions = new ArrayList<>(r);
        long combinations = 1;
        for (Use use : uses) {
            Map<List<Long>, long[]> distinct = new LinkedHashMap<>();
            for (long[] reading : use.readings) {
                long[] taken = new long[use.pieces.size()];
                List<Long> key = new ArrayList<>(taken.length);
                for (int k = 0; k < taken.length; k++) {
                    taken[k] = reading[use.pieces.get(k)];
                    key.add(taken[k]);
                }
                distinct.putIfAbsent(key, taken);
            }
            List<long[]> taken = new ArrayList<>(distinct.values());
            List<BigDecimal> sums = new ArrayList<>(taken.size());
            for (long[] t : taken) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < t.length; k++) {
                    BigDecimal v = BigDecimal.valueOf(t[k]);
                    sum = use.signs.get(k) > 0 ? sum.add(v) : sum.subtract(v);
                }
                sums.add(sum);
            }
            values.add(taken);
            contributions.add(sums);
            combinations *= taken.size();
            if (combinations > MAX_COMBINATIONS) {
                return notRead(d, operands, actual, expected);
            }
        }
        // The runs must make up expected - actual: Σ sign × value over their pieces.
        BigDecimal target = expected.subtract(actual);
        int[] choice = new int[r];
        List<RunReading> tried = new ArrayList<>(Finding.MAX_READINGS);
        for (long c = 0; c < combinations; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < r; k++) {
                sum = sum.add(contributions.get(k).get(choice[k]));
            }
            if (sum.compareTo(target) == 0) {
                return notRead(d, operands, actual, expected);
            }
            if (tried.size() < Finding.MAX_READINGS) {
                tried.add(reading(uses, values, choice, operands));
            }
            for (int k = r - 1; k >= 0 && ++choice[k] == values.get(k).size(); k--) {
                choice[k] = 0;
            }
        }
        if (blankTotal) {
            return notRead(d, operands, actual, expected);
        }
        return new Equation(d.rule, d.identity.subject(), d.identity.subjectLabel(), operands,
                Equation.Status.FAILED, false, tried, actual, expected);
    }

    private static RunReading reading(List<Use> uses, List<List<long[]>> values, int[] choice,
            List<Operand> operands) {
        Map<CellRef, Long> cells = new TreeMap<>();
        for (int k = 0; k < uses.size(); k++) {
            Use use = uses.get(k);
            long[] taken = values.get(k).get(choice[k]);
            for (int j = 0; j < taken.length; j++) {
                cells.put(operands.get(use.operands.get(j)).ref(), taken[j]);
            }
        }
        return RunReading.of(cells);
    }
}
