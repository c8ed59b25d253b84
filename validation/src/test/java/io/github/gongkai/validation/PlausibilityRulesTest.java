package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plausibility rules of one report: warnings, each broken alone. */
class PlausibilityRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final Report GOOD = TestReports.consistent(Edition.V2021);

    @Test
    void inForceBelowIssued() {
        Report report = TestReports.with(GOOD, "T2/normativeDocuments/inForce", 3);
        ValidationResult result = VALIDATOR.validate(report);
        assertEquals(List.of("T2.IN_FORCE_BELOW_ISSUED.1"), ids(result.findings()));
        assertTrue(result.isValid(), "a warning does not make the report invalid");
        Finding f = result.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("normativeDocuments", f.subject());
        assertEquals("第二十条第（一）项 行政规范性文件", f.subjectLabel());
        assertEquals(List.of(
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/inForce"), CellRole.SUBJECT,
                        CellValue.count(3), 0),
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/issued"), CellRole.BOUND,
                        CellValue.count(5), 0)), f.cells());
        IdentityRulesTest.assertNumbers(f, 5, 3, -2);
    }

    @Test
    void feeAmountThatLooksLikeYuan() {
        CellRef amount = CellRef.parse("T2/administrativeFees/amount");
        Report report = GOOD.with(amount, CellValue.amount("35200"));
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("T2.FEE_AMOUNT_UNIT.1"), ids(findings));
        Finding f = findings.get(0);
        assertEquals(List.of(new CellInvolvement(amount, CellRole.SUBJECT,
                CellValue.amount(new BigDecimal("35200"), AmountUnit.TEN_THOUSAND_YUAN), 0)), f.cells());
        assertEquals(new BigDecimal("10000"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("35200"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("25200"), f.difference().orElseThrow());
        Suspect s = f.suspects().get(0);
        assertEquals(CellValue.amount(new BigDecimal("3.5200"), AmountUnit.TEN_THOUSAND_YUAN), s.suggested());
        assertEquals(Confidence.LOW, s.confidence());
    }

    @Test
    void feeAmountPrintedInYuanIsNotSuspicious() {
        Report report = GOOD.with(CellRef.parse("T2/administrativeFees/amount"),
                CellValue.amount(new BigDecimal("35200"), AmountUnit.YUAN));
        assertEquals(List.of(), VALIDATOR.validate(report).findings());
    }

    @Test
    void feesCollectedAboveNoticed() {
        CellRef collected = CellRef.parse("S6/informationProcessingFees/amountCollected");
        Report report = GOOD.with(collected, CellValue.amount("500.00"));
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("S6.COLLECTED_ABOVE_NOTICED.1"), ids(findings));
        Finding f = findings.get(0);
        assertEquals(List.of(collected, CellRef.parse("S6/informationProcessingFees/amountNoticed")),
                f.cells().stream().map(CellInvolvement::cell).toList());
        assertEquals(List.of(CellRole.SUBJECT, CellRole.BOUND),
                f.cells().stream().map(CellInvolvement::role).toList());
        assertEquals(new BigDecimal("300.00"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("500.00"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("200.00"), f.difference().orElseThrow());
    }

    @Test
    void unpaidFeeTerminationsAboveNotices() {
        Report report = TestReports.with(GOOD, "S6/informationProcessingFees/noticesIssued", 0);
        List<Finding> findings = VALIDATOR.validate(report).findings();
        assertEquals(List.of("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"), ids(findings));
        Finding f = findings.get(0);
        assertEquals(List.of(
                new CellInvolvement(CellRef.parse("T3/otherDisposal.feeUnpaid/total"), CellRole.SUBJECT,
                        CellValue.count(1), 0),
                new CellInvolvement(CellRef.parse("S6/informationProcessingFees/noticesIssued"), CellRole.BOUND,
                        CellValue.count(0), 0)), f.cells());
        IdentityRulesTest.assertNumbers(f, 0, 1, 1);
    }

    @Test
    void unpaidFeeTerminationsWithBlankTotalReadTheComponents() {
        Report report = TestReports.blank(TestReports.blank(GOOD, "S6/informationProcessingFees/noticesIssued"),
                "T3/otherDisposal.feeUnpaid/total");
        Finding f = VALIDATOR.validate(report).findings(Rules.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES).get(0);
        assertEquals(7, f.cells().size());
        IdentityRulesTest.assertNumbers(f, 0, 1, 1);
        assertEquals(List.of(), ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build().validate(report)
                .findings(Rules.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES), "strict: silent when a cell is blank");
    }

    @Test
    void plausibilityRulesOfThe2021EditionDoNotApplyTo2019Reports() {
        assertTrue(!Rules.T2_IN_FORCE_BELOW_ISSUED.appliesTo(Edition.V2019));
        assertEquals(List.of(), VALIDATOR.validate(TestReports.consistent(Edition.V2019)).findings());
    }
}
