package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.GluedPages;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportShrinker;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The property of issue 14's "Done when": generated reports of both editions, rendered as run-on text whose
 * rows' digits run together ({@link GluedPages}: some rows glued, some spaced, some partly; table 四 sometimes
 * one run of fifteen digits across its three groups), read back: every cell is the generated value or unread —
 * never a different number, never blank — and every forced unit (exactly one cut of its digits satisfies its
 * own identities of {@code ReportFormat}, found by the test's own {@link RowReadings}) is placed. Faulty
 * reports (testkit's {@link FaultInjector}) rendered the same way never have a number placed that is not
 * printed, except a reading of a glued faulty unit the page cannot tell from the printed one (see
 * {@link GluedCheck}).
 *
 * <p>Seeded: {@value #DEFAULT_COUNT} reports by default; {@code -Dgongkai.testkit.count=N} runs more,
 * {@code -Dgongkai.testkit.seed=S} another master seed, {@code -Dgongkai.testkit.replay=0x…} one case (the
 * seed a failure prints; it fixes report, fault and style). A failure is shrunk with the testkit's
 * {@link ReportShrinker} and printed with its seed, its page and the cells that differ.
 */
class GluedRoundTripTest {

    static final int DEFAULT_COUNT = 1_000;
    private static final long MASTER_SEED = 0x5eed_14L;
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportSize[] SIZES = {ReportSize.TINY, ReportSize.SMALL, ReportSize.REALISTIC};

    /** Both editions (a quarter 2019), zeros printed as 0: tables 三 and 四 hold counts only. */
    static GeneratedReport generate(long seed) {
        ReportGenerator generator = ReportGenerator.builder().size(SIZES[(int) Long.remainderUnsigned(seed, 3)])
                .blankZeroProbability(0).build();
        return GeneratedReport.generate(generator, seed);
    }

    /** The seed of a case's style: fixed by the case seed, independent of the report's values. */
    static long styleSeed(long seed) {
        return seed * 0x9E3779B97F4A7C15L + 14;
    }

    static long[] caseSeeds() {
        return GeneratedReportsProvider.caseSeeds(MASTER_SEED, DEFAULT_COUNT);
    }

    @Test
    void aPageWithNothingGluedReadsBackExactly() {
        long[] seeds = caseSeeds();
        for (int i = 0; i < Math.min(seeds.length, 300); i++) {
            long seed = seeds[i];
            Report report = generate(seed).report();
            GluedPages.Page page = GluedPages.renderSpaced(report);
            assertTrue(page.units().stream().noneMatch(GluedPages.Unit::glued));
            ReadResult result = READER.read(page.text(), SourceFormat.TEXT);
            List<String> failures = new ArrayList<>();
            for (CellRef cell : ReportFormat.of(report.edition()).cells()) {
                CellValue read = result.report().get(cell);
                if (!GluedCheck.same(report.get(cell), read)) {
                    failures.add(cell + ": printed " + report.get(cell) + ", read " + read);
                }
            }
            assertEquals(List.of(), failures, () -> "seed " + hex(seed) + "\n" + page.text() + "\n" + result.reading());
            assertTrue(result.reading().isComplete(), result.reading()::toString);
            assertEquals(report.header().organName(), result.report().header().organName(), page.text());
            assertEquals(report.header().reportYear(), result.report().header().reportYear());
            assertEquals(report.header().publicationDate(), result.report().header().publicationDate());
        }
    }

    @Test
    void gluedPagesReadEveryCellAsGeneratedOrUnreadAndPlaceEveryForcedRow() {
        GluedCheck.Stats stats = new GluedCheck.Stats();
        List<Long> gaveUp = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed : caseSeeds()) {
            Report report = generate(seed).report();
            long before = stats.forcedSearchExhausted;
            check(seed, report, READER, stats);
            if (stats.forcedSearchExhausted > before) {
                gaveUp.add(seed);
            }
        }
        System.out.printf("GluedRoundTripTest valid (%.1f s): %s%n  forced but left unread at the search limit, e.g. %s%n",
                (System.nanoTime() - started) / 1e9, stats, stats.forcedSearchExhaustedExample);
        assertEquals(0, stats.inconsistentUnits, stats::toString);
        assertEquals(0, stats.rowMisreads + stats.tableMisreads, stats::toString);
        assertEquals(0, stats.enumerationExhausted, stats::toString);
        // Every forced cell is placed: the reader's search for the splits that fit prunes a reading as soon as an
        // identity whose cells are all cut fails, so long runs of table 四 (21 to 35 digits for fifteen cells) no
        // longer reach its budget (maxSplitSteps), as 42 of 1 000 did when it checked only complete readings.
        assertEquals(0, stats.forcedSearchExhausted, () -> "forced but given up at the search limit: " + stats
                + ", e.g. " + stats.forcedSearchExhaustedExample + " (seeds " + gaveUp + ")");
        assertEquals(stats.forcedCells, stats.forcedCellsPlaced, () -> "every forced cell placed: " + stats);
        if (stats.pages >= 500) {
            // Honest lower bounds, below what is observed with the default seed (99.3 % of the cells of tables
            // 三 and 四 placed, 20.7 forced units a page, 99 of the 148 rows of tables 三 and 四 their own
            // identities leave open decided by the table): a change of the generator does not break them, a
            // reader that gave up on glued rows would.
            assertTrue(stats.placedShare() >= 0.95, stats::toString);
            assertTrue(stats.forcedUnits >= stats.pages * 10, stats::toString);
            assertTrue(stats.tableDecided >= stats.openUnits / 3, stats::toString);
        }
    }

    @Test
    void faultyGluedPagesNeverPlaceANumberThatWasNotPrinted() {
        GluedCheck.Stats stats = new GluedCheck.Stats();
        long started = System.nanoTime();
        for (long seed : caseSeeds()) {
            Report report = generate(seed).report();
            FaultyReport faulty = fault(report, new SplittableRandom(seed ^ 0xFA17L));
            check(seed, faulty.faulty(), READER, stats);
        }
        System.out.printf("GluedRoundTripTest faulty (%.1f s): %s%n  e.g. by the row: %s%n  e.g. by the table: %s%n",
                (System.nanoTime() - started) / 1e9, stats, stats.rowMisreadExample, stats.tableMisreadExample);
        assertEquals(0, stats.enumerationExhausted, stats::toString);
        assertTrue(stats.pages < 100 || stats.inconsistentUnits > 0, stats::toString);
    }

    /** A fault that can be printed in a glued run (testkit's {@link FaultInjector#randomPrintableFault}). */
    static FaultyReport fault(Report report, SplittableRandom random) {
        return FaultInjector.randomPrintableFault(report, random);
    }

    /**
     * Renders, reads and checks one report; on failure shrinks it (keeping the style seed) and fails with the
     * seed, the smallest page and its differing cells.
     */
    private static void check(long seed, Report report, ReportReader reader, GluedCheck.Stats stats) {
        long style = styleSeed(seed);
        List<String> failures = failures(report, style, reader, stats);
        if (failures.isEmpty()) {
            return;
        }
        Report small = ReportShrinker.withMaxAttempts(2_000)
                .shrink(report, r -> !failures(r, style, reader, null).isEmpty());
        GluedPages.Page page = GluedPages.render(small, style);
        ReadResult result = reader.read(page.text(), SourceFormat.TEXT);
        fail("seed " + hex(seed) + " (" + report.edition().key() + " edition): " + failures.size() + " failures\n"
                + String.join("\n", failures) + "\nshrunk to this page:\n" + page.text() + "\nwhose cells differ:\n"
                + String.join("\n", failures(small, style, reader, null)) + "\n" + result.reading());
    }

    private static List<String> failures(Report report, long style, ReportReader reader, GluedCheck.Stats stats) {
        GluedPages.Page page = GluedPages.render(report, style);
        ReadResult result;
        try {
            result = reader.read(page.text(), SourceFormat.TEXT);
        } catch (ReportReadException e) {
            return List.of("not read: " + e.getMessage());
        }
        return GluedCheck.check(report, page, result, stats);
    }

    private static String hex(long seed) {
        return String.format("0x%016x", seed);
    }
}
