package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportComparison;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The checked-report page made with last year's report: the findings of the rules over years. */
class LastYearPageTest {

    private static final CellRef LICENSING = CellRef.parse("T2/licensing/decisions");

    private static List<Finding> yearFindings(Report previous, Report current) {
        return ReportValidator.standard().validate(ReportSet.of(List.of(previous, current))).findings().stream()
                .filter(f -> Rule.fromId(f.rule().toString()).orElseThrow().scope() == Rule.Scope.REPORT_SET)
                .toList();
    }

    private static Document page(Report previous, Report current, Locale locale) {
        return Jsoup.parse(CheckedReportPage.of(locale).render(current, CheckedPages.validate(current),
                PageSource.of("this-year.txt"), ReportComparison.of(previous, current),
                yearFindings(previous, current)));
    }

    @Test
    void aLargeChangeIsListedWithLastYearsCellMarkedNotLinked() {
        Report current = CheckedPages.seed().with(LICENSING, CellValue.count(1000));
        Report previous = current.toBuilder().reportYear(current.header().reportYear() - 1)
                .set(LICENSING, CellValue.count(100)).build();
        Document page = page(previous, current, Locale.ENGLISH);
        Element section = page.getElementById("last-year");
        assertNotNull(section);
        assertEquals("Compared with last year", section.selectFirst("h2").text());
        assertTrue(section.selectFirst("dd").text().startsWith(previous.header().organName() + " "
                + previous.header().reportYear()), section::text);
        Element ratio = section.selectFirst("li[data-rule=SET.YEAR_RATIO.1]");
        assertNotNull(ratio, section::html);
        assertEquals("finding-year-1", ratio.id());
        assertTrue(ratio.selectFirst(".message").text().contains("1000"), ratio::text);
        assertEquals("#cell-" + LICENSING, ratio.selectFirst("a").attr("href"), "this year's cell is a link");
        assertEquals(LICENSING + " (last year)", ratio.selectFirst("span.last-year").text());
        assertTrue(section.select("ul.limits").isEmpty(), "consecutive years of one organ and edition");
        assertEquals("0", page.getElementById("count-warnings").text(), "the verdict stays this report's own");
        Document zh = page(previous, current, Locale.SIMPLIFIED_CHINESE);
        assertEquals("与上年报告比较", zh.getElementById("last-year").selectFirst("h2").text());
        assertEquals(LICENSING + " (上年)", zh.selectFirst("#last-year span.last-year").text());
    }

    @Test
    void aPairOfTwoEditionsSaysWhatWasNotCompared() {
        Report current = CheckedPages.seed();
        Report previous = Report.builder(Edition.V2019).organName(current.header().organName())
                .reportYear(2019).build();
        Element section = page(previous, current, Locale.ENGLISH).getElementById("last-year");
        assertEquals(2, section.select("ul.limits li").size(), section::html);
        assertTrue(section.text().contains("The years are not consecutive"), section::text);
        assertTrue(section.text().contains("Two editions of the format"), section::text);
        assertEquals("The rules over consecutive years found nothing.", section.selectFirst("p").text());
    }

    @Test
    void withoutLastYearThereIsNoSectionAndAComparisonOfAnotherReportIsRefused() {
        Report current = CheckedPages.seed();
        assertNull(Jsoup.parse(CheckedPages.page(current, Locale.ENGLISH)).getElementById("last-year"));
        Report other = current.toBuilder().organName("另一个机关").build();
        assertThrows(IllegalArgumentException.class, () -> CheckedReportPage.of(Locale.ENGLISH).render(current,
                CheckedPages.validate(current), PageSource.of("x"), ReportComparison.of(current, other), List.of()));
    }
}
