package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.ReportShrinker;
import io.github.gongkai.testkit.junit.GeneratedReports;
import io.github.gongkai.validation.ReportValidator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Generated reports in a JUnit 5 test: the pattern a user copies to test their own code that consumes
 * reports. Here "their code" is a tiny summariser; swap in yours.
 */
class GeneratedReportsExampleTest {

    /** The code under test: counts the applications a report says were received. */
    static long received(Report report) {
        return report.applications().countOrZero(io.github.gongkai.core.ApplicationRow.NEWLY_RECEIVED,
                io.github.gongkai.core.ApplicantColumn.TOTAL);
    }

    @ParameterizedTest
    @GeneratedReports(count = 300)
    void summariserNeverReportsANegativeCount(Report report) {
        if (received(report) < 0) {
            Report small = ReportShrinker.standard().shrink(report, r -> received(r) < 0);
            throw new AssertionError("negative count for " + small);
        }
    }

    @ParameterizedTest
    @GeneratedReports(count = 300)
    void reportsSurviveAJsonRoundTrip(Report report) {
        ReportJson json = ReportJson.standard();
        assertTrue(report.equals(json.read(json.write(report))));
    }

    @ParameterizedTest
    @GeneratedReports(count = 300, blankZeroProbability = 0)
    void aWrongCellIsAlwaysCaught(Report report) {
        FaultyReport faulty = FaultInjector.randomCellChange(report, new SplittableRandom(report.hashCode()));
        assertFalse(ReportValidator.standard().validate(faulty.faulty()).isValid(), faulty.fault().description());
    }
}
