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
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine's answer to "do the table identities all pass?" — the shortcut where it may answer, the exact
 * check otherwise — is the exact check's, for every setting: both blank policies, all table rules or any
 * one of them left out, on generated reports with faults, blanks and counts around 2<sup>56</sup> and
 * 2<sup>63</sup>.
 */
class RuleEngineTest {

    private static final long[] LARGE = {(1L << 56) - 1, 1L << 56, Long.MAX_VALUE};

    private static List<boolean[]> ruleSets() {
        List<boolean[]> sets = new ArrayList<>();
        boolean[] all = new boolean[Rule.values().length];
        Arrays.fill(all, true);
        sets.add(all);
        for (Rule left : TableIdentities.RULES) {
            boolean[] without = all.clone();
            without[left.ordinal()] = false;
            sets.add(without);
        }
        return sets;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theEngineAnswersAsTheExactCheckForEverySetting(Edition edition) {
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 31);
        ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
        Severity[] severities = new Severity[Rule.values().length];
        int passing = 0;
        int failing = 0;
        for (int i = 0; i < 120; i++) {
            Report valid = generator.generate(random);
            List<CellRef> cells = FaultInjector.countCells(valid);
            CellRef cell = cells.get(random.nextInt(cells.size()));
            List<Report> reports = List.of(valid, FaultInjector.randomCellChange(valid, random).faulty(),
                    valid.with(cell, CellValue.blank()),
                    valid.with(cell, CellValue.count(LARGE[random.nextInt(LARGE.length)])));
            for (Report report : reports) {
                long[] counts = new long[CountSlots.SIZE];
                CountSlots.load(report, counts);
                for (BlankPolicy policy : BlankPolicy.values()) {
                    for (boolean[] enabled : ruleSets()) {
                        boolean exact = TableIdentities.allPass(TableIdentities.defs(edition), counts, enabled,
                                policy == BlankPolicy.STRICT);
                        RuleEngine engine = new RuleEngine(enabled, severities, policy, false);
                        assertEquals(exact, engine.tablesPass(report, new long[CountSlots.SIZE]),
                                () -> policy + " " + report);
                        if (exact) {
                            passing++;
                        } else {
                            failing++;
                        }
                    }
                }
            }
        }
        assertTrue(passing > 1000 && failing > 1000, passing + " passing, " + failing + " failing");
    }

    /**
     * A cell of table 三 or 四 that was not read holds no count, like a blank; the engine does not let either
     * check pass such a report (the analysis decides each identity), under any setting, and leaves the
     * report's counts in the scratch array. An unread cell elsewhere changes nothing.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportWithAnUnreadCellOfTheTablesNeverPasses(Edition edition) {
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 14);
        ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
        Severity[] severities = new Severity[Rule.values().length];
        List<CellRef> others = CellRef.all(edition).stream()
                .filter(c -> c.table() == ReportTable.T2 || c.table() == ReportTable.S6).toList();
        UnreadReason[] reasons = {UnreadReason.AMBIGUOUS, UnreadReason.NOT_FOUND, UnreadReason.DAMAGED};
        for (int i = 0; i < 60; i++) {
            Report valid = generator.generate(random);
            List<CellRef> cells = FaultInjector.countCells(valid);
            CellRef cell = cells.get(random.nextInt(cells.size()));
            CellValue unread = CellValue.unread(reasons[random.nextInt(reasons.length)]);
            Report blanked = valid.with(cells.get(random.nextInt(cells.size())), CellValue.blank());
            Report outside = valid.with(others.get(random.nextInt(others.size())), unread);
            for (Report report : List.of(valid.with(cell, unread), blanked.with(cell, unread), outside)) {
                long[] loaded = new long[CountSlots.SIZE];
                CountSlots.load(report, loaded);
                boolean inTables = report != outside;
                assertEquals(inTables, UnreadCounts.present(loaded));
                for (BlankPolicy policy : BlankPolicy.values()) {
                    for (boolean[] enabled : ruleSets()) {
                        RuleEngine engine = new RuleEngine(enabled, severities, policy, false);
                        long[] counts = new long[CountSlots.SIZE];
                        boolean pass = engine.tablesPass(report, counts);
                        boolean exact = TableIdentities.allPass(TableIdentities.defs(edition), loaded, enabled,
                                policy == BlankPolicy.STRICT);
                        assertEquals(!inTables && exact, pass, () -> policy + " " + report);
                        if (!pass) {
                            assertArrayEquals(loaded, counts, "the counts as loaded");
                        }
                    }
                }
            }
        }
    }

    /** {@link UnreadCounts#present} finds an unread cell wherever it is, and takes no blank for one. */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void unreadCellsAreFoundInEveryCellOfTheTables(Edition edition) {
        Report base = io.github.gongkai.validation.TestReports.consistent(edition);
        for (CellRef cell : FaultInjector.countCells(base)) {
            Report report = base.with(cell, CellValue.unread(UnreadReason.AMBIGUOUS));
            long[] counts = new long[CountSlots.SIZE];
            CountSlots.load(report, counts);
            assertTrue(UnreadCounts.present(counts), cell::toString);
            Report blank = base.with(cell, CellValue.blank());
            CountSlots.load(blank, counts);
            assertFalse(UnreadCounts.present(counts), cell::toString);
        }
    }

    /** Of the values a slot holds, only {@link CountSlots#UNREAD} is marked, counts up to the largest included. */
    @org.junit.jupiter.api.Test
    void onlyTheUnreadSlotIsMarked() {
        assertTrue(UnreadCounts.mark(CountSlots.UNREAD) < 0);
        for (long x : new long[] {CountSlots.UNREPORTED, 0, 1, 2, 1L << 56, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            assertTrue(UnreadCounts.mark(x) >= 0, () -> Long.toString(x));
        }
    }

    /**
     * The shortcut reads a cell not read as -1, every other slot without a count as 0, and never passes a
     * report with one, wherever it is, though the identities would hold with it as 0.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void theShortcutNeverPassesAnUnreadCell(Edition edition) {
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        for (CellRef cell : CellRef.all(edition)) {
            if (cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4) {
                b.set(cell, CellValue.count(0));
            }
        }
        Report zero = b.build();
        long[] values = new long[CountSlots.SIZE];
        FastCheck.loadZeroed(zero, values);
        assertTrue(FastCheck.allPass(values));
        for (CellRef cell : FaultInjector.countCells(zero)) {
            FastCheck.loadZeroed(zero.with(cell, CellValue.blank()), values);
            assertEquals(0, values[CountSlots.index(cell)]);
            assertTrue(FastCheck.allPass(values), cell::toString);
            Report unread = zero.with(cell, CellValue.unread(UnreadReason.NOT_FOUND));
            FastCheck.loadZeroed(unread, values);
            assertEquals(-1, values[CountSlots.index(cell)], cell::toString);
            assertFalse(FastCheck.allPass(values), cell::toString);
        }
    }
}
