package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportShrinker;
import io.github.gongkai.testkit.junit.GeneratedReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Properties that hold the library together, over thousands of generated reports: valid reports pass,
 * every single-cell fault is found and pinned on its cell, blank totals are never called wrong. The seed is
 * fixed; {@code -Dgongkai.testkit.count=N} runs more cases and {@code -Dgongkai.testkit.replay=0x…} one case.
 *
 * <p>Each property is a function returning the reason it fails, so that {@link #propertiesDetectABrokenValidator}
 * can show that they do fail when the validator skips a rule.
 */
class ValidationPropertiesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    /** Faults are injected at crossings, where the culprit must be named: no blank cells there. */
    private static final ReportGenerator NO_BLANKS = ReportGenerator.builder().blankZeroProbability(0).build();

    @ParameterizedTest
    @GeneratedReports(count = 2_000)
    void everyValidReportPassesWithNoFinding(Report report) {
        Optional<String> failure = validReportPasses(VALIDATOR, report);
        failure.ifPresent(reason -> fail(reason, report, r -> validReportPasses(VALIDATOR, r).isPresent()));
    }

    @ParameterizedTest
    @GeneratedReports(count = 2_000, blankZeroProbability = 0)
    void everySingleCellFaultIsFoundAndPinnedOnItsCell(Report report) {
        for (Optional<String> failure : List.of(
                cellFaultIsPinned(VALIDATOR, FaultInjector.randomCellChange(report, random(report))),
                cellFaultIsPinned(VALIDATOR, FaultInjector.randomCellChange(report, random(report).split())))) {
            failure.ifPresent(reason -> {
                throw new AssertionError(reason);
            });
        }
    }

    @ParameterizedTest
    @GeneratedReports(count = 2_000)
    void blankTotalsAreNeverCalledWrong(Report report) {
        SplittableRandom random = random(report);
        List<CellRef> totals = FaultInjector.countCells(report).stream().filter(FaultInjector::isTotal)
                .filter(ref -> report.get(ref) instanceof CellValue.Count c && c.value() > 0).toList();
        if (!totals.isEmpty()) {
            FaultyReport faulty = FaultInjector.blankTotal(report, totals.get(random.nextInt(totals.size())));
            blankTotalIsNotAssessable(VALIDATOR, faulty).ifPresent(reason -> {
                throw new AssertionError(reason);
            });
        }
    }

    @Test
    void everyCellOfTablesThreeAndFourIsPinnedWhenWrong() {
        // Exhaustive over the cells, on a few busy reports of each edition.
        SplittableRandom random = new SplittableRandom(5);
        int checked = 0;
        for (int i = 0; i < 6; i++) {
            Report report = NO_BLANKS.generate(random);
            for (CellRef cell : FaultInjector.countCells(report)) {
                for (long delta : new long[] {1, 7, 100}) {
                    FaultyReport faulty = FaultInjector.changeCell(report, cell, delta);
                    cellFaultIsPinned(VALIDATOR, faulty).ifPresent(reason -> {
                        throw new AssertionError(reason);
                    });
                    checked++;
                }
            }
        }
        assertTrue(checked > 3_000, "cases checked: " + checked);
    }

    @Test
    void propertiesDetectABrokenValidator() {
        // A validator that skips one identity must make the properties fail: they are not vacuous.
        ReportValidator skipsRowTotals = VALIDATOR.toBuilder().disable(Rule.T3_ROW_TOTAL).build();
        ReportValidator skipsReviewTotals = VALIDATOR.toBuilder().disable(Rule.T4_GROUP_TOTAL).build();
        SplittableRandom random = new SplittableRandom(9);
        int rowFailures = 0;
        int reviewFailures = 0;
        for (int i = 0; i < 300; i++) {
            Report report = NO_BLANKS.generate(random);
            FaultyReport faulty = FaultInjector.randomCellChange(report, random);
            rowFailures += cellFaultIsPinned(skipsRowTotals, faulty).isPresent() ? 1 : 0;
            reviewFailures += cellFaultIsPinned(skipsReviewTotals, faulty).isPresent() ? 1 : 0;
        }
        assertTrue(rowFailures > 0, "skipping T3 row totals went unnoticed");
        assertTrue(reviewFailures > 0, "skipping T4 group totals went unnoticed");
        // And the properties pass for the real validator on the same cases.
        SplittableRandom again = new SplittableRandom(9);
        for (int i = 0; i < 300; i++) {
            Report report = NO_BLANKS.generate(again);
            assertEquals(Optional.empty(), cellFaultIsPinned(VALIDATOR, FaultInjector.randomCellChange(report, again)));
        }
    }

    static Optional<String> validReportPasses(ReportValidator validator, Report report) {
        ValidationResult result = validator.validate(report);
        return result.findings().isEmpty() ? Optional.empty()
                : Optional.of("a valid report has findings: " + result.findings());
    }

    /**
     * The fault is found; every identity finding names, in table 三, the cell as the one culprit with the
     * original value suggested, and in table 四 lists it among the suspects with that value.
     */
    static Optional<String> cellFaultIsPinned(ReportValidator validator, FaultyReport faulty) {
        CellRef cell = faulty.fault().cells().get(0);
        CellValue original = faulty.original().get(cell);
        ValidationResult result = validator.validate(faulty.faulty());
        List<String> problems = new ArrayList<>();
        if (result.isValid()) {
            problems.add("not detected");
        }
        // Identities are ERRORs; a plausibility warning the fault also triggers (say, more unpaid-fee
        // terminations than fee notices) is a true finding, but it need not name a culprit.
        for (Finding finding : result.findings(Severity.ERROR)) {
            if (finding.status() != FindingStatus.FAILED) {
                problems.add("finding not FAILED: " + finding);
            }
            if (cell.table() == ReportTable.T3) {
                Optional<Suspect> culprit = finding.culprit();
                if (culprit.isEmpty() || !culprit.get().cell().equals(cell)
                        || !culprit.get().suggested().equals(original)) {
                    problems.add("culprit should be " + cell + " = " + original + ": " + finding);
                }
            } else if (finding.suspects().stream().noneMatch(s -> s.cell().equals(cell) && s.suggested().equals(original))) {
                problems.add("suspects should include " + cell + " = " + original + ": " + finding);
            }
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(faulty.fault().description() + " in " + faulty.original().header() + ": " + problems);
    }

    static Optional<String> blankTotalIsNotAssessable(ReportValidator validator, FaultyReport faulty) {
        ValidationResult result = validator.validate(faulty.faulty());
        List<Finding> failed = result.findings().stream().filter(f -> f.status() == FindingStatus.FAILED).toList();
        return failed.isEmpty() ? Optional.empty()
                : Optional.of(faulty.fault().description() + ": blank total called wrong: " + failed);
    }

    private static SplittableRandom random(Report report) {
        return new SplittableRandom(report.hashCode());
    }

    private static void fail(String reason, Report report, java.util.function.Predicate<Report> stillFails) {
        Report small = ReportShrinker.standard().shrink(report, stillFails);
        throw new AssertionError(reason + "\nsmallest failing report: " + small);
    }
}
