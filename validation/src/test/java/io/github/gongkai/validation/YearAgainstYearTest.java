package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules between consecutive years of one organ ({@code SET.IN_FORCE_STOCK}, {@code SET.YEAR_RATIO},
 * {@code SET.REPEATED_REPORT}), the members missing from a summary and coverage, on the Pingtan corpus report
 * with its year or a number changed.
 */
class YearAgainstYearTest {

    private static final String ORGAN = "平潭综合实验区";

    /** Pingtan 2022 as if it were the 2021 report: same organ, year 2021. */
    private static Report lastYear() {
        return TestReports.fromCsv("corpus/005_pingtan_2022.expected.csv", Edition.V2021, ORGAN, 2021);
    }

    private static List<Finding> findings(Rule rule, Report... reports) {
        return findings(ReportValidator.standard(), rule, reports);
    }

    private static List<Finding> findings(ReportValidator validator, Rule rule, Report... reports) {
        return validator.validate(ReportSet.of(List.of(reports))).findings().stream()
                .filter(f -> f.rule().equals(rule.id())).toList();
    }

    /** The narrative of the real 2022 report: 一, 五 and 六 from the page's text. */
    static Narrative pingtanNarrative() {
        try (InputStream in = YearAgainstYearTest.class.getResourceAsStream("/corpus/005_pingtan_2022.txt")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int overview = page.indexOf("一、总体情况");
            int tables = page.indexOf("二、主动公开");
            int problems = page.indexOf("五、存在的主要问题");
            int other = page.indexOf("六、其他需要报告的事项");
            return Narrative.of(page.substring(overview, tables), page.substring(problems, other),
                    page.substring(other));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report withNarrative(Report report, Narrative narrative) {
        return report.toBuilder().narrative(narrative).build();
    }

    @Test
    void theStockOfNormativeDocumentsCarriesOn() {
        // 2022: 88 issued, 55 repealed, 698 in force; 698 = 665 + 88 - 55.
        Report current = TestReports.pingtan2022();
        assertEquals(List.of(), findings(Rule.SET_IN_FORCE_STOCK,
                TestReports.with(lastYear(), "T2/normativeDocuments/inForce", 665), current));

        List<Finding> broken = findings(Rule.SET_IN_FORCE_STOCK,
                TestReports.with(lastYear(), "T2/normativeDocuments/inForce", 600), current);
        assertEquals(1, broken.size());
        Finding f = broken.get(0);
        assertEquals("normativeDocuments", f.subject());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals(new BigDecimal("753"), f.actual().orElseThrow(), "698 in force + 55 repealed");
        assertEquals(new BigDecimal("688"), f.expected().orElseThrow(), "600 in force last year + 88 issued");
        assertEquals(new BigDecimal("65"), f.difference().orElseThrow());
        assertEquals(List.of(
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/inForce"), CellRole.CURRENT_YEAR,
                        CellValue.count(698), 1),
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/repealed"), CellRole.OUTFLOW,
                        CellValue.count(55), 1),
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/inForce"), CellRole.PREVIOUS_YEAR,
                        CellValue.count(600), 0),
                new CellInvolvement(CellRef.parse("T2/normativeDocuments/issued"), CellRole.INFLOW,
                        CellValue.count(88), 1)), f.cells());
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("753"), f::message);
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("688"), f::message);
    }

    @Test
    void theStockIsNotComparedWithATwentyNineteenReport() {
        Report previous = TestReports.fromCsv("corpus/009_pingtan_2019.expected.csv", Edition.V2019, ORGAN, 2021);
        Report current = TestReports.pingtan2022();
        assertEquals(List.of(), findings(Rule.SET_IN_FORCE_STOCK, previous, current));
        ReportComparison c = ReportComparison.of(previous, current);
        assertEquals(java.util.Set.of(ReportComparison.Limit.DIFFERENT_EDITIONS), c.limits());
        assertTrue(c.notCompared().contains(new ReportComparison.NotCompared(
                CellRef.parse("T2/normativeDocuments/inForce"), Optional.empty(), Optional.of(CellValue.count(698)),
                ReportComparison.Reason.ONLY_IN_CURRENT_EDITION)));
    }

    @Test
    void aBlankStockThisYearIsNotAssessable() {
        Report current = TestReports.blank(TestReports.pingtan2022(), "T2/normativeDocuments/inForce");
        List<Finding> f = findings(Rule.SET_IN_FORCE_STOCK, lastYear(), current);
        assertEquals(1, f.size());
        assertEquals(FindingStatus.NOT_ASSESSABLE, f.get(0).status());
    }

    @Test
    void aCellMoreThanFiveTimesLastYearsIsReported() {
        Report previous = TestReports.with(TestReports.with(TestReports.with(lastYear(),
                "T2/licensing/decisions", 2000), "T2/punishment/decisions", 20000),
                "T3/newlyReceived/naturalPerson", 9);
        List<Finding> f = findings(Rule.SET_YEAR_RATIO, previous, TestReports.pingtan2022());
        assertEquals(List.of("T2/licensing/decisions", "T2/punishment/decisions"),
                f.stream().map(Finding::subject).toList(), "71 against 9: last year below 10, not reported");
        Finding licensing = f.get(0);
        assertEquals(Severity.INFO, licensing.severity());
        assertEquals(new BigDecimal("2000"), licensing.expected().orElseThrow());
        assertEquals(new BigDecimal("10690"), licensing.actual().orElseThrow());
        assertEquals(new BigDecimal("8690"), licensing.difference().orElseThrow());
        assertEquals(List.of(CellRole.CURRENT_YEAR, CellRole.PREVIOUS_YEAR),
                licensing.cells().stream().map(CellInvolvement::role).toList());
        assertEquals(List.of(1, 0), licensing.cells().stream().map(CellInvolvement::report).toList());
        assertEquals(new BigDecimal("-17887"), f.get(1).difference().orElseThrow(), "2113 against 20000: below 1/5");
        assertTrue(licensing.message(Locale.SIMPLIFIED_CHINESE).contains("10690"), licensing::message);
    }

    @Test
    void theRatioThresholdsAreSettings() {
        Report previous = TestReports.with(lastYear(), "T2/licensing/decisions", 2000); // × 5.345
        ReportValidator six = ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.factor", "6")).build();
        assertEquals(List.of(), findings(six, Rule.SET_YEAR_RATIO, previous, TestReports.pingtan2022()));
        assertEquals(new BigDecimal("6"), six.yearRatioFactor());
        assertEquals(new BigDecimal("6"), six.toBuilder().build().yearRatioFactor());
        ReportValidator highMinimum = ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.1.minimum", "2001")).build();
        assertEquals(List.of(), findings(highMinimum, Rule.SET_YEAR_RATIO, previous, TestReports.pingtan2022()));
        ReportValidator exact = ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.minimum", "2000")).build();
        assertEquals(1, findings(exact, Rule.SET_YEAR_RATIO, previous, TestReports.pingtan2022()).size(),
                "last year's value equal to the minimum counts");
        // 10 × 5 = 50 is not more than 5 times; 51 is.
        Report ten = TestReports.with(lastYear(), "T4/administrativeReview/total", 10);
        Report fifty = TestReports.with(TestReports.pingtan2022(), "T4/administrativeReview/total", 50);
        Report fiftyOne = TestReports.with(TestReports.pingtan2022(), "T4/administrativeReview/total", 51);
        assertTrue(findings(Rule.SET_YEAR_RATIO, ten, fifty).stream()
                .noneMatch(f -> f.subject().equals("T4/administrativeReview/total")));
        assertTrue(findings(Rule.SET_YEAR_RATIO, ten, fiftyOne).stream()
                .anyMatch(f -> f.subject().equals("T4/administrativeReview/total")));
        ReportValidator.Builder b = ReportValidator.builder();
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.factor", "1")));
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.minimum", "-1")));
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.factor", "five")));
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.CARRY_OVER.factor", "5")));
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.REPEATED_REPORT.similarity", "1.5")));
        assertThrows(IllegalArgumentException.class,
                () -> b.configure(Map.of("gongkai.validation.rule.SET.YEAR_RATIO.2.factor", "5")));
    }

    @Test
    void identicalTablesAreARepeatedReport() {
        List<Finding> f = findings(Rule.SET_REPEATED_REPORT, lastYear(), TestReports.pingtan2022());
        assertEquals(1, f.size());
        assertEquals("tables", f.get(0).subject());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(new BigDecimal("100"), f.get(0).actual().orElseThrow());
        assertEquals(List.of(1, 0), f.get(0).cells().stream().map(CellInvolvement::report).toList());
        assertEquals(List.of(), findings(Rule.SET_REPEATED_REPORT,
                TestReports.with(lastYear(), "T3/disclosed/naturalPerson", 20), TestReports.pingtan2022()),
                "one cell differs");
        Report zeros = Report.builder(Edition.V2021).organName(ORGAN).reportYear(2021).setRow(
                io.github.gongkai.core.ActiveDisclosureRow.LICENSING, 0).build();
        Report zerosAgain = zeros.toBuilder().reportYear(2022).build();
        assertEquals(List.of(), findings(Rule.SET_REPEATED_REPORT, zeros, zerosAgain),
                "a report of zeros repeated is no sign of a copy");
    }

    @Test
    void aNarrativeRepublishedWithTheYearChangedIsARepeatedReport() {
        Narrative narrative = pingtanNarrative();
        Narrative earlier = Narrative.of(narrative.overview().orElseThrow().replace("2022", "2021")
                .replace("2023", "2022"), narrative.problemsAndImprovements().orElseThrow().replace("2022", "2021"),
                narrative.otherMatters().orElseThrow().replace("2022", "2021"));
        Report previous = withNarrative(TestReports.with(lastYear(), "T3/disclosed/naturalPerson", 20), earlier);
        Report current = withNarrative(TestReports.pingtan2022(), narrative);
        List<Finding> f = findings(Rule.SET_REPEATED_REPORT, previous, current);
        assertEquals(1, f.size());
        assertEquals("narrative", f.get(0).subject());
        BigDecimal similarity = ReportComparison.of(previous, current).narrativeSimilarity().orElseThrow();
        assertTrue(similarity.compareTo(new BigDecimal("0.95")) >= 0 && similarity.compareTo(BigDecimal.ONE) < 0,
                similarity::toString);
        assertEquals(similarity.movePointRight(2).setScale(2), f.get(0).actual().orElseThrow());
        assertEquals(0, new BigDecimal("95").compareTo(f.get(0).expected().orElseThrow()));
        assertTrue(f.get(0).message(Locale.SIMPLIFIED_CHINESE).contains("%"));
        // The overview of another year: the problems section alone is kept, so much less alike.
        Report rewritten = withNarrative(previous, Narrative.of("一、总体情况 本年度我区围绕数字政府建设，推进政务公开标准化规范化，"
                + "完善主动公开目录，优化依申请公开办理流程，加强政府网站和政务新媒体管理，组织业务培训三次。", earlier
                        .problemsAndImprovements().orElseThrow(), "六、其他需要报告的事项 无。"));
        assertEquals(List.of(), findings(Rule.SET_REPEATED_REPORT, rewritten, current));
        ReportValidator lenient = ReportValidator.builder()
                .configure(Map.of("gongkai.validation.rule.SET.REPEATED_REPORT.similarity", "0.1")).build();
        assertEquals(1, findings(lenient, Rule.SET_REPEATED_REPORT, rewritten, current).size());
    }

    @Test
    void reportsThatAreNotConsecutiveOrNotOfOneOrganAreNotPaired() {
        Report previous = TestReports.with(lastYear(), "T2/licensing/decisions", 2000);
        Report twoYearsBefore = previous.toBuilder().reportYear(2020).build();
        Report otherOrgan = previous.toBuilder().organName("福州市人民政府").build();
        for (Rule rule : List.of(Rule.SET_IN_FORCE_STOCK, Rule.SET_YEAR_RATIO, Rule.SET_REPEATED_REPORT)) {
            assertEquals(List.of(), findings(rule, twoYearsBefore, TestReports.pingtan2022()), rule::toString);
            assertEquals(List.of(), findings(rule, otherOrgan, TestReports.pingtan2022()), rule::toString);
        }
        assertEquals(1, findings(Rule.SET_YEAR_RATIO, TestReports.pingtan2022(), previous).size() - 0,
                "the order in the set does not matter");
        ReportValidator off = ReportValidator.builder().disable(Rule.SET_YEAR_RATIO).disable(Rule.SET_REPEATED_REPORT)
                .disable(Rule.SET_IN_FORCE_STOCK).build();
        assertEquals(List.of(), findings(off, Rule.SET_YEAR_RATIO, previous, TestReports.pingtan2022()));
    }

    @Test
    void membersMissingFromASummaryAreListedAndTheSumIsNotCompared() {
        Report townA = TestReports.consistentBuilder(Edition.V2021, "甲镇人民政府", 2022).build();
        Report county = TestReports.consistentBuilder(Edition.V2021, "某县人民政府", 2022).build();
        Report set2021 = TestReports.consistentBuilder(Edition.V2021, "乙镇人民政府", 2021).build();
        ReportSet set = ReportSet.of(List.of(county, townA, set2021))
                .withRegion(county, List.of("甲镇人民政府", "乙镇人民政府", "丙镇人民政府"));
        assertEquals(List.of(1), set.summaries().get(0).members(), "乙镇's report is for another year");
        ValidationResult result = ReportValidator.standard().validate(set);
        List<Finding> missing = result.findings().stream()
                .filter(f -> f.rule().equals(Rule.SET_SUMMARY_MEMBERS_MISSING.id())).toList();
        assertEquals(1, missing.size());
        Finding f = missing.get(0);
        assertEquals("乙镇人民政府、丙镇人民政府", f.subject());
        assertEquals(new BigDecimal("3"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("1"), f.actual().orElseThrow());
        assertEquals(0, f.cells().get(0).report(), "anchored to the summary");
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("丙镇人民政府"), f::message);
        assertTrue(result.findings().stream().noneMatch(x -> x.rule().equals(Rule.SET_SUMMARY.id())),
                "the county is twice its one member, but the sum is not compared with members missing");

        ReportSet complete = ReportSet.of(List.of(county, townA)).withSummary(county, List.of(townA),
                List.of("甲镇人民政府"));
        ValidationResult whole = ReportValidator.standard().validate(complete);
        assertTrue(whole.findings().stream().noneMatch(x -> x.rule().equals(Rule.SET_SUMMARY_MEMBERS_MISSING.id())));
        assertTrue(whole.findings().isEmpty(), "the county equals its one member");
        assertThrows(IllegalArgumentException.class, () -> ReportSet.of(List.of(county))
                .withRegion(county, List.of("甲镇人民政府", "甲镇人民政府")));
        assertThrows(IllegalArgumentException.class, () -> ReportSet.of(List.of(county))
                .withRegion(county, List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> ReportSet.of(List.of(county))
                .withRegion(county, List.of()));
        ValidationResult off = ReportValidator.builder().disable(Rule.SET_SUMMARY_MEMBERS_MISSING).build()
                .validate(set);
        assertTrue(off.findings().stream().noneMatch(x -> x.rule().code().startsWith("SET.SUMMARY")));
    }

    @Test
    void coverageNamesTheOrgansWithoutAReport() {
        List<ReportHeader> reported = List.of(ReportHeader.of("甲县", 2021, Edition.V2021),
                ReportHeader.of("甲县", 2022, Edition.V2021), ReportHeader.of("乙县", 2021, Edition.V2021),
                ReportHeader.of("丙县", 2022, Edition.V2021));
        Coverage coverage = Coverage.of(List.of("甲县", " 乙县 ", "甲县", ""), List.of(2022, 2021, 2022), reported);
        assertEquals(List.of("甲县", "乙县"), coverage.organs());
        assertEquals(List.of(2021, 2022), coverage.years());
        assertEquals(List.of(new Coverage.Gap("乙县", 2022)), coverage.missing());
        assertEquals(java.util.Set.of("丙县"), coverage.unlisted());
        assertTrue(!coverage.isComplete());
        Coverage.Gap gap = coverage.missing().get(0);
        assertEquals(Rule.SET_MISSING_REPORT, gap.rule());
        assertEquals("乙县：缺少2022年度的报告。", gap.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("乙县: no report for 2022.", gap.message(Locale.ENGLISH));
        assertEquals(Map.of("rule", "SET.MISSING_REPORT.1", "organ", "乙县", "year", "2022"), gap.messageParameters());
        assertTrue(Coverage.of(List.of("甲县"), List.of(2021, 2022), reported).isComplete());
    }
}
