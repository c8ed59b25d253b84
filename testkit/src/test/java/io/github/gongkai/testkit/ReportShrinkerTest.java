package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReportShrinkerTest {

    private static final ReportGenerator GENERATOR = ReportGenerator.builder().edition(Edition.V2021)
            .blankZeroProbability(0).build();

    @Test
    void shrinksToTheSmallestReportThatStillFails() {
        Report large = findReport(r -> r.applications().countOrZero(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL) > 40);
        // "Fails" when some identity is broken and at least 3 applications were disclosed.
        Report faulty = FaultInjector.changeCell(large, CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON), 1)
                .faulty();
        Predicate<Report> stillFails = r -> !Identities.violations(r).isEmpty()
                && r.applications().countOrZero(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL) >= 3;
        Report minimal = ReportShrinker.standard().shrink(faulty, stillFails);
        assertTrue(stillFails.test(minimal));
        assertEquals(Narrative.NONE, minimal.narrative());
        assertTrue(minimal.header().publicationDate().isEmpty());
        long nonZero = minimal.cells().stream().filter(ReportShrinkerTest::nonZero).count();
        assertTrue(nonZero <= 2, "only the disclosed total and at most one other cell stay non-zero: " + minimal);
        assertEquals(3, minimal.applications().countOrZero(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL));
    }

    @Test
    void keepsValidityWhenThePredicateNeedsIt() {
        Report large = findReport(r -> r.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL) > 100);
        Predicate<Report> validAndBusy = r -> Identities.violations(r).isEmpty()
                && r.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL) > 100;
        Report minimal = ReportShrinker.standard().shrink(large, validAndBusy);
        assertTrue(validAndBusy.test(minimal));
        assertTrue(minimal.cells().stream().filter(ReportShrinkerTest::nonZero).count()
                < large.cells().stream().filter(ReportShrinkerTest::nonZero).count());
    }

    @Test
    void boundsThePredicateCalls() {
        Report report = findReport(r -> r.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL) > 10);
        AtomicInteger calls = new AtomicInteger();
        ReportShrinker.withMaxAttempts(10).shrink(report, r -> calls.incrementAndGet() > 0);
        assertEquals(10, calls.get());
        assertThrows(IllegalArgumentException.class, () -> ReportShrinker.standard().shrink(report, r -> false));
        assertThrows(IllegalArgumentException.class, () -> ReportShrinker.withMaxAttempts(0));
    }

    private static boolean nonZero(Cell cell) {
        CellValue v = cell.value();
        return v instanceof CellValue.Count c && c.value() != 0
                || v instanceof CellValue.Amount a && a.value().signum() != 0
                || v instanceof CellValue.SignedCount s && s.value() != 0;
    }

    private static Report findReport(Predicate<Report> wanted) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            Report report = GENERATOR.generate(random);
            if (wanted.test(report)) {
                return report;
            }
        }
        throw new AssertionError("no such report generated");
    }
}
