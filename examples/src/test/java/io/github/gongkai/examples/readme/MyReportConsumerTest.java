package io.github.gongkai.examples.readme;

import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.ReportShrinker;
import io.github.gongkai.testkit.junit.GeneratedReports;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MyReportConsumerTest {

    private final MyReportConsumer consumer = new MyReportConsumer();

    @ParameterizedTest
    @GeneratedReports(count = 1_000)
    void acceptsEveryValidReport(Report report) {
        if (!consumer.accepts(report)) {
            Report small = ReportShrinker.standard().shrink(report, r -> !consumer.accepts(r));
            throw new AssertionError("rejects a valid report; smallest such report: " + small);
        }
    }

    // Zeros left blank would leave totals blank, and a rule through a blank total cannot see a changed cell
    // (it is NOT_ASSESSABLE, not FAILED): so every total is printed here.
    @ParameterizedTest
    @GeneratedReports(count = 1_000, blankZeroProbability = 0)
    void rejectsAReportWithAWrongCell(Report report) {
        FaultyReport faulty = FaultInjector.randomCellChange(report, new SplittableRandom(report.hashCode()));
        assertTrue(!consumer.accepts(faulty.faulty()), faulty.fault().description());
    }
}
