package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Counts near {@link Integer#MAX_VALUE} and {@link Long#MAX_VALUE}: each report below is wrong, but would
 * pass a validator that summed in {@code int} or {@code long} with wrap-around, or in {@code double}. The
 * validator must find the identity failed, with the exact difference.
 */
class ExactArithmeticTest {

    private static final long TWO_32 = 1L << 32;
    private static final BigDecimal TWO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aComponentOffByTwoToThe32DoesNotPassAsIfSummedInInt(BlankPolicy policy) {
        Report good = TestReports.consistent(Edition.V2021);
        assertTrue(validator(policy).validate(good).isValid(), "the base report is consistent");
        long natural = TestReports.count(good, CellRef.parse("T3/disclosed/naturalPerson"));
        Report bad = TestReports.with(good, "T3/disclosed/naturalPerson", natural + TWO_32);
        Finding f = only(validator(policy).validate(bad), Rule.T3_ROW_TOTAL, "disclosed");
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(BigDecimal.valueOf(-TWO_32), f.difference().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void componentsAtIntegerMaxValueThatWrapToTheTotalInIntFail(BlankPolicy policy) {
        // In int: MAX + MAX + 2 = 2^32 = 0, the printed total.
        Report bad = Report.builder(Edition.V2021).organName("某局").reportYear(2021)
                .setRow(ApplicationRow.DISCLOSED, Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1, 0, 0, 0)
                .build();
        Finding f = only(validator(policy).validate(bad), Rule.T3_ROW_TOTAL, "disclosed");
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(BigDecimal.valueOf(2L * Integer.MAX_VALUE + 2), f.expected().orElseThrow());
        assertEquals(BigDecimal.valueOf(-TWO_32), f.difference().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void componentsThatWrapPastLongMaxValueToTheTotalFail(BlankPolicy policy) {
        // In long: MAX + MAX + 2 = 2^64 = 0, the printed total.
        Report bad = Report.builder(Edition.V2019).organName("某局").reportYear(2020)
                .setRow(ApplicationRow.DISCLOSED, Long.MAX_VALUE, Long.MAX_VALUE, 2, 0, 0, 0, 0)
                .build();
        Finding f = only(validator(policy).validate(bad), Rule.T3_ROW_TOTAL, "disclosed");
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(TWO_64, f.expected().orElseThrow());
        assertEquals(TWO_64.negate(), f.difference().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aReviewGroupThatWrapsPastLongMaxValueFails(BlankPolicy policy) {
        // In long: MAX + MAX + 1 + 4 = 2^64 + 3 = 3, the printed total.
        Report good = TestReports.consistent(Edition.V2021);
        Report bad = good.toBuilder()
                .setRow(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, Long.MAX_VALUE, Long.MAX_VALUE, 1, 4, 3)
                .build();
        Finding f = only(validator(policy).validate(bad), Rule.T4_GROUP_TOTAL, "administrativeReview");
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(TWO_64.negate(), f.difference().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void theBalanceOffByTwoToThe32Fails(BlankPolicy policy) {
        Report good = TestReports.consistent(Edition.V2021);
        long over = TestReports.count(good, CellRef.parse("T3/carriedOver/naturalPerson"));
        long overTotal = TestReports.count(good, CellRef.parse("T3/carriedOver/total"));
        Report bad = good.toBuilder()
                .set(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, over + TWO_32)
                .set(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, overTotal + TWO_32)
                .build();
        ValidationResult result = validator(policy).validate(bad);
        assertFalse(result.isValid());
        assertEquals(List.of("T3.BALANCE.1", "T3.BALANCE.1"), IdentityRulesTest.ids(result.findings()),
                "the row total still adds up; the balance of the column and of the total does not");
        for (Finding f : result.findings()) {
            assertEquals(FindingStatus.FAILED, f.status());
            assertEquals(TWO_32, f.difference().orElseThrow().abs().longValueExact());
        }
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aDifferenceOfOneAboveTwoToThe53IsNotLostAsInDouble(BlankPolicy policy) {
        long big = 1L << 53;
        Report bad = Report.builder(Edition.V2021).organName("某局").reportYear(2021)
                .setRow(ApplicationRow.DISCLOSED, big, 0, 0, 0, 0, 0, big + 1)
                .build();
        assertEquals((double) big, (double) (big + 1), "the case a double cannot tell apart");
        Finding f = only(validator(policy).validate(bad), Rule.T3_ROW_TOTAL, "disclosed");
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(BigDecimal.ONE, f.difference().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aRowThatAddsUpExactlyToLongMaxValuePasses(BlankPolicy policy) {
        Report report = Report.builder(Edition.V2021).organName("某局").reportYear(2021)
                .setRow(ApplicationRow.DISCLOSED, Long.MAX_VALUE - 5, 1, 1, 1, 1, 1, Long.MAX_VALUE)
                .build();
        assertTrue(validator(policy).validate(report).findings(Rule.T3_ROW_TOTAL).stream()
                .noneMatch(f -> f.subject().equals("disclosed")), "no overflow finding for a row that adds up");
    }

    private static ReportValidator validator(BlankPolicy policy) {
        return ReportValidator.builder().blankPolicy(policy).build();
    }

    private static Finding only(ValidationResult result, Rule rule, String subject) {
        assertFalse(result.isValid(), "a wrong report must not pass");
        List<Finding> found = result.findings(rule).stream().filter(f -> f.subject().equals(subject)).toList();
        assertEquals(1, found.size(), () -> "findings: " + result.findings());
        return found.get(0);
    }
}
