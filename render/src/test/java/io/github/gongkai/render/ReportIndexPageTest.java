package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ReportIndexPageTest {

    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    /**
     * A batch: the seed (2021), the broken copy under another organ's name for 2019 and 2021 (2020 missing),
     * the seed again under another file name (same organ and year, identical tables), an organ named with
     * markup, and a file that could not be read.
     */
    static List<IndexEntry> batch() {
        Report seed = CheckedPages.seed();
        Report broken = CheckedPages.broken().toBuilder().organName("某县人民政府").build();
        Report hostile = seed.toBuilder().organName(HOSTILE).reportYear(2020).build();
        List<IndexEntry> entries = new ArrayList<>();
        entries.add(IndexEntry.checked("a/seed.txt", "pages/0001.html", seed, CheckedPages.validate(seed)));
        entries.add(IndexEntry.checked("b/county-2021.txt", "pages/0002.html", broken,
                CheckedPages.validate(broken)));
        Report earlier = broken.toBuilder().reportYear(2019).build();
        entries.add(IndexEntry.checked("b/county-2019.txt", null, earlier, CheckedPages.validate(earlier)));
        entries.add(IndexEntry.checked("c/copy.txt", "pages/0004.html", seed, CheckedPages.validate(seed)));
        entries.add(IndexEntry.checked(HOSTILE + ".txt", "pages/0005.html", hostile, CheckedPages.validate(hostile)));
        entries.add(IndexEntry.unreadable("d/scan.pdf", "the PDF has no text layer (" + HOSTILE + ")"));
        return entries;
    }

    private static Document page(Locale locale) {
        return Jsoup.parse(ReportIndexPage.of(locale).render(batch()));
    }

    @Test
    void countsTheInputsByVerdict() {
        Document page = page(Locale.ENGLISH);
        assertEquals("3", count(page, "valid"));
        assertEquals("2", count(page, "not-valid"));
        assertEquals("1", count(page, "unreadable"));
        assertEquals("0", count(page, "not-fully-assessed"));
    }

    private static String count(Document page, String verdict) {
        return page.selectFirst("#verdict-counts tr[data-verdict=" + verdict + "] td").text();
    }

    @Test
    void listsOneRowPerInputWithItsCountsAndALinkToItsPage() {
        Document page = page(Locale.ENGLISH);
        Elements rows = page.select("#reports tbody tr");
        assertEquals(6, rows.size());
        Element broken = rows.get(1);
        assertEquals(List.of("b/county-2021.txt", "某县人民政府", "2021", "2021", "not valid", "2", "0", "0", "0"),
                texts(broken.select("td")));
        assertEquals("pages/0002.html", broken.selectFirst("a").attr("href"));
        assertNull(rows.get(2).selectFirst("a"), "no page was written for it");
        assertEquals(List.of("d/scan.pdf", "", "", "", "unreadable", "", "", "", ""), texts(rows.get(5).select("td")));
        assertEquals("6", page.getElementById("shown").text());
        assertEquals(9, page.select("#reports thead th[aria-sort=none] button").size());
        assertEquals("number", page.select("#reports thead th").get(2).attr("data-type"));
    }

    /** Every element's text, empty ones too (jsoup's eachText leaves them out). */
    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void namesTheUnreadableFilesWithWhy() {
        Element item = page(Locale.ENGLISH).selectFirst("#unreadable li");
        assertEquals("d/scan.pdf: the PDF has no text layer (" + HOSTILE + ")", item.text());
    }

    @Test
    void findsTheSameOrganAndYearTwiceAndIdenticalTablesUnderTwoNames() {
        Document page = page(Locale.ENGLISH);
        Elements sameOrganYear = page.select("#same-organ-year li");
        assertEquals(1, sameOrganYear.size());
        assertTrue(sameOrganYear.text().contains("a/seed.txt") && sameOrganYear.text().contains("c/copy.txt"));
        // The seed, its copy and the hostile-named seed hold the same tables; the broken copies hold other ones,
        // identical to each other.
        Elements sameTables = page.select("#same-tables li");
        assertEquals(2, sameTables.size());
        assertEquals(3, sameTables.get(0).select("code").size());
        assertEquals(List.of("b/county-2021.txt", "b/county-2019.txt"), sameTables.get(1).select("code").eachText());
    }

    @Test
    void theCoverageGridShowsOrgansByYearsAndTheMissingYears() {
        Document page = page(Locale.ENGLISH);
        assertEquals(List.of("Organ", "2019", "2020", "2021"), page.select("#coverage-grid thead th").eachText());
        Element county = page.select("#coverage-grid tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("某县人民政府")).findFirst().orElseThrow();
        assertEquals(List.of("not valid", "missing", "not valid"), county.select("td").eachText());
        assertTrue(county.select("td").get(1).hasClass("missing"));
        Element liangshan = page.select("#coverage-grid tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("凉山州经济和信息化局")).findFirst().orElseThrow();
        assertEquals("2", liangshan.select("td").get(2).attr("data-reports"));
    }

    @Test
    void hostileNamesShowAsTextAndTheOnlyScriptIsThePagesOwn() {
        String html = ReportIndexPage.of(Locale.ENGLISH).render(batch());
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script").size());
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.selectFirst("script").data().startsWith("(function(){'use strict';"));
        assertNotNull(page.select("#reports td").stream().filter(td -> td.text().equals(HOSTILE)).findFirst()
                .orElse(null));
        assertTrue(page.select("#coverage-grid th").eachText().contains(HOSTILE));
    }

    @Test
    void isInTheLanguageOfThePageAndTheSameToAStringAndAWriter() throws IOException {
        Document zh = page(Locale.SIMPLIFIED_CHINESE);
        assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
        assertEquals("报告检查结果", zh.title());
        assertEquals("不通过", zh.select("#reports tbody tr").get(1).selectFirst("td.verdict").text());
        assertEquals("缺", zh.selectFirst("#coverage-grid td.missing").text());
        StringWriter out = new StringWriter();
        ReportIndexPage.of(Locale.ENGLISH).render(batch(), out);
        assertEquals(ReportIndexPage.of(Locale.ENGLISH).render(batch()), out.toString());
        assertEquals("ReportIndexPage[zh-CN]", ReportIndexPage.of(Locale.CHINA).toString());
        assertEquals(Locale.ENGLISH, ReportIndexPage.of(Locale.FRANCE).locale());
    }

    @Test
    void anEmptyBatchSaysSo() {
        Document page = Jsoup.parse(ReportIndexPage.of(Locale.ENGLISH).render(List.of()));
        assertEquals("0", page.getElementById("shown").text());
        assertEquals("No report was read.", page.selectFirst("#coverage p").text());
        assertEquals("No duplicates.", page.selectFirst("#duplicates p").text());
        assertEquals("Every file was read.", page.selectFirst("#unreadable p").text());
        assertThrows(NullPointerException.class, () -> ReportIndexPage.of(Locale.ENGLISH).render(null));
    }
}
