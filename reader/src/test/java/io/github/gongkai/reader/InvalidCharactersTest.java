package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Characters no text may hold never reach the model: an unpaired surrogate (in the page's {@code String}, or
 * from an HTML character reference such as {@code &#xD800;}) becomes U+FFFD with an
 * {@link ReadingWarning.Code#UNPAIRED_SURROGATE} warning naming the first; control characters (C0, DEL, C1)
 * are removed from the organ name and the source address with a
 * {@link ReadingWarning.Code#CONTROL_CHARACTERS_REMOVED} warning. Cells read as without them.
 */
class InvalidCharactersTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String ORGAN = "凉山州经济和信息化局";

    @Test
    void anUnpairedSurrogateInATextPageBecomesAReplacementCharacterWithAWarning() throws IOException {
        String page = Files.readString(CORPUS.resolve("000_5f5cda31151d78ea.txt"), StandardCharsets.UTF_8);
        String title = ORGAN + "2021年政府信息公开工作年度报告";
        assertTrue(page.contains("\n" + title + "\n"));
        for (String lone : List.of("\uD800", "\uDC00", "\uDBFF")) {
            String damaged = page.replace(title, "凉山州" + lone + "经济和信息化局2021年政府信息公开工作年度报告")
                    .replace("(五)监督保障", "(五)监督" + lone + "保障");
            ReadResult result = READER.read(damaged);
            assertEquals("凉山州\uFFFD经济和信息化局", result.report().header().organName());
            ReadingWarning w = only(result, ReadingWarning.Code.UNPAIRED_SURROGATE);
            assertEquals(SourcePosition.line(3, 4), w.position().orElseThrow(), w.toString());
            assertTrue(w.message().startsWith("2 unpaired surrogate(s)"), "both are counted: " + w.message());
            assertTrue(result.report().narrative().overview().orElseThrow().contains("(五)监督\uFFFD保障"));
            assertNoUnpairedSurrogate(result);
            assertSameCells(READER.read(page).report(), result.report());
        }
    }

    @Test
    void aSurrogatePairIsKeptAndAPairBrokenByTheLineEndIsNot() throws IOException {
        String page = Files.readString(CORPUS.resolve("000_5f5cda31151d78ea.txt"), StandardCharsets.UTF_8);
        String paired = page.replace("(五)监督保障", "(五)监督\uD83D\uDE00保障");
        ReadResult ok = READER.read(paired);
        assertTrue(ok.report().narrative().overview().orElseThrow().contains("监督\uD83D\uDE00保障"));
        assertTrue(ok.reading().warnings().isEmpty(), ok.reading().toString());
        ReadResult reversed = READER.read(page.replace("(五)监督保障", "(五)监督\uDE00\uD83D保障"));
        assertTrue(reversed.report().narrative().overview().orElseThrow().contains("监督\uFFFD\uFFFD保障"));
        assertTrue(only(reversed, ReadingWarning.Code.UNPAIRED_SURROGATE).message().startsWith("2 unpaired surrogate(s)"));
        ReadResult atEnd = READER.read(page + "\uD83D");
        only(atEnd, ReadingWarning.Code.UNPAIRED_SURROGATE);
        assertNoUnpairedSurrogate(atEnd);
    }

    @Test
    void anUnpairedSurrogateInAMarkdownPage() throws IOException {
        String page = Files.readString(CORPUS.resolve("002_shanghai_office_2025.md"), StandardCharsets.UTF_8);
        String damaged = page.replace("上海市人民政府办公厅政府信息公开", "上海市人民政府\uDFFF办公厅政府信息公开");
        ReadResult result = READER.read(damaged, SourceFormat.MARKDOWN);
        assertEquals("上海市人民政府\uFFFD办公厅", result.report().header().organName());
        ReadingWarning w = only(result, ReadingWarning.Code.UNPAIRED_SURROGATE);
        assertEquals(SourcePosition.line(2, 14), w.position().orElseThrow());
        assertNoUnpairedSurrogate(result);
        assertSameCells(READER.read(page, SourceFormat.MARKDOWN).report(), result.report());
    }

    @Test
    void htmlCharacterReferencesToSurrogatesAreReplacementCharactersAsWhatwgSays() throws IOException {
        String page = Files.readString(FIXTURES.resolve("html_2021_rowspan.html"), StandardCharsets.UTF_8);
        String organ = "某某县人民政府办公室";
        // In the title, in a heading, in a table cell; hex, decimal with leading zeros, no semicolon; a pair
        // written as two references is two errors, not one character (WHATWG: each is a surrogate).
        String damaged = page.replace("<title>" + organ, "<title>某某县&#xD800;人民政府办公室")
                .replace("<h1>" + organ, "<h1>某某县&#00056320;人民政府办公室")
                .replace("全年收到申请160件", "全年收到&#xd83d;&#xDE00;申请160件&#XDBFF");
        ReadResult result = READER.read(damaged);
        assertEquals(SourceFormat.HTML, result.reading().format());
        assertEquals("某某县\uFFFD人民政府办公室", result.report().header().organName());
        assertTrue(result.report().narrative().overview().orElseThrow().contains("全年收到\uFFFD\uFFFD申请160件\uFFFD"),
                result.report().narrative().overview().orElseThrow());
        ReadingWarning w = only(result, ReadingWarning.Code.UNPAIRED_SURROGATE);
        assertEquals(SourcePosition.line(2, 45), w.position().orElseThrow(), w.toString());
        assertTrue(w.message().startsWith("5 unpaired surrogate(s)"), w.message());
        assertNoUnpairedSurrogate(result);
        assertSameCells(READER.read(page).report(), result.report());
        // A reference to a character beyond the BMP is one valid character, not two surrogates.
        ReadResult emoji = READER.read(page.replace("全年收到申请160件", "全年收到&#x1F600;申请160件"));
        assertTrue(emoji.report().narrative().overview().orElseThrow().contains("收到\uD83D\uDE00申请"));
        assertFalse(emoji.reading().warnings().stream().anyMatch(x -> x.code() == ReadingWarning.Code.UNPAIRED_SURROGATE));
    }

    @Test
    void aRawUnpairedSurrogateInAnHtmlString() throws IOException {
        String page = Files.readString(FIXTURES.resolve("html_2021_rowspan.html"), StandardCharsets.UTF_8);
        ReadResult result = READER.read(page.replace("<title>某某县", "<title>某某县\uDC01"));
        assertEquals("某某县\uFFFD人民政府办公室", result.report().header().organName());
        only(result, ReadingWarning.Code.UNPAIRED_SURROGATE);
        assertNoUnpairedSurrogate(result);
    }

    @Test
    void controlCharactersAreRemovedFromTheOrganNameAndTheSourceWithAWarning() throws IOException {
        String page = Files.readString(CORPUS.resolve("005_pingtan_2022.txt"), StandardCharsets.UTF_8);
        Report plain = READER.read(page).report();
        for (String control : List.of("\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F")) {
            String damaged = page.replace("平潭综合实验区2022年", "平潭综合" + control + "实验区2022年")
                    .replace("https://www.pingtan.gov.cn/zwgk/", "https://www.pingtan.gov.cn/" + control + "zwgk/");
            ReadResult result = READER.read(damaged);
            String name = String.format("U+%04X", (int) control.charAt(0));
            assertEquals("平潭综合实验区", result.report().header().organName(), name);
            assertEquals(plain.header().source(), result.report().header().source(), name);
            List<ReadingWarning> removed = result.reading().warnings().stream()
                    .filter(w -> w.code() == ReadingWarning.Code.CONTROL_CHARACTERS_REMOVED).toList();
            assertEquals(2, removed.size(), name + ": " + result.reading());
            assertTrue(removed.get(0).position().isPresent(), "the title's line is named");
            assertSameCells(plain, result.report());
        }
    }

    @Test
    void controlCharactersInANarrativeAreRemovedFromIt() throws IOException {
        String page = Files.readString(CORPUS.resolve("005_pingtan_2022.txt"), StandardCharsets.UTF_8);
        ReadResult plain = READER.read(page);
        String overview = plain.report().narrative().overview().orElseThrow();
        assertTrue(overview.contains("一是压实工作责任"), overview);
        for (String control : List.of("\u0000", "\u0001", "\u000B", "\u000C", "\u007F", "\u0085", "\u009F")) {
            String name = String.format("U+%04X", (int) control.charAt(0));
            ReadResult result = READER.read(page.replace("一是压实工作责任", "一是压实" + control + "工作责任"));
            assertEquals(overview, result.report().narrative().overview().orElseThrow(), name);
            assertSameCells(plain.report(), result.report());
        }
        // The tab, line feed and carriage return a narrative may hold are kept.
        ReadResult tab = READER.read(page.replace("一是压实工作责任", "一是压实\t工作责任"));
        assertTrue(tab.report().narrative().overview().orElseThrow().contains("一是压实\t工作责任"));
    }

    @Test
    void anOrganNameOfNothingButControlCharactersIsUnknown() throws IOException {
        String page = Files.readString(CORPUS.resolve("005_pingtan_2022.txt"), StandardCharsets.UTF_8);
        ReadResult result = READER.read(page.replace("平潭综合实验区2022年", "\u0001\u0002\u00072022年"));
        assertTrue(result.report().header().organName().chars().noneMatch(Character::isISOControl));
    }

    @Test
    void aFileNameWithControlCharactersGivesACleanSource(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("page\u0001.txt");
        Files.writeString(file, Files.readString(CORPUS.resolve("000_5f5cda31151d78ea.txt"), StandardCharsets.UTF_8));
        ReadResult result = READER.read(file);
        assertEquals("page.txt", result.report().header().source().orElseThrow());
    }

    // ---------------------------------------------------------------------------------- helpers

    private static ReadingWarning only(ReadResult result, ReadingWarning.Code code) {
        List<ReadingWarning> found = result.reading().warnings().stream().filter(w -> w.code() == code).toList();
        assertEquals(1, found.size(), result.reading().toString());
        return found.get(0);
    }

    private static void assertSameCells(Report expected, Report actual) {
        for (CellRef ref : CellRef.all(expected.edition())) {
            assertEquals(expected.get(ref), actual.get(ref), ref.toString());
        }
    }

    /** Nothing the result holds (model, provenance, messages) has an unpaired surrogate. */
    private static void assertNoUnpairedSurrogate(ReadResult result) {
        for (String s : List.of(result.report().toString(), result.reading().toString(),
                String.valueOf(result.reading().cellsRead()), String.valueOf(result.reading().blankCells()))) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new AssertionError("unpaired surrogate at " + i + " of " + s);
                }
            }
        }
    }
}
