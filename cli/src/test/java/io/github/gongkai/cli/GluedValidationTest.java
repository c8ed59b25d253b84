package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.GluedPages;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The validation side of the glued round trip (issue 14; the reading side is the reader's
 * {@code GluedRoundTripTest}): generated reports rendered as run-on text with glued rows ({@link GluedPages}),
 * read back and validated. Reading glued digits adds no failure to a valid report — the cells the reader left
 * unread are not assessed, never taken for zeros — and a faulty report (testkit's {@link FaultInjector}) is
 * FAILED or NOT_ASSESSABLE, never valid and fully assessed. This module sees reader and validation both.
 *
 * <p>A faulty page whose glued digits the reader read another way than printed, as its rules allow (the only
 * reading of a row that satisfies the row's identities, or one with which the table's identities hold), is the
 * page of another report, possibly valid: such pages are counted and left out of the second property.
 *
 * <p>Seeded like the reader's test: {@value #DEFAULT_COUNT} reports by default, {@code -Dgongkai.testkit.count},
 * {@code -Dgongkai.testkit.seed}, {@code -Dgongkai.testkit.replay=0x…}.
 */
class GluedValidationTest {

    static final int DEFAULT_COUNT = 1_000;
    private static final long MASTER_SEED = 0x5eed_14L;
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final ReportSize[] SIZES = {ReportSize.TINY, ReportSize.SMALL, ReportSize.REALISTIC};

    @Test
    void readingGluedDigitsAddsNoFailureToAValidReport() {
        List<String> failures = new ArrayList<>();
        int withUnread = 0;
        for (long seed : caseSeeds()) {
            Report report = generate(seed);
            List<String> printedFailures = failed(VALIDATOR.validate(report));
            GluedPages.Page page = GluedPages.render(report, styleSeed(seed));
            ReadResult read = READER.read(page.text(), SourceFormat.TEXT);
            withUnread += read.reading().isComplete() ? 0 : 1;
            ValidationResult result;
            try {
                result = VALIDATOR.validate(read.report());
            } catch (RuntimeException e) {
                failures.add(hex(seed) + ": validation threw " + e);
                continue;
            }
            List<String> added = new ArrayList<>(failed(result));
            added.removeAll(printedFailures);
            if (!added.isEmpty() || !result.isValid()) {
                failures.add(hex(seed) + ": " + added + "\n" + page.text());
            }
        }
        System.out.printf("GluedValidationTest valid: %d reports, %d read with unread cells, %d failed%n",
                caseSeeds().length, withUnread, failures.size());
        assertTrue(caseSeeds().length < 100 || withUnread > 0, "some pages have unread cells");
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " reports");
    }

    @Test
    void aFaultyReportReadFromGluedTextIsFailedOrNotAssessableNeverValid() {
        List<String> failures = new ArrayList<>();
        int failed = 0;
        int notAssessable = 0;
        int readAnotherWay = 0;
        for (long seed : caseSeeds()) {
            FaultyReport faulty = fault(generate(seed), new SplittableRandom(seed ^ 0xFA17L));
            assertFalse(VALIDATOR.validate(faulty.faulty()).isValid(), faulty.fault().description());
            GluedPages.Page page = GluedPages.render(faulty.faulty(), styleSeed(seed));
            ReadResult read = READER.read(page.text(), SourceFormat.TEXT);
            if (readAnotherWay(faulty.faulty(), read.report())) {
                readAnotherWay++;
                continue;
            }
            ValidationResult result;
            try {
                result = VALIDATOR.validate(read.report());
            } catch (RuntimeException e) {
                failures.add(hex(seed) + ": validation threw " + e);
                continue;
            }
            if (!result.isValid()) {
                failed++;
            } else if (!result.isFullyAssessed()) {
                notAssessable++;
            } else {
                failures.add(hex(seed) + " " + faulty.fault().description() + ": valid and fully assessed, with "
                        + unread(read.report()) + " unread\n" + page.text());
            }
        }
        System.out.printf("GluedValidationTest faulty: %d reports: %d FAILED, %d NOT_ASSESSABLE, %d read another way"
                + " (left out), %d valid%n", caseSeeds().length, failed, notAssessable, readAnotherWay, failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " reports");
        assertTrue(caseSeeds().length < 100 || failed > 0 && readAnotherWay <= caseSeeds().length / 10,
                "most faulty pages read as printed");
    }

    /** A placed cell (not unread) whose value is not the printed one. */
    private static boolean readAnotherWay(Report printed, Report read) {
        for (CellRef cell : ReportFormat.of(printed.edition()).cells()) {
            CellValue value = read.get(cell);
            if (!(value instanceof CellValue.Unread) && value instanceof CellValue.Count
                    && !value.equals(printed.get(cell))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> unread(Report read) {
        return read.cells().stream().filter(c -> c.value() instanceof CellValue.Unread)
                .map(c -> c.ref() + "=" + c.value()).toList();
    }

    private static List<String> failed(ValidationResult result) {
        return result.findings().stream().filter(f -> f.status() == FindingStatus.FAILED).map(Finding::toString).toList();
    }

    /** As the reader's test: both editions, zeros printed as 0. */
    private static Report generate(long seed) {
        ReportGenerator generator = ReportGenerator.builder().size(SIZES[(int) Long.remainderUnsigned(seed, 3)])
                .blankZeroProbability(0).build();
        return GeneratedReport.generate(generator, seed).report();
    }

    private static long styleSeed(long seed) {
        return seed * 0x9E3779B97F4A7C15L + 14;
    }

    /** A fault that can be printed in a glued run (testkit's {@link FaultInjector#randomPrintableFault}). */
    private static FaultyReport fault(Report report, SplittableRandom random) {
        return FaultInjector.randomPrintableFault(report, random);
    }

    private static long[] caseSeeds() {
        return GeneratedReportsProvider.caseSeeds(MASTER_SEED, DEFAULT_COUNT);
    }

    private static String hex(long seed) {
        return String.format("0x%016x", seed);
    }
}
