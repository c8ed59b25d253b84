package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.GluedPages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what the reader made of a {@linkplain GluedPages glued page} with the report printed on it, cell by
 * cell and unit by unit, and counts what it saw. Test code only; it uses the reader's public result and
 * {@link RowReadings}, never the reader's internals.
 *
 * <p>A cell read is either the printed value or unread; never blank, never another number. The one exception
 * is a page whose printed report breaks an identity (a faulty report): there a glued unit may be read as a
 * reading of its digits other than the printed one, but only as the reader's rules allow — the only reading
 * that satisfies the unit's own identities ({@link Stats#rowMisreads}), or a reading with which every identity
 * whose cells were all read holds ({@link Stats#tableMisreads}) — so that the page as read is
 * indistinguishable from a page printed that way. A unit is <em>forced</em> when exactly one reading of its
 * printed digits satisfies its own identities; its cells must be placed, with that reading.
 */
final class GluedCheck {

    /** Step budget of {@link RowReadings} for one unit. */
    static final long MAX_STEPS = 2_000_000;

    /** Counters over many pages. */
    static final class Stats {
        long pages;
        long cells;
        long placed;
        long unread;
        /** Unread cells by reason key. */
        final Map<String, Long> unreadBy = new java.util.TreeMap<>();
        /** Cells of tables 三 and 四, and how many of them were placed. */
        long countCells;
        long countPlaced;
        long gluedUnits;
        long spacedUnits;
        /** Glued units with exactly one consistent reading, their cells, and how many of those were placed. */
        long forcedUnits;
        long forcedCells;
        long forcedCellsPlaced;
        /** Forced units left unread because the reader's own search reached its limit (it says so). */
        long forcedSearchExhausted;
        /** Their cells, and how many of those units were table 四's. */
        long forcedSearchExhaustedCells;
        long forcedSearchExhaustedT4;
        /** The shortest printed text of such a unit, and which unit it was. */
        String forcedSearchExhaustedExample;
        /**
         * Glued rows of tables 三 and 四 with several consistent readings, and how many the table decided (read
         * as printed); glued rows of table 二 with several cuts (it has no identity: they stay unread).
         */
        long openUnits;
        long tableDecided;
        long openT2;
        /** Glued units with no consistent reading (faulty reports only). */
        long inconsistentUnits;
        /** Units whose enumeration reached {@link #MAX_STEPS}. */
        long enumerationExhausted;
        long rowMisreads;
        long tableMisreads;
        String rowMisreadExample;
        String tableMisreadExample;

        double placedShare() {
            return countCells == 0 ? 0 : (double) countPlaced / countCells;
        }

        @Override
        public String toString() {
            return String.format("%d pages, %d cells: %d placed, %d unread %s; tables 三 and 四: %d cells, %d placed (%.1f %%);"
                    + " units: %d glued, %d spaced; forced %d units (%d cells, %d placed, %d left unread at the reader's"
                    + " search limit); open %d, decided by the table %d (and %d of table 二); inconsistent %d; enumeration cut off %d;"
                    + " faulty rows read another way: %d by the row's identities, %d by the table's",
                    pages, cells, placed, unread, unreadBy, countCells, countPlaced, 100.0 * placedShare(), gluedUnits, spacedUnits,
                    forcedUnits, forcedCells, forcedCellsPlaced, forcedSearchExhausted, openUnits, tableDecided, openT2,
                    inconsistentUnits, enumerationExhausted, rowMisreads, tableMisreads);
        }
    }

    private GluedCheck() {
    }

    /**
     * Checks one page.
     *
     * @param printed the report printed on the page
     * @param page the page
     * @param result what the reader made of it
     * @param stats counters to add to, or null
     * @return one line per failure, empty if the reading is honest
     */
    static List<String> check(Report printed, GluedPages.Page page, ReadResult result, Stats stats) {
        Stats s = stats != null ? stats : new Stats();
        List<String> failures = new ArrayList<>();
        Edition edition = printed.edition();
        if (result.edition() != edition) {
            failures.add("edition " + result.edition() + ", printed " + edition);
            return failures;
        }
        boolean valid = Identities.violations(printed).isEmpty();
        Report read = result.report();
        s.pages++;
        List<CellRef> differing = new ArrayList<>();
        for (CellRef cell : ReportFormat.of(edition).cells()) {
            CellValue want = printed.get(cell);
            CellValue got = read.get(cell);
            boolean count = cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4;
            s.cells++;
            s.countCells += count ? 1 : 0;
            if (got instanceof CellValue.Unread u) {
                s.unread++;
                s.unreadBy.merge(u.reason().key(), 1L, Long::sum);
            } else if (same(want, got)) {
                s.placed++;
                s.countPlaced += count ? 1 : 0;
            } else {
                differing.add(cell);
            }
        }
        for (GluedPages.Unit unit : page.units()) {
            unit(printed, unit, result, s, failures);
        }
        Map<GluedPages.Unit, Optional<String>> explained = new HashMap<>();
        for (CellRef cell : differing) {
            Optional<GluedPages.Unit> unit = page.unitOf(cell);
            String why;
            if (valid) {
                why = "the printed report is valid: only the printed reading satisfies the identities";
            } else if (unit.isEmpty()) {
                why = "not printed in a glued unit";
            } else if (!unit.get().glued()) {
                why = "printed spaced";
            } else {
                why = explained.computeIfAbsent(unit.get(), u -> Optional.ofNullable(misread(printed, u, result, s)))
                        .orElse(null);
            }
            if (why != null) {
                failures.add(cell + ": printed " + printed.get(cell) + ", read " + read.get(cell) + " ("
                        + unit.map(u -> "unit " + u.name() + " printed '" + u.printed() + "'; ").orElse("") + why + ")");
            }
        }
        return failures;
    }

    /** Checks that a forced unit is placed with its only reading, and counts the unit. */
    private static void unit(Report printed, GluedPages.Unit unit, ReadResult result, Stats s, List<String> failures) {
        Edition edition = printed.edition();
        if (!unit.glued()) {
            s.spacedUnits++;
            return;
        }
        s.gluedUnits++;
        RowReadings.Result readings = RowReadings.of(edition, unit.printed(), unit.cells(), 2, MAX_STEPS);
        Report read = result.report();
        boolean asPrinted = unit.cells().stream().allMatch(c -> same(printed.get(c), read.get(c)));
        if (readings.exhausted()) {
            s.enumerationExhausted++;
            return;
        }
        switch (readings.readings().size()) {
            case 0 -> s.inconsistentUnits++;
            case 1 -> {
                s.forcedUnits++;
                s.forcedCells += unit.cells().size();
                long[] only = readings.readings().get(0);
                int placed = 0;
                boolean allUnread = true;
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < only.length; i++) {
                    CellRef cell = unit.cells().get(i);
                    CellValue got = read.get(cell);
                    if (got instanceof CellValue.Count c && c.value() == only[i]) {
                        placed++;
                    } else {
                        wrong.add(cell + "=" + got);
                        allUnread &= got instanceof CellValue.Unread;
                    }
                }
                s.forcedCellsPlaced += placed;
                if (!wrong.isEmpty()) {
                    if (allUnread && searchExhausted(result, unit)) {
                        s.forcedSearchExhausted++;
                        s.forcedSearchExhaustedCells += wrong.size();
                        s.forcedSearchExhaustedT4 += unit.table() == ReportTable.T4 ? 1 : 0;
                        String example = unit.name() + " '" + unit.printed() + "' (" + unit.printed().length() + ")";
                        if (s.forcedSearchExhaustedExample == null
                                || s.forcedSearchExhaustedExample.length() > example.length()) {
                            s.forcedSearchExhaustedExample = example;
                        }
                    } else {
                        failures.add("forced unit " + unit.name() + " printed '" + unit.printed() + "' has one reading "
                                + Arrays.toString(only) + " but was read " + wrong);
                    }
                }
            }
            default -> {
                if (unit.table() == ReportTable.T2) {
                    s.openT2++;
                } else {
                    s.openUnits++;
                    s.tableDecided += asPrinted ? 1 : 0;
                }
            }
        }
    }

    private static boolean searchExhausted(ReadResult result, GluedPages.Unit unit) {
        return unit.cells().stream().map(c -> result.reading().ambiguity(c))
                .anyMatch(a -> a.isPresent() && a.get().searchExhausted());
    }

    /**
     * Explains a cell of a faulty page read as another number than printed, or returns why that is wrong: the
     * unit must be read whole as a reading of its digits that the reader's rules allow.
     */
    private static String misread(Report printed, GluedPages.Unit unit, ReadResult result, Stats s) {
        Report read = result.report();
        long[] values = new long[unit.cells().size()];
        for (int i = 0; i < values.length; i++) {
            if (!(read.get(unit.cells().get(i)) instanceof CellValue.Count c)) {
                return "another number while the unit's " + unit.cells().get(i) + " is " + read.get(unit.cells().get(i));
            }
            values[i] = c.value();
        }
        if (!RowReadings.isReading(unit.printed(), values)) {
            return Arrays.toString(values) + " is no reading of the printed digits";
        }
        String example = unit.name() + " printed " + row(printed, unit) + " as '" + unit.printed() + "', read "
                + Arrays.toString(values);
        RowReadings.Result readings = RowReadings.of(printed.edition(), unit.printed(), unit.cells(), 2, MAX_STEPS);
        if (readings.forced() && Arrays.equals(readings.readings().get(0), values)) {
            if (s.rowMisreadExample == null) {
                s.rowMisreadExample = example;
            }
            s.rowMisreads++;
            return null;
        }
        Optional<String> broken = brokenIdentity(read, unit);
        if (broken.isPresent()) {
            return "a reading with which " + broken.get() + " does not hold";
        }
        if (s.tableMisreadExample == null) {
            s.tableMisreadExample = example;
        }
        s.tableMisreads++;
        return null;
    }

    /** An identity involving the unit whose cells were all read as counts and which does not hold. */
    private static Optional<String> brokenIdentity(Report read, GluedPages.Unit unit) {
        for (Identity identity : ReportFormat.of(read.edition()).identities()) {
            if (identity.terms().stream().noneMatch(t -> unit.cells().contains(t.cell()))) {
                continue;
            }
            long sum = 0;
            boolean all = true;
            for (Identity.Term term : identity.terms()) {
                if (read.get(term.cell()) instanceof CellValue.Count c) {
                    sum += term.coefficient() * c.value();
                } else {
                    all = false;
                }
            }
            if (all && sum != 0) {
                return Optional.of(identity.formula());
            }
        }
        return Optional.empty();
    }

    private static String row(Report report, GluedPages.Unit unit) {
        return unit.cells().stream().map(c -> String.valueOf(report.get(c))).toList().toString();
    }

    /** Equal values; amounts by value with their scale, and unit. */
    static boolean same(CellValue want, CellValue got) {
        if (want instanceof CellValue.Amount a && got instanceof CellValue.Amount b) {
            return a.value().equals(b.value()) && a.unit() == b.unit();
        }
        return want.equals(got);
    }
}
