package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ValidationResult}: counts by severity and status, validity. */
class ValidationResultTest {

    @Test
    void emptyResult() {
        ValidationResult empty = ValidationResult.empty();
        assertTrue(empty.isValid());
        assertTrue(empty.isFullyAssessed());
        assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0), empty.counts());
    }

    @Test
    void countsBySeverityAndStatus() {
        Report good = TestReports.consistent(Edition.V2021);
        Report report = TestReports.blank(TestReports.with(TestReports.with(good, "T2/rules/inForce", 0),
                "T4/litigationAfterReview/pending", 5), "T4/administrativeReview/total");
        ValidationResult result = ReportValidator.standard().validate(report);
        assertEquals(Map.of(Severity.ERROR, 2, Severity.WARNING, 1, Severity.INFO, 0), result.counts());
        assertEquals(1, result.count(Severity.ERROR, FindingStatus.FAILED));
        assertEquals(1, result.count(Severity.ERROR, FindingStatus.NOT_ASSESSABLE));
        assertEquals(1, result.count(Severity.WARNING));
        assertEquals(2, result.findings(Rule.T4_GROUP_TOTAL).size());
        assertEquals(List.of(Rule.T2_IN_FORCE_BELOW_ISSUED.id()),
                result.findings(Severity.WARNING).stream().map(Finding::rule).toList());
        assertFalse(result.isValid());
        assertFalse(result.isFullyAssessed());
    }
}
