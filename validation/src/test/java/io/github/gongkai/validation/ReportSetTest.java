package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportSet} and the rules over several reports: carry-over and regional summaries. */
class ReportSetTest {

    /** The rules between years other than carry-over are tested in {@link YearAgainstYearTest}. */
    private static final ReportValidator VALIDATOR = ReportValidator.builder().disable(Rule.SET_IN_FORCE_STOCK)
            .disable(Rule.SET_YEAR_RATIO).disable(Rule.SET_REPEATED_REPORT).build();
    private static final String ORGAN = "测试县人民政府办公室";

    @Test
    void consecutiveYearsThatCarryOverPass() {
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report y2022 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2022).build();
        assertEquals(List.of(), VALIDATOR.validate(ReportSet.of(List.of(y2022, y2021))).findings());
    }

    @Test
    void carryOverBroken() {
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report y2022 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2022).build();
        // 2022 says 5 natural-person applications were carried over, and fewer new ones (balance kept).
        y2022 = shift(y2022, "naturalPerson", 3);
        y2022 = shift(y2022, "total", 3);
        ValidationResult result = VALIDATOR.validate(ReportSet.of(List.of(y2021, y2022)));
        assertEquals(List.of("SET.CARRY_OVER.1", "SET.CARRY_OVER.1"), ids(result.findings()));
        Finding f = result.findings().get(0);
        assertEquals("naturalPerson", f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of(
                new CellInvolvement(CellRef.parse("T3/carriedOver/naturalPerson"), CellRole.CURRENT_YEAR,
                        CellValue.count(5), 1),
                new CellInvolvement(CellRef.parse("T3/carriedForward/naturalPerson"), CellRole.PREVIOUS_YEAR,
                        CellValue.count(2), 0)), f.cells());
        IdentityRulesTest.assertNumbers(f, 2, 5, 3);
        assertEquals("total", result.findings().get(1).subject());
    }

    @Test
    void carryOverIsOnlyComparedForTheSameOrganAndConsecutiveYears() {
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report other = shift(shift(TestReports.consistentBuilder(Edition.V2021, "另一机关", 2022).build(),
                "naturalPerson", 3), "total", 3);
        Report y2023 = shift(shift(TestReports.consistentBuilder(Edition.V2021, ORGAN, 2023).build(),
                "naturalPerson", 3), "total", 3);
        assertEquals(List.of(), VALIDATOR.validate(ReportSet.of(List.of(y2021, other, y2023))).findings());
    }

    @Test
    void summaryEqualToTheSumOfItsMembersPasses() {
        Report a = TestReports.consistentBuilder(Edition.V2021, "甲镇人民政府", 2021).build();
        Report b = TestReports.consistentBuilder(Edition.V2021, "乙镇人民政府", 2021).build();
        Report county = sum("某县", a, b);
        ReportSet set = ReportSet.of(List.of(county, a, b)).withSummary(county, List.of(a, b));
        assertEquals(List.of(), VALIDATOR.validate(set).findings());
    }

    @Test
    void summaryBroken() {
        Report a = TestReports.consistentBuilder(Edition.V2021, "甲镇人民政府", 2021).build();
        Report b = TestReports.consistentBuilder(Edition.V2021, "乙镇人民政府", 2021).build();
        Report county = sum("某县", a, b);
        county = TestReports.with(county, "T4/administrativeReview/upheld", 9);
        county = TestReports.with(county, "T4/administrativeReview/total", 21);
        ReportSet set = ReportSet.of(List.of(a, b, county)).withSummary(2, List.of(0, 1));
        ValidationResult result = VALIDATOR.validate(set);
        assertEquals(List.of("SET.SUMMARY.1", "SET.SUMMARY.1"), ids(result.findings()));
        Finding f = result.findings().get(0);
        assertEquals("T4/administrativeReview/upheld", f.subject());
        assertEquals("行政复议 / 结果维持", f.subjectLabel());
        assertEquals(Severity.ERROR, f.severity());
        CellRef upheld = CellRef.parse("T4/administrativeReview/upheld");
        assertEquals(List.of(
                new CellInvolvement(upheld, CellRole.TOTAL, CellValue.count(9), 2),
                new CellInvolvement(upheld, CellRole.COMPONENT, CellValue.count(4), 0),
                new CellInvolvement(upheld, CellRole.COMPONENT, CellValue.count(4), 1)), f.cells());
        IdentityRulesTest.assertNumbers(f, 8, 9, 1);
    }

    @Test
    void summaryPositionsAreChecked() {
        Report a = TestReports.consistent(Edition.V2021);
        ReportSet set = ReportSet.of(List.of(a, a));
        assertThrows(IllegalArgumentException.class, () -> set.withSummary(0, List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> set.withSummary(0, List.of(2)));
        assertThrows(IllegalArgumentException.class, () -> set.withSummary(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> set.withSummary(0, List.of(1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> set.withSummary(0, List.of(1)).withSummary(0, List.of(1)));
        assertThrows(IllegalArgumentException.class,
                () -> set.withSummary(TestReports.consistent(Edition.V2019), List.of(a)));
    }

    @Test
    void summaryPositionsMustBeInTheSet() {
        Report a = TestReports.consistent(Edition.V2021);
        ReportSet set = ReportSet.of(List.of(a, a));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.withSummary(2, List.of(0)));
        assertEquals("report position 2 is out of range: the set has 2 reports", e.getMessage());
    }

    @Test
    void eachReportOfASetIsValidatedAndNamedByItsPosition() {
        Report good = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report bad = TestReports.with(TestReports.consistentBuilder(Edition.V2021, "另一机关", 2021).build(),
                "T4/administrativeReview/total", 11);
        for (int position = 0; position < 2; position++) {
            List<Report> reports = position == 0 ? List.of(bad, good) : List.of(good, bad);
            List<Finding> findings = VALIDATOR.validate(ReportSet.of(reports)).findings();
            assertEquals(List.of("T4.GROUP_TOTAL.1"), ids(findings));
            for (CellInvolvement cell : findings.get(0).cells()) {
                assertEquals(position, cell.report());
            }
        }
    }

    @Test
    void failFastStopsAtTheFirstReportOfASetWithAFailedError() {
        Report bad = TestReports.with(TestReports.consistent(Edition.V2021), "T4/administrativeReview/total", 11);
        ReportValidator failFast = ReportValidator.builder().failFast(true).build();
        ValidationResult result = failFast.validate(ReportSet.of(List.of(bad, bad)));
        assertEquals(List.of("T4.GROUP_TOTAL.1"), ids(result.findings()));
        assertEquals(0, result.findings().get(0).cells().get(0).report());
        assertTrue(result.stoppedEarly());
    }

    @Test
    void failFastStopsAtTheFirstCarryOverOrSummaryError() {
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report y2022 = shift(shift(TestReports.consistentBuilder(Edition.V2021, ORGAN, 2022).build(),
                "naturalPerson", 3), "total", 3);
        ReportValidator failFast = ReportValidator.builder().failFast(true)
                .severity(Rule.SET_CARRY_OVER, Severity.ERROR).build();
        ValidationResult carry = failFast.validate(ReportSet.of(List.of(y2021, y2022)));
        assertEquals(List.of("SET.CARRY_OVER.1"), ids(carry.findings()));
        assertTrue(carry.stoppedEarly());

        Report a = TestReports.consistentBuilder(Edition.V2021, "甲镇人民政府", 2021).build();
        Report b = TestReports.consistentBuilder(Edition.V2021, "乙镇人民政府", 2021).build();
        Report county = TestReports.with(TestReports.with(sum("某县", a, b), "T4/administrativeReview/upheld", 9),
                "T4/administrativeReview/total", 21);
        ValidationResult summary = failFast.validate(ReportSet.of(List.of(a, b, county)).withSummary(2, List.of(0, 1)));
        assertEquals(List.of("SET.SUMMARY.1"), ids(summary.findings()));
        assertTrue(summary.stoppedEarly());
    }

    @Test
    void aBlankCarriedOverTotalIsNotAssessableABlankComponentFails() {
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2021).build();
        Report y2022 = TestReports.consistentBuilder(Edition.V2021, ORGAN, 2022).build();
        List<Finding> total = VALIDATOR.validate(ReportSet.of(List.of(y2021,
                TestReports.blank(y2022, "T3/carriedOver/total")))).findings(Rule.SET_CARRY_OVER);
        assertEquals(1, total.size());
        assertEquals(FindingStatus.NOT_ASSESSABLE, total.get(0).status());
        assertEquals("total", total.get(0).subject());
        List<Finding> component = VALIDATOR.validate(ReportSet.of(List.of(y2021,
                TestReports.blank(y2022, "T3/carriedOver/naturalPerson")))).findings(Rule.SET_CARRY_OVER);
        assertEquals(1, component.size());
        assertEquals(FindingStatus.FAILED, component.get(0).status());
        IdentityRulesTest.assertNumbers(component.get(0), 2, 0, -2);
    }

    @Test
    void summariesCompareSignedCounts() {
        CellRef change = CellRef.parse("T2/licensing/change");
        Report a = TestReports.consistentBuilder(Edition.V2019, "甲镇人民政府", 2019)
                .set(change, CellValue.signedCount(-3)).build();
        Report b = TestReports.consistentBuilder(Edition.V2019, "乙镇人民政府", 2019)
                .set(change, CellValue.signedCount(5)).build();
        Report county = sum("某县", a, b);
        ReportSet good = ReportSet.of(List.of(county.with(change, CellValue.signedCount(2)), a, b))
                .withSummary(0, List.of(1, 2));
        assertEquals(List.of(), VALIDATOR.validate(good).findings());
        ReportSet bad = ReportSet.of(List.of(county.with(change, CellValue.signedCount(8)), a, b))
                .withSummary(0, List.of(1, 2));
        List<Finding> findings = VALIDATOR.validate(bad).findings();
        assertEquals(List.of("SET.SUMMARY.1"), ids(findings));
        IdentityRulesTest.assertNumbers(findings.get(0), 2, 8, 6);
    }

    @Test
    void summariesSkipAmountsWhoseUnitsCannotBeCompared() {
        CellRef amount = CellRef.parse("T2/centralizedProcurement/totalAmount");
        Report a = TestReports.consistentBuilder(Edition.V2019, "甲镇人民政府", 2019)
                .set(amount, CellValue.amount("30")).build();
        Report b = TestReports.consistentBuilder(Edition.V2019, "乙镇人民政府", 2019)
                .set(amount, CellValue.amount("40")).build();
        Report county = sum("某县", a, b);
        ReportSet unstated = ReportSet.of(List.of(county.with(amount, CellValue.amount("100")), a, b))
                .withSummary(0, List.of(1, 2));
        List<Finding> findings = VALIDATOR.validate(unstated).findings();
        assertEquals(List.of("SET.SUMMARY.1"), ids(findings), "no unit anywhere: compared");
        IdentityRulesTest.assertNumbers(findings.get(0), 70, 100, 30);
        ReportSet mixed = ReportSet.of(List.of(county.with(amount,
                CellValue.amount(new BigDecimal("100"), AmountUnit.YUAN)), a, b)).withSummary(0, List.of(1, 2));
        assertEquals(List.of(), VALIDATOR.validate(mixed).findings(), "元 against no unit: not compared");
    }

    /** Moves n applications of a column from 本年新收 to 上年结转: the balance still holds. */
    private static Report shift(Report report, String column, long n) {
        CellRef over = CellRef.parse("T3/carriedOver/" + column);
        CellRef received = CellRef.parse("T3/newlyReceived/" + column);
        return report.toBuilder()
                .set(over, CellValue.count(TestReports.count(report, over) + n))
                .set(received, CellValue.count(TestReports.count(report, received) - n))
                .build();
    }

    /** The cell-by-cell sum of reports of one edition. */
    private static Report sum(String organ, Report... members) {
        Edition edition = members[0].edition();
        Report.Builder b = Report.builder(edition).organName(organ).reportYear(members[0].header().reportYear());
        for (CellRef ref : CellRef.all(edition)) {
            BigDecimal total = BigDecimal.ZERO;
            boolean any = false;
            for (Report m : members) {
                CellValue v = m.get(ref);
                if (v instanceof CellValue.Count c) {
                    total = total.add(BigDecimal.valueOf(c.value()));
                    any = true;
                } else if (v instanceof CellValue.Amount amount) {
                    total = total.add(amount.value());
                    any = true;
                }
            }
            if (any) {
                b.set(ref, ref.column().valueKind() == io.github.gongkai.core.ValueKind.AMOUNT
                        ? CellValue.amount(total) : CellValue.count(total.longValueExact()));
            }
        }
        return b.build();
    }
}
