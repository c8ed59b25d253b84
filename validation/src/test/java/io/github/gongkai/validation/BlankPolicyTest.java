package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link BlankPolicy}: blank totals are not assessable, never failed; strict mode reads every blank so. */
class BlankPolicyTest {

    private static final ReportValidator LENIENT = ReportValidator.standard();
    private static final ReportValidator STRICT = ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build();
    private static final Report GOOD = TestReports.consistent(Edition.V2021);

    @Test
    void blankTotalColumnIsNotAssessableNotFailed() {
        Report.Builder b = GOOD.toBuilder();
        for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
            b.set(row, ApplicantColumn.TOTAL, CellValue.blank());
        }
        ValidationResult result = LENIENT.validate(b.build());
        assertEquals(25, result.findings().size());
        for (Finding f : result.findings()) {
            assertEquals("T3.ROW_TOTAL.1", f.rule().toString());
            assertEquals(FindingStatus.NOT_ASSESSABLE, f.status());
            assertEquals(BlankPolicy.BLANK_IS_ZERO, f.blankPolicy());
            assertEquals(Optional.empty(), f.actual());
            assertEquals(Optional.empty(), f.difference());
            assertEquals(List.of(), f.suspects());
        }
        assertTrue(result.isValid(), "a total not reported is not a wrong total");
        assertFalse(result.isFullyAssessed());
        assertEquals(0, result.count(Severity.ERROR, FindingStatus.FAILED));
    }

    @Test
    void blankOutcomeTotalRowIsNotAssessable() {
        Report.Builder b = GOOD.toBuilder();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            b.set(ApplicationRow.OUTCOME_TOTAL, c, CellValue.blank());
        }
        ValidationResult result = LENIENT.validate(b.build());
        assertTrue(result.isValid());
        assertEquals(14, result.findings().size(), "balance and outcome total of the 7 columns");
        assertTrue(result.findings().stream().allMatch(f -> f.status() == FindingStatus.NOT_ASSESSABLE));
        Finding balance = result.findings().get(0);
        assertEquals("{io.github.gongkai.validation.notAssessable}", balance.messageTemplate());
        assertEquals("T3/outcomeTotal/naturalPerson", balance.messageParameters().get("blankCells"));
    }

    @Test
    void blankGroupTotalInTable4IsNotAssessable() {
        Report report = TestReports.blank(GOOD, "T4/administrativeReview/total");
        Finding f = LENIENT.validate(report).findings().get(0);
        assertEquals("T4.GROUP_TOTAL.1", f.rule().toString());
        assertEquals(FindingStatus.NOT_ASSESSABLE, f.status());
        assertEquals(new BigDecimal(10), f.expected().orElseThrow());
    }

    @Test
    void blankComponentReadsAsZero() {
        CellRef ref = CellRef.parse("T3/disclosed/naturalPerson");
        ValidationResult result = LENIENT.validate(GOOD.with(ref, CellValue.blank()));
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1"), ids(result.findings()));
        assertTrue(result.findings().stream().allMatch(Finding::isFailed));
        assertFalse(result.isValid());
    }

    @Test
    void placeholderReadsLikeBlank() {
        Report report = GOOD.with(CellRef.parse("T3/newlyReceived/total"), CellValue.notApplicable("/"));
        Finding f = LENIENT.validate(report).findings().get(0);
        assertEquals(FindingStatus.NOT_ASSESSABLE, f.status());
    }

    @Test
    void blankZerosPassByDefault() {
        Report.Builder b = Report.builder(Edition.V2021).organName("某局").reportYear(2021);
        b.set(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON, 2);
        b.set(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL, 2);
        b.set(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, 2);
        b.set(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, 2);
        b.set(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON, 2);
        b.set(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.TOTAL, 2);
        Report report = b.build();
        assertEquals(List.of(), LENIENT.validate(report).findings());

        ValidationResult strict = STRICT.validate(report);
        assertFalse(strict.findings().isEmpty());
        assertTrue(strict.findings().stream().allMatch(f -> f.status() == FindingStatus.NOT_ASSESSABLE
                && f.blankPolicy() == BlankPolicy.STRICT));
        assertTrue(strict.isValid());
    }

    @Test
    void strictStillFailsWhatIsWrongAmongPrintedNumbers() {
        Report report = TestReports.with(GOOD, "T4/administrativeReview/total", 11);
        Finding f = STRICT.validate(report).findings().get(0);
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(BlankPolicy.STRICT, f.blankPolicy());
    }
}
