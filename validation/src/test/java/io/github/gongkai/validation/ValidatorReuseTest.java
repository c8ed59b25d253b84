package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A thread reuses its working memory from one validation to the next (so that a valid report allocates
 * nothing): nothing of one validation may show in the next, whatever the validators' settings, and no
 * result may change once returned.
 */
class ValidatorReuseTest {

    private static final ReportValidator FAIL_FAST = ReportValidator.builder().failFast(true).build();
    private static final ReportValidator STANDARD = ReportValidator.standard();

    @Test
    void nothingCarriesOverFromOneValidationToTheNext() {
        Report good = TestReports.consistent(Edition.V2021);
        CellRef cell = CellRef.parse("T3/disclosed/naturalPerson");
        Report bad = TestReports.with(good, cell.toString(), TestReports.count(good, cell) + 1);

        ValidationResult stopped = FAIL_FAST.validate(bad);
        assertTrue(stopped.stoppedEarly());
        assertEquals(1, stopped.findings().size());
        List<Finding> firstFindings = List.copyOf(stopped.findings());

        assertSame(ValidationResult.empty(), STANDARD.validate(good));
        assertSame(ValidationResult.empty(), FAIL_FAST.validate(good));

        ValidationResult all = STANDARD.validate(bad);
        assertFalse(all.stoppedEarly());
        assertTrue(all.findings().size() >= 2, all::toString);

        ValidationResult again = FAIL_FAST.validate(bad);
        assertTrue(again.stoppedEarly());
        assertEquals(stopped, again);
        assertEquals(all, STANDARD.validate(bad));

        assertEquals(firstFindings, stopped.findings(), "a result does not change after later validations");
        assertTrue(stopped.stoppedEarly());
    }

    @Test
    void threadsValidatingAtOnceGetTheResultsOfOneThread() throws Exception {
        ReportGenerator generator = ReportGenerator.builder().build();
        SplittableRandom random = new SplittableRandom(2024);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Report valid = generator.generate(random);
            reports.add(valid);
            reports.add(FaultInjector.randomCellChange(valid, random).faulty());
        }
        List<ValidationResult> expected = new ArrayList<>();
        for (Report r : reports) {
            expected.add((r.hashCode() & 1) == 0 ? STANDARD.validate(r) : FAIL_FAST.validate(r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<ValidationResult> results = new ArrayList<>();
                    for (int k = 0; k < reports.size(); k++) {
                        Report r = reports.get((k + offset * 37) % reports.size());
                        results.add((r.hashCode() & 1) == 0 ? STANDARD.validate(r) : FAIL_FAST.validate(r));
                    }
                    return results;
                }));
            }
            for (int t = 0; t < futures.size(); t++) {
                List<ValidationResult> results = futures.get(t).get();
                for (int k = 0; k < reports.size(); k++) {
                    assertEquals(expected.get((k + t * 37) % reports.size()), results.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
