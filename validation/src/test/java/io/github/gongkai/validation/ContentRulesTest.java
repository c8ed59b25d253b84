package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.UnreadReason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The required-content rules ({@code CONTENT.*}), on request, on 平潭综合实验区's 2022 report. */
class ContentRulesTest {

    private static final Narrative WHOLE = Narrative.of("2022年，全区收到政府信息公开申请75件。",
            "一是……；二是……。", "本年度未收取信息处理费。");
    private static final ReportValidator ON_REQUEST = ReportValidator.builder().configure(Map.of(
            "gongkai.validation.rule.CONTENT.OVERVIEW", "on", "gongkai.validation.rule.CONTENT.TABLES", "on",
            "gongkai.validation.rule.CONTENT.PROBLEMS", "on", "gongkai.validation.rule.CONTENT.OTHER_MATTERS", "on",
            "gongkai.validation.rule.CONTENT.FEES_STATED", "on")).build();

    /** The report with section 六's figures stated, as a whole report states them. */
    private static Report whole() {
        return TestReports.pingtan2022().toBuilder().narrative(WHOLE)
                .set(CellRef.parse("S6/informationProcessingFees/noticesIssued"), CellValue.count(0))
                .set(CellRef.parse("S6/informationProcessingFees/amountNoticed"), CellValue.amount("0"))
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"), CellValue.amount("0")).build();
    }

    private static List<Finding> content(Report report) {
        return ON_REQUEST.validate(report).findings().stream().filter(f -> f.rule().code().startsWith("CONTENT."))
                .toList();
    }

    @Test
    void theStandardValidatorDoesNotAskForContent() {
        assertTrue(Arrays.stream(Rule.values()).filter(r -> !r.isEnabledByDefault())
                .allMatch(r -> r.id().code().startsWith("CONTENT.")));
        assertFalse(ReportValidator.standard().isEnabled(Rule.CONTENT_TABLES));
        assertTrue(ReportValidator.builder().enable(Rule.CONTENT_TABLES).build().isEnabled(Rule.CONTENT_TABLES));
        Report noNarrative = TestReports.pingtan2022();
        assertTrue(ReportValidator.standard().validate(noNarrative).findings().stream()
                .noneMatch(f -> f.rule().code().startsWith("CONTENT.")));
    }

    @Test
    void aWholeReportHasEverythingRequired() {
        assertEquals(List.of(), content(whole()));
    }

    @Test
    void aMissingOrEmptySectionIsAFindingWithoutCells() {
        Report report = whole().toBuilder().narrative(Narrative.of(null, " \n", null)).build();
        List<Finding> findings = content(report);
        assertEquals(List.of("CONTENT.OVERVIEW overview", "CONTENT.PROBLEMS problemsAndImprovements",
                "CONTENT.OTHER_MATTERS otherMatters"), findings.stream().map(f -> f.rule().code() + " " + f.subject())
                .toList());
        Finding problems = findings.get(1);
        assertEquals(List.of(), problems.cells());
        assertTrue(problems.anchor().isEmpty());
        assertEquals("Section 5 (五、存在的主要问题及改进情况) is missing or empty.", problems.message(Locale.ENGLISH));
        assertEquals("缺少第五部分（五、存在的主要问题及改进情况），或该部分为空。", problems.message(Locale.SIMPLIFIED_CHINESE));
        // Section 六 may say nothing more than a heading's worth; it must be there.
        assertEquals(List.of(), content(report.toBuilder().narrative(Narrative.of("x", "y", "")).build()));
    }

    @Test
    void aTableWithARowThePageDoesNotPrintIsNotComplete() {
        Report.Builder b = whole().toBuilder();
        List<CellRef> row = ReportFormat.of(Edition.V2021).cells(ReportTable.T4).subList(0, 5);
        row.forEach(cell -> b.set(cell, CellValue.unread(UnreadReason.NOT_FOUND)));
        b.set(CellRef.parse("T2/rules/issued"), CellValue.blank()); // printed empty: not missing
        b.set(CellRef.parse("T3/disclosed/naturalPerson"), CellValue.unread(UnreadReason.AMBIGUOUS)); // printed
        List<Finding> findings = content(b.build());
        assertEquals(1, findings.size(), findings::toString);
        Finding t4 = findings.get(0);
        assertEquals(Rule.CONTENT_TABLES.id(), t4.rule());
        assertEquals("T4", t4.subject());
        assertEquals(row, t4.cells().stream().map(CellInvolvement::cell).toList());
        assertEquals(row.get(0), t4.anchor().orElseThrow().cell());
    }

    @Test
    void sectionSixMustStateItsFeeFiguresIn2021() {
        CellRef collected = CellRef.parse("S6/informationProcessingFees/amountCollected");
        CellRef notices = CellRef.parse("S6/informationProcessingFees/noticesIssued");
        Report report = whole().toBuilder()
                .set(collected, CellValue.unread(UnreadReason.NOT_FOUND)).set(notices, CellValue.blank()).build();
        Finding f = content(report).get(0);
        assertEquals(Rule.CONTENT_FEES_STATED.id(), f.rule());
        assertEquals(List.of(notices, collected), f.cells().stream().map(CellInvolvement::cell).toList());
        assertFalse(Rule.CONTENT_FEES_STATED.appliesTo(Edition.V2019));
    }

    @Test
    void theRulesNameTheCellsTheyRequire() {
        assertTrue(Rule.checking(CellRef.parse("T2/rules/issued"), Edition.V2021).stream()
                .anyMatch(c -> c.rule() == Rule.CONTENT_TABLES));
        assertTrue(Rule.checking(CellRef.parse("S6/informationProcessingFees/noticesIssued"), Edition.V2021).stream()
                .anyMatch(c -> c.rule() == Rule.CONTENT_FEES_STATED));
    }

    @Test
    void aFailFastValidatorStopsAtTheFirstContentError() {
        Report.Builder b = whole().toBuilder().narrative(Narrative.of(null, null, null));
        b.set(CellRef.parse("T2/rules/issued"), CellValue.unread(UnreadReason.NOT_FOUND));
        b.set(CellRef.parse("T4/administrativeReview/total"), CellValue.unread(UnreadReason.NOT_FOUND));
        b.set(CellRef.parse("S6/informationProcessingFees/noticesIssued"), CellValue.blank());
        Report report = b.build();
        ReportValidator.Builder all = ReportValidator.builder().failFast(true);
        for (Rule rule : Rule.values()) {
            if (!rule.isEnabledByDefault()) {
                all.enable(rule);
            }
        }
        assertEquals(List.of("CONTENT.OVERVIEW overview", "CONTENT.PROBLEMS problemsAndImprovements",
                "CONTENT.OTHER_MATTERS otherMatters", "CONTENT.TABLES T2", "CONTENT.TABLES T4",
                "CONTENT.FEES_STATED S6"), all.build().validate(report).findings().stream()
                .filter(f -> f.rule().code().startsWith("CONTENT.")).map(f -> f.rule().code() + " " + f.subject())
                .toList(), "warnings do not stop it");
        for (String code : List.of("CONTENT.PROBLEMS", "CONTENT.TABLES", "CONTENT.FEES_STATED")) {
            List<Finding> findings = all.severity(code, Severity.ERROR).build().validate(report).findings();
            assertEquals(code, findings.get(findings.size() - 1).rule().code(), "stopped at the first " + code);
            all.severity(code, Severity.WARNING);
        }
    }
}
