package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings of the rules over years, their boundaries, and fail-fast through them. */
class YearRuleSettingsTest {

    private static final String ORGAN = "平潭综合实验区";

    private static Report lastYear() {
        return TestReports.fromCsv("corpus/005_pingtan_2022.expected.csv", Edition.V2021, ORGAN, 2021);
    }

    private static ReportValidator only(Rule rule, Severity severity, boolean failFast) {
        ReportValidator.Builder b = ReportValidator.builder().failFast(failFast);
        for (Rule r : Rule.values()) {
            if (r != rule) {
                b.disable(r);
            }
        }
        return b.severity(rule, severity).build();
    }

    @Test
    void theBuilderChainsAndChecksItsRanges() {
        ReportValidator v = ReportValidator.builder().yearRatio(new BigDecimal("1.01"), BigDecimal.ZERO)
                .repeatSimilarity(BigDecimal.ONE).build();
        assertEquals(new BigDecimal("1.01"), v.yearRatioFactor());
        assertEquals(BigDecimal.ZERO, v.yearRatioMinimum());
        assertEquals(BigDecimal.ONE, v.repeatSimilarity());
        assertEquals(ReportValidator.DEFAULT_REPEAT_SIMILARITY, ReportValidator.standard().repeatSimilarity());
        assertEquals(ReportValidator.DEFAULT_YEAR_RATIO_MINIMUM, ReportValidator.standard().yearRatioMinimum());
        ReportValidator.Builder b = ReportValidator.builder();
        assertThrows(IllegalArgumentException.class, () -> b.repeatSimilarity(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> b.repeatSimilarity(new BigDecimal("1.0001")));
        assertThrows(IllegalArgumentException.class, () -> b.yearRatio(BigDecimal.ONE, BigDecimal.TEN));
        assertEquals(new BigDecimal("0.5"), ReportValidator.builder().configure(java.util.Map.of(
                "gongkai.validation.rule.SET.REPEATED_REPORT.similarity", "0.5")).build().repeatSimilarity());
    }

    @Test
    void aFifthOfLastYearIsNotReportedLessIs() {
        Report previous = TestReports.with(lastYear(), "T4/administrativeReview/total", 50);
        Report ten = TestReports.with(TestReports.pingtan2022(), "T4/administrativeReview/total", 10);
        Report nine = TestReports.with(TestReports.pingtan2022(), "T4/administrativeReview/total", 9);
        ReportValidator ratio = only(Rule.SET_YEAR_RATIO, Severity.INFO, false);
        assertEquals(List.of(), ratio.validate(ReportSet.of(List.of(previous, ten))).findings());
        assertEquals(List.of("T4/administrativeReview/total"), ratio.validate(ReportSet.of(List.of(previous, nine)))
                .findings().stream().map(Finding::subject).toList());
    }

    @Test
    void failFastStopsAtTheFirstYearFindingOfErrorSeverity() {
        Report previous = TestReports.with(TestReports.with(TestReports.with(lastYear(), "T2/licensing/decisions",
                2000), "T2/punishment/decisions", 20000), "T2/normativeDocuments/inForce", 1);
        Report current = TestReports.with(TestReports.pingtan2022(), "T2/rules/inForce", 5);
        for (Rule rule : List.of(Rule.SET_YEAR_RATIO, Rule.SET_IN_FORCE_STOCK)) {
            ValidationResult all = only(rule, Severity.ERROR, false).validate(ReportSet.of(List.of(previous, current)));
            assertTrue(all.findings().size() >= 2, rule::toString);
            ValidationResult first = only(rule, Severity.ERROR, true).validate(ReportSet.of(List.of(previous, current,
                    current.toBuilder().reportYear(2023).build())));
            assertEquals(1, first.findings().size(), rule::toString);
            assertTrue(first.stoppedEarly(), rule::toString);
        }
        Report copy = lastYear();
        Report again = TestReports.pingtan2022();
        ValidationResult repeat = only(Rule.SET_REPEATED_REPORT, Severity.ERROR, true).validate(ReportSet.of(List.of(
                copy, again, again.toBuilder().reportYear(2023).build())));
        assertEquals(1, repeat.findings().size());
        assertEquals(1, only(Rule.SET_REPEATED_REPORT, Severity.WARNING, false)
                .validate(ReportSet.of(List.of(copy, again))).findings().size(), "only the repeat rule enabled");
    }

    @Test
    void failFastStopsAtTheFirstSummaryWithMembersMissing() {
        Report a = TestReports.consistentBuilder(Edition.V2021, "甲县", 2022).build();
        Report b = TestReports.consistentBuilder(Edition.V2021, "乙县", 2022).build();
        Report c = TestReports.consistentBuilder(Edition.V2021, "丙镇", 2022).build();
        ReportSet set = ReportSet.of(List.of(a, b, c)).withSummary(a, List.of(c), List.of("丙镇", "丁镇"))
                .withSummary(b, List.of(c), List.of("丙镇", "戊镇"));
        assertEquals(2, only(Rule.SET_SUMMARY_MEMBERS_MISSING, Severity.ERROR, false).validate(set).findings().size());
        ValidationResult first = only(Rule.SET_SUMMARY_MEMBERS_MISSING, Severity.ERROR, true).validate(set);
        assertEquals(List.of("丁镇"), first.findings().stream().map(Finding::subject).toList());
        Report a2 = TestReports.with(a, "T3/disclosed/naturalPerson", 50);
        Report b2 = TestReports.with(b, "T3/disclosed/naturalPerson", 50);
        ReportSet complete = ReportSet.of(List.of(a2, b2, c)).withSummary(a2, List.of(c), List.of("丙镇"))
                .withSummary(b2, List.of(c), List.of("丙镇"));
        ValidationResult summaries = only(Rule.SET_SUMMARY, Severity.ERROR, true).validate(complete);
        assertEquals(1, summaries.findings().size(), "fail-fast in the summary rule");
        assertTrue(only(Rule.SET_SUMMARY, Severity.ERROR, false).validate(complete).findings().size() > 1);
    }

    @Test
    void theSimilarityThresholdIsInclusiveAndNarrativesOfFiftyCharactersAreMeasured() {
        Narrative narrative = YearAgainstYearTest.pingtanNarrative();
        Narrative earlier = Narrative.of(narrative.overview().orElseThrow().replace("2022", "2021"),
                narrative.problemsAndImprovements().orElseThrow(), narrative.otherMatters().orElseThrow());
        Report previous = TestReports.with(lastYear(), "T3/disclosed/naturalPerson", 20).toBuilder()
                .narrative(earlier).build();
        Report current = TestReports.pingtan2022().toBuilder().narrative(narrative).build();
        BigDecimal s = ReportComparison.of(previous, current).narrativeSimilarity().orElseThrow();
        ReportValidator.Builder exact = ReportValidator.builder().repeatSimilarity(s);
        assertEquals(1, exact.build().validate(ReportSet.of(List.of(previous, current))).findings().stream()
                .filter(f -> f.rule().equals(Rule.SET_REPEATED_REPORT.id())).count());
        ReportValidator above = ReportValidator.builder().repeatSimilarity(s.add(new BigDecimal("0.0001"))).build();
        assertEquals(0, above.validate(ReportSet.of(List.of(previous, current))).findings().stream()
                .filter(f -> f.rule().equals(Rule.SET_REPEATED_REPORT.id())).count());

        String fifty = "一二三四五六七八九十".repeat(5);
        Report a = TestReports.consistent(Edition.V2021).toBuilder().narrative(Narrative.of(fifty, null, null)).build();
        Report b = a.toBuilder().reportYear(a.header().reportYear() + 1).build();
        assertEquals(Optional.of(new BigDecimal("1.0000")), ReportComparison.of(a, b).narrativeSimilarity());
        Report shorter = a.toBuilder().narrative(Narrative.of(fifty.substring(1), null, null)).build();
        assertEquals(Optional.empty(), ReportComparison.of(shorter, b).narrativeSimilarity());
    }
}
