package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CheckedReportPageTest {

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static Element cell(Document page, CellRef cell) {
        Element td = page.getElementById("cell-" + cell);
        assertNotNull(td, () -> "no cell " + cell);
        return td;
    }

    @Test
    void theSeedIsValidAndEveryCellOfItsEditionIsOnThePageWithWhereItWasPrinted() {
        Report seed = CheckedPages.seed();
        Document page = parse(CheckedPages.page(seed, Locale.ENGLISH));
        assertEquals("valid", page.selectFirst(".verdict").attr("data-verdict"));
        assertEquals("0", page.getElementById("count-errors").text());
        assertTrue(page.select("td.failed, td.culprit, td.unread, td.blank-needed").isEmpty());
        for (CellRef ref : CellRef.all(seed.edition())) {
            Element td = cell(page, ref);
            String position = CheckedPages.seedSource().position(ref).orElseThrow();
            assertEquals(position, td.attr("data-source"), ref::toString);
            assertTrue(td.attr("title").contains(position), ref::toString);
            assertEquals("0", td.attr("tabindex"), ref::toString);
        }
        assertEquals(CellRef.all(seed.edition()).size(), page.select("td[id^=cell-]").size());
        assertEquals("No findings: every rule holds.", page.selectFirst("#findings p").text());
        assertEquals("000_5f5cda31151d78ea.txt", page.select("header dd").get(3).text());
    }

    @Test
    void aCellTypedWrongIsTheCulpritWithItsSuggestedValueAndTheCellsOfItsRulesAreOutlined() {
        Document page = parse(CheckedPages.page(CheckedPages.broken(), Locale.ENGLISH));
        assertEquals("not-valid", page.selectFirst(".verdict").attr("data-verdict"));
        assertEquals("2", page.getElementById("count-errors").text());
        Element culprit = cell(page, CheckedPages.BROKEN_CELL);
        assertTrue(culprit.hasClass("culprit") && culprit.hasClass("failed"), culprit::outerHtml);
        assertEquals(Long.toString(CheckedPages.seedValue() + 10), culprit.selectFirst(".v").text());
        assertEquals("→ " + CheckedPages.seedValue() + " high confidence", culprit.selectFirst(".fix").text());
        assertTrue(culprit.attr("title").contains("T3.ROW_TOTAL.1, T3.OUTCOME_TOTAL.1"), culprit.attr("title"));
        // Its row and its column are outlined; a cell of neither is not.
        assertTrue(cell(page, CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)).hasClass("failed"));
        assertTrue(cell(page, CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON))
                .hasClass("failed"));
        Element elsewhere = cell(page, CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantColumn.TOTAL));
        assertFalse(elsewhere.hasClass("failed") || elsewhere.hasClass("culprit"), elsewhere::outerHtml);
        assertEquals(1, page.select("td.culprit").size());
        // Each finding links to the culprit, and every link of the page leads to a cell of the page.
        assertEquals(2, page.select("#findings li.failed.error").size());
        for (Element finding : page.select("#findings li")) {
            assertFalse(finding.select("a[href=#cell-" + CheckedPages.BROKEN_CELL + "]").isEmpty());
            assertEquals(Long.toString(CheckedPages.seedValue()), finding.selectFirst(".suggested").text());
        }
        for (Element link : page.select("a[href]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link::outerHtml);
        }
    }

    @Test
    void theLegendAndTheFindingsAreInTheLanguageOfThePage() {
        Document zh = parse(CheckedPages.page(CheckedPages.broken(), Locale.SIMPLIFIED_CHINESE));
        Document en = parse(CheckedPages.page(CheckedPages.broken(), Locale.ENGLISH));
        assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertTrue(zh.selectFirst(".legend-culprit").text().contains("最可能填错的单元格"));
        assertTrue(en.selectFirst(".legend-culprit").text().contains("the cell most likely printed wrong"));
        for (String mark : new String[] {"failed", "culprit", "blank-needed", "unread"}) {
            assertNotNull(zh.selectFirst(".legend-" + mark + " .sample." + mark), mark);
            assertNotNull(en.selectFirst(".legend-" + mark + " .sample." + mark), mark);
        }
        String zhMessage = zh.selectFirst("#finding-1 .message").text();
        String enMessage = en.selectFirst("#finding-1 .message").text();
        assertTrue(zhMessage.startsWith("表三"), zhMessage);
        assertTrue(enMessage.startsWith("Table 3"), enMessage);
        assertTrue(zh.selectFirst("#finding-1 .suspect").text().contains("可信度高"));
        assertEquals("不通过：表格不符合格式规定的规则", zh.selectFirst(".verdict").text().substring(2));
    }

    @Test
    void aBlankTotalAndAnUnreadCellAreMarkedDifferentlyAndExplained() {
        CellRef total = CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL);
        CellRef unread = CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantColumn.NATURAL_PERSON);
        // Three applications received and disclosed, the 总计 of the disclosed row and of the outcomes left blank.
        CellValue three = CellValue.Count.of(3);
        Report report = CheckedPages.seed()
                .with(CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON), three)
                .with(CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL), three)
                .with(CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON), three)
                .with(CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON), three)
                .with(total, CellValue.blank())
                .with(CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.TOTAL), CellValue.blank())
                .with(unread, new CellValue.Unread(UnreadReason.AMBIGUOUS, Optional.empty()));
        Document page = parse(CheckedPages.page(report, Locale.ENGLISH));
        Element blankCell = cell(page, total);
        assertTrue(blankCell.hasClass("blank-needed") && !blankCell.hasClass("unread"), blankCell::outerHtml);
        assertEquals("∅", blankCell.selectFirst(".mark").text());
        Element unreadCell = cell(page, unread);
        assertTrue(unreadCell.hasClass("unread") && !unreadCell.hasClass("blank-needed"), unreadCell::outerHtml);
        assertEquals("?", unreadCell.selectFirst(".v").text());
        assertEquals("ambiguous", unreadCell.attr("data-unread"));
        assertEquals("not-fully-assessed", page.selectFirst(".verdict").attr("data-verdict"));
        assertEquals("1", page.getElementById("count-unread").text());
        Element listed = page.selectFirst("#unread li");
        assertEquals("#cell-" + unread, listed.selectFirst("a").attr("href"));
        assertTrue(listed.text().contains("the printed numbers admit several readings"), listed::text);
    }

    @Test
    void hostileTextFromTheReportOrItsSourceShowsAsText() {
        String organ = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        Report report = CheckedPages.seed().toBuilder().organName(organ).build();
        PageSource source = PageSource.of("\"><img src=x onerror=alert(3)>.txt").withReading("<b>read</b>")
                .withPositions(java.util.Map.of(CheckedPages.BROKEN_CELL, "\" onmouseover=\"alert(4)"));
        String html = CheckedReportPage.of(Locale.ENGLISH).render(report, CheckedPages.validate(report), source);
        Document page = parse(html);
        assertTrue(page.select("script, img, header b").isEmpty(), html);
        assertEquals("<b>read</b>", page.select("header dd").get(4).text());
        assertEquals(organ, page.select("header dd").get(0).text());
        assertEquals(source.name(), page.select("header dd").get(3).text());
        assertTrue(page.title().startsWith(organ));
        Element td = cell(page, CheckedPages.BROKEN_CELL);
        assertFalse(td.hasAttr("onmouseover"));
        assertEquals("\" onmouseover=\"alert(4)", td.attr("data-source"));
    }

    @Test
    void theSameInputGivesTheSameCharactersToAStringAndToAWriter() throws IOException {
        Report broken = CheckedPages.broken();
        ValidationResult result = CheckedPages.validate(broken);
        CheckedReportPage writer = CheckedReportPage.of(Locale.ENGLISH);
        StringWriter out = new StringWriter();
        writer.render(broken, result, CheckedPages.seedSource(), out);
        assertEquals(writer.render(broken, result, CheckedPages.seedSource()), out.toString());
        assertEquals(out.toString(), writer.render(broken, result, CheckedPages.seedSource()));
    }

    @Test
    void aChineseLocaleGivesTheChinesePageAndAnyOtherTheEnglishOne() {
        assertSame(CheckedReportPage.of(Locale.SIMPLIFIED_CHINESE), CheckedReportPage.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, CheckedReportPage.of(Locale.CHINESE).locale());
        assertEquals(Locale.ENGLISH, CheckedReportPage.of(Locale.GERMANY).locale());
        assertEquals("CheckedReportPage[en]", CheckedReportPage.of(Locale.UK).toString());
        assertThrows(NullPointerException.class, () -> CheckedReportPage.of(null));
        CheckedReportPage page = CheckedReportPage.of(Locale.ENGLISH);
        Report seed = CheckedPages.seed();
        ValidationResult result = ValidationResult.empty();
        PageSource source = PageSource.of("x");
        assertThrows(NullPointerException.class, () -> page.render(null, result, source));
        assertThrows(NullPointerException.class, () -> page.render(seed, null, source));
        assertThrows(NullPointerException.class, () -> page.render(seed, result, null));
        assertThrows(NullPointerException.class, () -> page.render(seed, result, source, null));
    }
}
