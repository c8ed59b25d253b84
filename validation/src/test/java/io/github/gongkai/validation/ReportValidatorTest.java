package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@link ReportValidator}: configuration without code changes, fail-fast, exact arithmetic. */
class ReportValidatorTest {

    private static final Report GOOD = TestReports.consistent(Edition.V2021);
    /** Breaks T3.ROW_TOTAL and T3.OUTCOME_TOTAL (one wrong cell) and T2.IN_FORCE_BELOW_ISSUED. */
    private static final Report BAD = TestReports.with(
            TestReports.with(GOOD, "T3/disclosed/naturalPerson", 50), "T2/rules/inForce", 0);

    @Test
    void standardAppliesEveryRuleAtItsDefaultSeverity() {
        ReportValidator v = ReportValidator.standard();
        assertSame(v, ReportValidator.standard());
        assertEquals(Arrays.stream(Rule.values()).filter(Rule::isEnabledByDefault).toList(), v.rules());
        for (Rule rule : Rule.values()) {
            assertEquals(rule.isEnabledByDefault(), v.isEnabled(rule));
            assertEquals(rule.defaultSeverity(), v.severity(rule));
        }
        assertEquals(BlankPolicy.BLANK_IS_ZERO, v.blankPolicy());
        assertFalse(v.isFailFast());
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1", "T2.IN_FORCE_BELOW_ISSUED.1"),
                ids(v.validate(BAD).findings()));
    }

    @Test
    void disableARule() {
        ReportValidator v = ReportValidator.builder().disable(Rule.T3_OUTCOME_TOTAL)
                .disable("T2.IN_FORCE_BELOW_ISSUED.1").build();
        assertFalse(v.isEnabled(Rule.T3_OUTCOME_TOTAL));
        assertEquals(ReportValidator.standard().rules().size() - 2, v.rules().size());
        assertEquals(List.of("T3.ROW_TOTAL.1"), ids(v.validate(BAD).findings()));
        assertTrue(v.toBuilder().enable(Rule.T3_OUTCOME_TOTAL).build().isEnabled(Rule.T3_OUTCOME_TOTAL));
    }

    @Test
    void unknownOrStaleRuleIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().disable("T3.NO_SUCH_RULE"));
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().disable("T3.BALANCE.2"));
        assertThrows(NullPointerException.class, () -> ReportValidator.builder().disable((Rule) null));
    }

    @Test
    void overrideASeverity() {
        ReportValidator v = ReportValidator.builder()
                .severity(Rule.T3_ROW_TOTAL, Severity.WARNING)
                .severity("T3.OUTCOME_TOTAL", Severity.INFO)
                .severity(Rule.T2_IN_FORCE_BELOW_ISSUED, Severity.ERROR)
                .build();
        ValidationResult result = v.validate(BAD);
        assertEquals(List.of(Severity.WARNING, Severity.INFO, Severity.ERROR),
                result.findings().stream().map(Finding::severity).toList());
        assertFalse(result.isValid());
        assertTrue(ReportValidator.builder().severity(Rule.T3_ROW_TOTAL, Severity.WARNING)
                .severity(Rule.T3_OUTCOME_TOTAL, Severity.WARNING).build().validate(BAD).isValid());
    }

    @Test
    void configureFromProperties() throws IOException {
        Properties settings = new Properties();
        settings.load(new StringReader("""
                gongkai.validation.blanks = strict
                gongkai.validation.failFast = true
                gongkai.validation.rule.T3.OUTCOME_TOTAL = off
                gongkai.validation.rule.T2.IN_FORCE_BELOW_ISSUED.1 = error
                unrelated.key = whatever
                """));
        ReportValidator v = ReportValidator.builder().configure(settings).build();
        assertEquals(BlankPolicy.STRICT, v.blankPolicy());
        assertTrue(v.isFailFast());
        assertFalse(v.isEnabled(Rule.T3_OUTCOME_TOTAL));
        assertEquals(Severity.ERROR, v.severity(Rule.T2_IN_FORCE_BELOW_ISSUED));

        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.T3.BALANCE", "sometimes")));
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder()
                .configure(Map.of("gongkai.validation.blanks", "lenient")));
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.T3.BALANCE.7", "off")));
    }

    @Test
    void configureRejectsAnUnknownKeyOfItsOwnAndQuotesValuesAsGiven() {
        for (String misspelt : List.of("gongkai.validation.fail-fast", "gongkai.validation.failfast",
                "gongkai.validation.blank")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReportValidator.builder().configure(Map.of(misspelt, "true")), misspelt);
            assertEquals("setting " + misspelt + ": no such key; the keys are gongkai.validation.blanks, "
                    + "gongkai.validation.failFast and gongkai.validation.rule.CODE", e.getMessage());
        }
        assertFalse(ReportValidator.builder().configure(Map.of("gongkai.validationx", "1", "other.failFast",
                "true")).build().isFailFast(), "another prefix is another's setting");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().configure(Map.of(ReportValidator.BLANK_POLICY_KEY, " Lenient ")));
        assertEquals("setting gongkai.validation.blanks: value 'Lenient' is not understood", e.getMessage());
    }

    @Test
    void settingsFromFilesAndTheEnvironmentAreQuotedWithTheirControlCharactersEscaped() {
        // A startup failure is logged: a terminal escape in a setting must not reach the log as it is.
        assertEquals("setting gongkai.validation.failFast: value 'tr\\u001b[2Jue' is not understood",
                assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().configure(
                        Map.of(ReportValidator.FAIL_FAST_KEY, "tr\u001b[2Jue"))).getMessage());
        String key = assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().configure(
                Map.of("gongkai.validation.x\u0085", "1"))).getMessage();
        assertEquals("setting gongkai.validation.x\\u0085: no such key; the keys are gongkai.validation.blanks, "
                + "gongkai.validation.failFast and gongkai.validation.rule.CODE", key);
        String rule = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().disable("X\u009bY")).getMessage();
        assertTrue(rule.startsWith("no built-in rule 'X\\u009bY'; the rules are "), rule);
        String id = assertThrows(IllegalArgumentException.class, () -> RuleId.parse("T3.\u001b.1")).getMessage();
        assertTrue(id.chars().noneMatch(Character::isISOControl), id);
    }

    @Test
    void failFastStopsAtTheFirstFailedError() {
        ReportValidator v = ReportValidator.builder().failFast(true).build();
        ValidationResult result = v.validate(BAD);
        assertEquals(List.of("T3.ROW_TOTAL.1"), ids(result.findings()));
        assertTrue(result.stoppedEarly());
        assertFalse(ReportValidator.standard().validate(BAD).stoppedEarly());
    }

    @Test
    void failFastDoesNotStopAtWarningsOrNotAssessable() {
        Report report = TestReports.blank(TestReports.with(GOOD, "T2/rules/inForce", 0),
                "T4/administrativeReview/total");
        ValidationResult result = ReportValidator.builder().failFast(true).build().validate(report);
        assertEquals(List.of("T4.GROUP_TOTAL.1", "T2.IN_FORCE_BELOW_ISSUED.1"), ids(result.findings()));
        assertFalse(result.stoppedEarly());
    }

    @Test
    void countsNearLongMaxValueNeverMakeAWrongReportPass() {
        Report report = Report.builder(Edition.V2021).organName("某局").reportYear(2021)
                .set(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, Long.MAX_VALUE)
                .set(ApplicationRow.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE, 1)
                .set(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL, Long.MAX_VALUE)
                .build();
        Finding f = ReportValidator.standard().validate(report).findings(Rule.T3_ROW_TOTAL).get(0);
        assertEquals("disclosed", f.subject());
        assertEquals(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), f.expected().orElseThrow());
        assertEquals(BigDecimal.ONE.negate(), f.difference().orElseThrow());
    }

    @Test
    void sumsThatOverflowALongButAddUpPass() {
        long half = Long.MAX_VALUE / 2 + 1;
        Report.Builder b = Report.builder(Edition.V2019).organName("某局").reportYear(2020);
        for (ApplicationRow row : List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.DISCLOSED,
                ApplicationRow.OUTCOME_TOTAL)) {
            b.set(row, ApplicantColumn.NATURAL_PERSON, half).set(row, ApplicantColumn.COMMERCIAL_ENTERPRISE, half)
                    .set(row, ApplicantColumn.TOTAL, Long.MAX_VALUE);
        }
        List<Finding> findings = ReportValidator.standard().validate(b.build()).findings();
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1"), ids(findings),
                "2^63 is not Long.MAX_VALUE: exactly the three row totals are wrong");
        assertEquals(BigDecimal.ONE.negate(), findings.get(0).difference().orElseThrow());
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> ReportValidator.standard().validate((Report) null));
        assertThrows(NullPointerException.class, () -> ReportValidator.builder().blankPolicy(null));
    }

    @Test
    void toBuilderKeepsEverySetting() {
        ReportValidator v = ReportValidator.builder().disable(Rule.T2_FEE_AMOUNT_UNIT)
                .severity(Rule.S6_COLLECTED_ABOVE_NOTICED, Severity.ERROR).blankPolicy(BlankPolicy.STRICT)
                .failFast(true).build();
        ReportValidator copy = v.toBuilder().build();
        assertFalse(copy.isEnabled(Rule.T2_FEE_AMOUNT_UNIT));
        assertEquals(Severity.ERROR, copy.severity(Rule.S6_COLLECTED_ABOVE_NOTICED));
        assertEquals(BlankPolicy.STRICT, copy.blankPolicy());
        assertTrue(copy.isFailFast());
        assertEquals(v.rules(), copy.rules());
    }

    @Test
    void anUnknownRuleIsRejectedWithTheListOfRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().severity("T3.NO_SUCH_RULE", Severity.INFO));
        assertTrue(e.getMessage().startsWith("no built-in rule 'T3.NO_SUCH_RULE'; the rules are [T3.BALANCE.1, "),
                e.getMessage());
    }

    @Test
    void failFastSettingIsTrueOrFalse() {
        assertTrue(ReportValidator.builder().configure(Map.of(ReportValidator.FAIL_FAST_KEY, " TRUE ")).build()
                .isFailFast());
        assertFalse(ReportValidator.builder().failFast(true)
                .configure(Map.of(ReportValidator.FAIL_FAST_KEY, "false")).build().isFailFast());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().configure(Map.of(ReportValidator.FAIL_FAST_KEY, "yes")));
        assertEquals("setting gongkai.validation.failFast: value 'yes' is not understood", e.getMessage());
    }
}
