package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each identity I-1 to I-4, broken alone, in both editions: the finding's cells, expected, actual, difference. */
class IdentityRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    @ParameterizedTest
    @EnumSource(Edition.class)
    void balanceAloneBroken(Edition edition) {
        Report base = TestReports.consistent(edition);
        // Move 2 applications from carriedForward/commercialEnterprise to carriedForward/naturalPerson: rows
        // still add up, but the balance of both columns breaks.
        Report report = move(base, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 2);
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("T3.BALANCE.1", "T3.BALANCE.1"), ids(findings));

        Finding f = findings.get(0);
        assertEquals("naturalPerson", f.subject());
        assertEquals("自然人", f.subjectLabel());
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(Severity.ERROR, f.severity());
        ApplicantColumn c = ApplicantColumn.NATURAL_PERSON;
        assertCells(report, f, List.of(
                cell(ApplicationRow.OUTCOME_TOTAL, c, CellRole.OUTFLOW),
                cell(ApplicationRow.CARRIED_FORWARD, c, CellRole.OUTFLOW),
                cell(ApplicationRow.NEWLY_RECEIVED, c, CellRole.INFLOW),
                cell(ApplicationRow.CARRIED_OVER, c, CellRole.INFLOW)));
        long inflow = count(report, ApplicationRow.NEWLY_RECEIVED, c) + count(report, ApplicationRow.CARRIED_OVER, c);
        assertNumbers(f, inflow, inflow + 2, 2);
        assertEquals("commercialEnterprise", findings.get(1).subject());
        assertNumbers(findings.get(1), inflow(report, ApplicantColumn.COMMERCIAL_ENTERPRISE),
                inflow(report, ApplicantColumn.COMMERCIAL_ENTERPRISE) - 2, -2);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void rowTotalAloneBroken(Edition edition) {
        Report base = TestReports.consistent(edition);
        // Move one application from 予以公开 to 属于国家秘密 in the same column: columns still add up.
        Report report = move(base, ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON,
                ApplicationRow.WITHHELD_STATE_SECRET, ApplicantColumn.NATURAL_PERSON, 1);
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1"), ids(findings));

        Finding disclosed = findings.get(0);
        assertEquals("disclosed", disclosed.subject());
        assertEquals("（一）予以公开", disclosed.subjectLabel());
        List<CellInvolvement> expectedCells = new ArrayList<>();
        expectedCells.add(cell(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, CellRole.TOTAL));
        for (ApplicantColumn c : ApplicantColumn.components()) {
            expectedCells.add(cell(ApplicationRow.DISCLOSED, c, CellRole.COMPONENT));
        }
        assertCells(report, disclosed, expectedCells);
        long total = count(report, ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL);
        assertNumbers(disclosed, total - 1, total, 1);

        Finding secret = findings.get(1);
        assertEquals("withheld.stateSecret", secret.subject());
        assertEquals("（三）不予公开 1.属于国家秘密", secret.subjectLabel());
        long secretTotal = count(report, ApplicationRow.WITHHELD_STATE_SECRET, ApplicantColumn.TOTAL);
        assertNumbers(secret, secretTotal + 1, secretTotal, -1);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void outcomeTotalAloneBroken(Edition edition) {
        Report base = TestReports.consistent(edition);
        // Move one application between columns of the same outcome row: the row still adds up.
        Report report = move(base, ApplicationRow.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, 1);
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("T3.OUTCOME_TOTAL.1", "T3.OUTCOME_TOTAL.1"), ids(findings));

        Finding f = findings.get(0);
        assertEquals("naturalPerson", f.subject());
        List<CellInvolvement> expectedCells = new ArrayList<>();
        expectedCells.add(cell(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON, CellRole.TOTAL));
        for (ApplicationRow r : ApplicationRow.outcomes(edition)) {
            expectedCells.add(cell(r, ApplicantColumn.NATURAL_PERSON, CellRole.COMPONENT));
        }
        assertCells(report, f, expectedCells);
        assertEquals(edition == Edition.V2021 ? 21 : 19, f.cells().size() - 1);
        long total = count(report, ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON);
        assertNumbers(f, total + 1, total, -1);
        assertNumbers(findings.get(1), count(report, ApplicationRow.OUTCOME_TOTAL,
                ApplicantColumn.COMMERCIAL_ENTERPRISE) - 1,
                count(report, ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.COMMERCIAL_ENTERPRISE), 1);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void groupTotalAloneBroken(Edition edition) {
        Report report = TestReports.with(TestReports.consistent(edition), "T4/litigationAfterReview/total", 4);
        ValidationResult result = VALIDATOR.validate(report);
        assertEquals(List.of("T4.GROUP_TOTAL.1"), ids(result.findings()));
        assertFalse(result.isValid());

        Finding f = result.findings().get(0);
        assertEquals("litigationAfterReview", f.subject());
        assertEquals("行政诉讼 复议后起诉", f.subjectLabel());
        ReviewLitigationRow g = ReviewLitigationRow.LITIGATION_AFTER_REVIEW;
        assertCells(report, f, List.of(
                cell(g, ReviewLitigationColumn.TOTAL, CellRole.TOTAL),
                cell(g, ReviewLitigationColumn.UPHELD, CellRole.COMPONENT),
                cell(g, ReviewLitigationColumn.CORRECTED, CellRole.COMPONENT),
                cell(g, ReviewLitigationColumn.OTHER_OUTCOME, CellRole.COMPONENT),
                cell(g, ReviewLitigationColumn.PENDING, CellRole.COMPONENT)));
        assertNumbers(f, 3, 4, 1);
    }

    private static Report move(Report report, ApplicationRow fromRow, ApplicantColumn fromColumn,
            ApplicationRow toRow, ApplicantColumn toColumn, long n) {
        CellRef from = CellRef.of(fromRow, fromColumn);
        CellRef to = CellRef.of(toRow, toColumn);
        return report.toBuilder()
                .set(from, CellValue.count(TestReports.count(report, from) - n))
                .set(to, CellValue.count(TestReports.count(report, to) + n))
                .build();
    }

    private static long count(Report report, ApplicationRow row, ApplicantColumn column) {
        return TestReports.count(report, CellRef.of(row, column));
    }

    private static long inflow(Report report, ApplicantColumn c) {
        return count(report, ApplicationRow.NEWLY_RECEIVED, c) + count(report, ApplicationRow.CARRIED_OVER, c);
    }

    /** A cell of report 0, with a placeholder value filled in by {@link #assertCells}. */
    private static CellInvolvement cell(io.github.gongkai.core.TableRow row, io.github.gongkai.core.TableColumn column,
            CellRole role) {
        return new CellInvolvement(CellRef.of(row, column), role, CellValue.blank(), 0);
    }

    private static void assertCells(Report report, Finding finding, List<CellInvolvement> expected) {
        List<CellInvolvement> withValues = expected.stream()
                .map(c -> new CellInvolvement(c.cell(), c.role(), report.get(c.cell()), 0)).toList();
        assertEquals(withValues, finding.cells());
    }

    static void assertNumbers(Finding finding, long expected, long actual, long difference) {
        assertEquals(BigDecimal.valueOf(expected), finding.expected().orElseThrow(), "expected");
        assertEquals(BigDecimal.valueOf(actual), finding.actual().orElseThrow(), "actual");
        assertEquals(BigDecimal.valueOf(difference), finding.difference().orElseThrow(), "difference");
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().toString()).toList();
    }
}
