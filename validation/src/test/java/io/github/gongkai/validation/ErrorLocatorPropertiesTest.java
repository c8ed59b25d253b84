package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.junit.GeneratedReports;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The property of issue 18: for every generated report with one or two wrong cells in one table, the locator
 * returns corrections that contain the wrong cells with their true values, or that cost less and also make every
 * identity hold ({@link LocationCases#check}). The seed is fixed; {@code -Dgongkai.testkit.count=N} runs more.
 */
class ErrorLocatorPropertiesTest {

    private static final ErrorLocator LOCATOR = ErrorLocator.standard();
    /** Fewest cells first, every tie listed: the injected cells must be listed unless fewer cells do. */
    private static final ErrorLocator NO_SLIPS = LOCATOR.withWeights(LocationWeights.standard().withTypingSlip(1));

    @ParameterizedTest
    @GeneratedReports(count = 500)
    void oneOrTwoWrongCellsInOneTableAreLocated(Report report) {
        SplittableRandom random = new SplittableRandom(report.hashCode());
        assertEquals(List.of(), LOCATOR.locate(report), "a valid report has nothing to locate");
        for (ReportTable table : List.of(ReportTable.T3, ReportTable.T4)) {
            for (int k = 1; k <= 2; k++) {
                LocationCases.Case c = LocationCases.inject(report, table, k, random);
                for (ErrorLocator locator : List.of(LOCATOR, NO_SLIPS)) {
                    Optional<String> failure = LocationCases.check(locator, c);
                    failure.ifPresent(reason -> {
                        throw new AssertionError(reason + "\n" + c.faulty());
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @GeneratedReports(count = 300, blankZeroProbability = 0.9)
    void theSameHoldsWhenMostZerosAreBlank(Report report) {
        SplittableRandom random = new SplittableRandom(report.hashCode());
        for (ReportTable table : List.of(ReportTable.T3, ReportTable.T4)) {
            LocationCases.Case c = LocationCases.inject(report, table, 1 + random.nextInt(2), random);
            for (ErrorLocator locator : List.of(LOCATOR, NO_SLIPS)) {
                LocationCases.check(locator, c).ifPresent(reason -> {
                    throw new AssertionError(reason + "\n" + c.faulty());
                });
            }
        }
    }

    @Test
    void thePropertyIsNotVacuous() {
        // Told that another cell was the wrong one, the check must object: the located cell is not it, and
        // costs no less than restoring it would (one cell each).
        io.github.gongkai.testkit.ReportGenerator generator = io.github.gongkai.testkit.ReportGenerator.builder()
                .blankZeroProbability(0).build();
        SplittableRandom random = new SplittableRandom(3);
        int objections = 0;
        for (int i = 0; i < 50; i++) {
            Report report = generator.generate(random);
            io.github.gongkai.core.CellRef wrong = io.github.gongkai.core.CellRef.parse("T3/disclosed/naturalPerson");
            Report faulty = io.github.gongkai.testkit.FaultInjector.changeCell(report, wrong, 1_000_003).faulty();
            LocationCases.Case told = new LocationCases.Case(report, faulty, ReportTable.T3,
                    List.of(io.github.gongkai.core.CellRef.parse("T3/disclosed/commercialEnterprise")));
            assertEquals(Optional.empty(), LocationCases.check(LOCATOR, new LocationCases.Case(report, faulty,
                    ReportTable.T3, List.of(wrong))));
            objections += LocationCases.check(NO_SLIPS, told).isPresent() ? 1 : 0;
        }
        assertEquals(50, objections);
    }
}
