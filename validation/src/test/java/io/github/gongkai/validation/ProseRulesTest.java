package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The {@code TEXT.*} rules on 平潭综合实验区's 2022 report (本年新收 74, 上年结转 1, 行政复议 2, 行政诉讼 1 + 0) with
 * section 一 as printed, and with one of its sentences changed.
 */
class ProseRulesTest {

    /** Section 一's sentences as the report prints them. */
    private static final String PRINTED = "2022年，全区收到政府信息公开申请75件，涉及自然人72件、法人或其他组织3件。"
            + "2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已审结。";

    private static Report withOverview(String overview) {
        return TestReports.pingtan2022().toBuilder().narrative(Narrative.of(overview, null, null)).build();
    }

    private static List<Finding> prose(Report report) {
        return ReportValidator.standard().validate(report).findings().stream()
                .filter(f -> f.rule().code().startsWith("TEXT.")).toList();
    }

    @Test
    void proseThatAgreesWithTheTablesGivesNoFinding() {
        assertEquals(List.of(), prose(withOverview(PRINTED)));
        // 75 is 本年新收 + 上年结转; 本年新收 alone agrees too.
        assertEquals(List.of(), prose(withOverview("本年度共受理政府信息公开申请74件。")));
        assertEquals(List.of(), prose(TestReports.pingtan2022()), "no section 一, nothing to compare");
    }

    @Test
    void applicationsTheTableDoesNotCountAreAWarningNamingBothFigures() {
        Finding f = prose(withOverview(PRINTED.replace("申请75件", "申请0条"))).get(0);
        assertEquals(Rule.TEXT_APPLICATIONS_RECEIVED.id(), f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(FindingStatus.FAILED, f.status());
        assertEquals("全区收到政府信息公开申请0条", f.subjectLabel(), "the clause as printed");
        assertEquals(List.of(CellRef.parse("T3/newlyReceived/total"), CellRef.parse("T3/carriedOver/total")),
                f.cells().stream().map(CellInvolvement::cell).toList(), "the cells of both readings");
        assertEquals(new BigDecimal(0), f.expected().orElseThrow());
        assertEquals(new BigDecimal(74), f.actual().orElseThrow());
        String en = f.message(Locale.ENGLISH);
        assertTrue(en.contains("Section 1 states 0 applications received (\"全区收到政府信息公开申请0条\"), but table 3 has"
                + " 74 newly received"), en);
        String zh = f.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("第一部分称收到申请 0 件（“全区收到政府信息公开申请0条”），但表三本年新收总计为 74"), zh);
    }

    @Test
    void reviewsAndLawsuitsAreHeldAgainstTableFour() {
        List<Finding> findings = prose(withOverview(PRINTED.replace("行政诉讼案件1件", "行政诉讼案件4件")
                .replace("行政复议案件2件", "行政复议案件０件")));
        assertEquals(List.of("TEXT.REVIEWS", "TEXT.LAWSUITS"), findings.stream().map(f -> f.rule().code()).toList());
        assertEquals(new BigDecimal(0), findings.get(0).expected().orElseThrow(), "a full-width digit");
        assertEquals(new BigDecimal(2), findings.get(0).actual().orElseThrow());
        assertEquals(new BigDecimal(1), findings.get(1).actual().orElseThrow(), "未经复议直接起诉 1 + 复议后起诉 0");
        assertEquals(List.of(CellRef.parse("T4/litigationWithoutReview/total"),
                CellRef.parse("T4/litigationAfterReview/total")),
                findings.get(1).cells().stream().map(CellInvolvement::cell).toList());
    }

    @Test
    void clausesThatCountSomethingElseAreNotRead() {
        assertEquals(List.of(), prose(withOverview("共收到政府信息公开申请，同比增加3件；办结政府信息公开申请12件；"
                + "上年收到政府信息公开申请50件。行政复议纠错1件。")));
        // The first clause that states the figure is the one read.
        assertEquals(new BigDecimal(9), prose(withOverview("收到政府信息公开申请9件。另收到政府信息公开申请75件。"))
                .get(0).expected().orElseThrow());
    }

    @Test
    void aCellWithoutANumberSilencesTheRule() {
        Report unread = TestReports.pingtan2022().toBuilder()
                .narrative(Narrative.of(PRINTED.replace("申请75件", "申请0件"), null, null))
                .set(CellRef.parse("T3/carriedOver/total"), CellValue.unread(UnreadReason.AMBIGUOUS)).build();
        assertEquals(List.of(), prose(unread));
    }

    @Test
    void aDisabledRuleSaysNothing() {
        Report report = withOverview(PRINTED.replace("申请75件", "申请0件"));
        ValidationResult result = ReportValidator.builder().disable(Rule.TEXT_APPLICATIONS_RECEIVED).build()
                .validate(report);
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().code().startsWith("TEXT.")));
    }

    @Test
    void theRulesNameTheCellsTheyCompare() {
        assertTrue(Rule.checking(CellRef.parse("T3/newlyReceived/total"), io.github.gongkai.core.Edition.V2021)
                .stream().anyMatch(c -> c.rule() == Rule.TEXT_APPLICATIONS_RECEIVED));
        assertTrue(Rule.checking(CellRef.parse("T4/litigationAfterReview/total"), io.github.gongkai.core.Edition.V2019)
                .stream().anyMatch(c -> c.rule() == Rule.TEXT_LAWSUITS));
    }

    @Test
    void aFailFastValidatorStopsAtTheFirstProseErrorAndOnlyAtAnError() {
        Report report = withOverview(PRINTED.replace("行政诉讼案件1件", "行政诉讼案件4件").replace("行政复议案件2件", "行政复议案件0件")
                .replace("申请75件", "申请0件"));
        ReportValidator errors = ReportValidator.builder().failFast(true).severity(Rule.TEXT_REVIEWS, Severity.ERROR)
                .severity(Rule.TEXT_LAWSUITS, Severity.ERROR).build();
        assertEquals(List.of("TEXT.APPLICATIONS_RECEIVED", "TEXT.REVIEWS"),
                errors.validate(report).findings().stream().map(f -> f.rule().code()).toList());
        ReportValidator warnings = ReportValidator.builder().failFast(true).enable(Rule.CONTENT_PROBLEMS).build();
        assertEquals(List.of("TEXT.APPLICATIONS_RECEIVED", "TEXT.REVIEWS", "TEXT.LAWSUITS", "CONTENT.PROBLEMS"),
                warnings.validate(report).findings().stream().map(f -> f.rule().code()).toList(),
                "warnings do not stop it, and the content rules come after");
        ReportValidator stopped = ReportValidator.builder().failFast(true).enable(Rule.CONTENT_PROBLEMS)
                .severity(Rule.TEXT_APPLICATIONS_RECEIVED, Severity.ERROR).build();
        assertEquals(List.of("TEXT.APPLICATIONS_RECEIVED"),
                stopped.validate(report).findings().stream().map(f -> f.rule().code()).toList(),
                "nothing after the first error, not the content rules either");
    }

    @Test
    void proseNamingOnlyReviewsOrNothingIsReadAsSuch() {
        assertEquals(List.of("TEXT.REVIEWS"), prose(withOverview("本年度行政复议案件5件。")).stream()
                .map(f -> f.rule().code()).toList(), "no 申请 in the text, and still read");
        assertEquals(List.of(), prose(withOverview("本机关认真贯彻落实《条例》，共办理公开事项75件。")));
    }
}
