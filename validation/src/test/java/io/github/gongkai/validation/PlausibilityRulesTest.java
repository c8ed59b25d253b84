package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plausibility rules of one report: warnings, each broken alone, together, at their bounds. */
class PlausibilityRulesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();
    private static final ReportValidator STRICT = ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build();
    private static final CellRef FEE_AMOUNT = CellRef.parse("T2/administrativeFees/amount");
    private static final CellRef COLLECTED = CellRef.parse("S6/informationProcessingFees/amountCollected");
    private static final CellRef NOTICED = CellRef.parse("S6/informationProcessingFees/amountNoticed");
    private static final String NOTICES = "S6/informationProcessingFees/noticesIssued";
    private static final List<String> ALL_FOUR = List.of("T2.IN_FORCE_BELOW_ISSUED.1", "T2.FEE_AMOUNT_UNIT.1",
            "S6.COLLECTED_ABOVE_NOTICED.1", "S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1");
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
        Finding f = VALIDATOR.validate(report).findings(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES).get(0);
        assertEquals(7, f.cells().size());
        IdentityRulesTest.assertNumbers(f, 0, 1, 1);
        assertEquals(List.of(), ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build().validate(report)
                .findings(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES), "strict: silent when a cell is blank");
    }

    @Test
    void plausibilityRulesOfThe2021EditionDoNotApplyTo2019Reports() {
        assertTrue(!Rule.T2_IN_FORCE_BELOW_ISSUED.appliesTo(Edition.V2019));
        assertEquals(List.of(), VALIDATOR.validate(TestReports.consistent(Edition.V2019)).findings());
    }

    @Test
    void inForceEqualToIssuedIsPlausible() {
        Report report = TestReports.with(GOOD, "T2/normativeDocuments/inForce", 5);
        assertEquals(List.of(), VALIDATOR.validate(report).findings());
    }

    @Test
    void blankInForceReadsAsZeroExceptUnderStrict() {
        Report report = TestReports.blank(GOOD, "T2/normativeDocuments/inForce");
        Finding f = VALIDATOR.validate(report).findings(Rule.T2_IN_FORCE_BELOW_ISSUED).get(0);
        IdentityRulesTest.assertNumbers(f, 5, 0, -5);
        assertEquals(List.of(), STRICT.validate(report).findings(Rule.T2_IN_FORCE_BELOW_ISSUED));
    }

    @Test
    void strictStillComparesPrintedNumbers() {
        Report report = TestReports.with(TestReports.with(GOOD, "T2/normativeDocuments/inForce", 3),
                NOTICES, 0);
        assertEquals(List.of("T2.IN_FORCE_BELOW_ISSUED.1", "S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"),
                ids(STRICT.validate(report).findings()));
    }

    @Test
    void feeAmountThresholdIsTenThousandInclusive() {
        assertEquals(List.of("T2.FEE_AMOUNT_UNIT.1"),
                ids(VALIDATOR.validate(GOOD.with(FEE_AMOUNT, CellValue.amount("10000"))).findings()));
        assertEquals(List.of(), VALIDATOR.validate(GOOD.with(FEE_AMOUNT, CellValue.amount("9999.99"))).findings());
    }

    /** Every plausibility rule broken at once: each is reported, in the order of {@link Rule#values()}. */
    private static Report allFourBroken() {
        return TestReports.with(TestReports.with(GOOD.with(FEE_AMOUNT, CellValue.amount("35200"))
                .with(COLLECTED, CellValue.amount("500.00")), "T2/normativeDocuments/inForce", 3), NOTICES, 0);
    }

    @Test
    void eachPlausibilityRuleIsReportedWhenAllAreBroken() {
        ValidationResult result = VALIDATOR.validate(allFourBroken());
        assertEquals(ALL_FOUR, ids(result.findings()));
        assertFalse(result.stoppedEarly());
    }

    @Test
    void failFastStopsAtAPlausibilityRuleGradedAsAnError() {
        Report report = allFourBroken();
        for (int first = 0; first < ALL_FOUR.size(); first++) {
            ReportValidator.Builder b = ReportValidator.builder().failFast(true);
            for (int i = 0; i < ALL_FOUR.size(); i++) {
                String code = ALL_FOUR.get(i);
                if (i < first) {
                    b.disable(code);
                } else {
                    b.severity(code, Severity.ERROR);
                }
            }
            ValidationResult result = b.build().validate(report);
            assertEquals(List.of(ALL_FOUR.get(first)), ids(result.findings()));
            assertTrue(result.stoppedEarly(), ALL_FOUR.get(first));
        }
    }

    @Test
    void amountsInDifferentUnitsAreComparedInYuan() {
        // 0.01 万元 = 100 元: not above the 300 元 noticed; the next rule is still applied
        Report below = TestReports.with(GOOD.with(COLLECTED, CellValue.amount(new BigDecimal("0.01"),
                AmountUnit.TEN_THOUSAND_YUAN)), NOTICES, 0);
        assertEquals(List.of("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"), ids(VALIDATOR.validate(below).findings()));
        // 1 万元 = 10000 元: above, although 1 < 300.00 as printed
        Report above = GOOD.with(COLLECTED, CellValue.amount(BigDecimal.ONE, AmountUnit.TEN_THOUSAND_YUAN));
        Finding f = VALIDATOR.validate(above).findings(Rule.S6_COLLECTED_ABOVE_NOTICED).get(0);
        assertEquals(0, new BigDecimal("10000").compareTo(f.actual().orElseThrow()));
        assertEquals(0, new BigDecimal("300").compareTo(f.expected().orElseThrow()));
    }

    @Test
    void collectedWithoutANoticedAmount() {
        Report noNotice = GOOD.with(NOTICED, CellValue.blank());
        Finding f = VALIDATOR.validate(noNotice).findings(Rule.S6_COLLECTED_ABOVE_NOTICED).get(0);
        assertEquals(new BigDecimal("150.00"), f.actual().orElseThrow());
        assertEquals(0, f.expected().orElseThrow().signum());
        assertEquals(List.of(), STRICT.validate(noNotice).findings(Rule.S6_COLLECTED_ABOVE_NOTICED));
        Report nothingCollected = noNotice.with(COLLECTED, CellValue.amount("0.00"));
        assertEquals(List.of(), VALIDATOR.validate(nothingCollected).findings());
        Report blankCollected = GOOD.with(COLLECTED, CellValue.blank());
        assertEquals(List.of(), VALIDATOR.validate(blankCollected).findings());
    }

    @Test
    void unpaidTerminationsWithoutNoticesReadAsZero() {
        Report report = TestReports.blank(GOOD, NOTICES);
        Finding f = VALIDATOR.validate(report).findings(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES).get(0);
        IdentityRulesTest.assertNumbers(f, 0, 1, 1);
        assertEquals(List.of(), STRICT.validate(report).findings());
    }

    @Test
    void unpaidComponentsThatOverflowALongStillExceedTheNotices() {
        Report report = TestReports.with(TestReports.blank(GOOD, "T3/otherDisposal.feeUnpaid/total"),
                "T3/otherDisposal.feeUnpaid/otherOrganization", Long.MAX_VALUE);
        Finding f = VALIDATOR.validate(report).findings(Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES).get(0);
        assertEquals(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), f.actual().orElseThrow());
        assertEquals(BigDecimal.valueOf(2), f.expected().orElseThrow());
    }
}
