package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --html} and {@code batch --html} run in-process: the files they write and their messages. */
class HtmlPagesCliTest {

    @TempDir
    Path dir;

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void checkWritesTheCheckedPageOfABrokenReportWithItsCulpritAndWherePrinted() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path page = dir.resolve("checked.html");
        Run run = run("check", "--lang", "zh", broken.toString(), "--html", page.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(page.toString()), run.err());
        Document html = parse(page);
        assertEquals("zh-CN", html.selectFirst("html").attr("lang"));
        assertEquals("not-valid", html.selectFirst(".verdict").attr("data-verdict"));
        Element culprit = html.getElementById("cell-T3/newlyReceived/naturalPerson");
        assertNotNull(culprit);
        assertTrue(culprit.hasClass("culprit"), culprit::outerHtml);
        assertEquals("5", culprit.selectFirst(".v").text());
        assertTrue(culprit.selectFirst(".fix").text().startsWith("→ 0"), culprit::outerHtml);
        assertTrue(culprit.attr("data-source").matches("第 \\d+ 行"), culprit::outerHtml);
        assertEquals(broken.toString(), html.select("header dd").get(3).text());
    }

    @Test
    void checkRefusesAPageForSeveralReportsAndStandardOutput() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path broken = Fixtures.broken(dir);
        Path page = dir.resolve("checked.html");
        Run several = run("check", "--lang", "en", sample.toString(), broken.toString(), "--html", page.toString());
        assertTrue(several.err().contains("a page holds one report, but 2 files were given"), several.err());
        assertTrue(several.err().contains("gongkai batch --html"), several.err());
        assertFalse(Files.exists(page));
        Run standard = run("check", "--lang", "en", sample.toString(), "--html", "-");
        assertTrue(standard.err().contains("--html -: standard output carries the findings"), standard.err());
    }

    @Test
    void batchWritesAnIndexAndOnePagePerReportAndNamesTheUnreadable() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Fixtures.sample(inputs);
        Fixtures.broken(inputs);
        Fixtures.unreadable(inputs);
        Path out = dir.resolve("out");
        Run run = run("batch", "--lang", "en", "--progress", "none", inputs.toString(), "--html", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.out().contains("pages: " + out.resolve("index.html")), run.out());
        Document index = parse(out.resolve("index.html"));
        assertEquals(3, index.select("#reports tbody tr").size());
        List<String> links = index.select("#reports tbody a").eachAttr("href");
        assertEquals(2, links.size());
        for (String link : links) {
            assertTrue(link.startsWith("pages/") && Files.isRegularFile(out.resolve(link)), link);
        }
        assertEquals("1", index.selectFirst("#verdict-counts tr[data-verdict=unreadable] td").text());
        assertEquals("1", index.selectFirst("#verdict-counts tr[data-verdict=not-valid] td").text());
        assertEquals(1, index.select("#unreadable li").size());
        try (Stream<Path> pages = Files.list(out.resolve("pages"))) {
            List<String> names = pages.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names::toString);
            assertTrue(names.stream().allMatch(n -> n.matches("\\d{4}-[^/]+\\.html")), names::toString);
        }
        // Identical tables under two names are no finding here, but the same organ and year twice is.
        assertEquals(1, index.select("#same-organ-year li").size());
    }

    @Test
    void batchRefusesAFolderThatHoldsAnInput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path sample = Fixtures.sample(Files.createDirectories(out.resolve("pages")));
        Run run = run("batch", "--lang", "en", "--progress", "none", sample.toString(), "--html", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("is inside this folder, where pages would replace it"), run.err());
        assertTrue(Files.exists(sample));
    }

    @Test
    void batchRefusesAFileForTheFolder() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run run = run("batch", "--lang", "en", "--progress", "none", sample.toString(), "--html", file.toString());
        assertTrue(run.err().contains("is not a folder"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aPageFileNameKeepsLettersAndDigitsOfAnyScript() {
        assertEquals("凉山州_2021_报告_", HtmlPages.stem("/a/b/凉山州 2021(报告).html"));
        assertEquals("report", HtmlPages.stem("dir/"));
        assertEquals("_profile", HtmlPages.stem("dir/.profile"));
        assertEquals("x_y", HtmlPages.stem("c:\\in\\x y.pdf"));
        assertEquals("a".repeat(60), HtmlPages.stem("a".repeat(80) + ".txt"));
        assertEquals("reports", HtmlPages.stem("reports.jsonl:3")); // the page's number tells the lines apart
    }

    @Test
    void batchWritesItsSummaryAsJsonWhenAsked() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("json-in"));
        Fixtures.sample(inputs);
        Fixtures.broken(inputs);
        Fixtures.unreadable(inputs);
        Run run = run("batch", "--lang", "en", "--progress", "none", "--format", "json", inputs.toString());
        assertEquals(2, run.exit(), run.err());
        tools.jackson.databind.JsonNode summary = FindingsJson.MAPPER.readTree(run.out());
        assertEquals(2, summary.get("reportsRead").asInt());
        assertEquals(1, summary.get("valid").asInt());
        assertEquals(1, summary.get("notValid").asInt());
        assertEquals(1, summary.get("unreadable").asInt());
        assertEquals(1, summary.get("perRule").get("T3.ROW_TOTAL.1").get("failed").asInt());
        assertEquals(1, summary.get("notValidInputs").size());
        assertTrue(summary.get("notValidInputs").get(0).asString().endsWith("liangshan-2021-broken.txt"));
        assertEquals(1, summary.get("unreadableInputs").size());
        assertTrue(summary.get("crossReport").isArray());
        assertFalse(summary.has("baseline"));
    }
}
