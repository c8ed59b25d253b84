package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A page holding two reports is refused with {@link ReportReadException.Reason#MULTIPLE_REPORTS}, naming where
 * the second begins, instead of being read as one report with the second's rows dropped as duplicates; a
 * page holding one report never is (every page of the corpus and the fixtures, a table of contents).
 */
class MultipleReportsTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(CORPUS.resolve("000_5f5cda31151d78ea.txt"), CORPUS.resolve("000_5f5cda31151d78ea.txt")),
                Arguments.of(CORPUS.resolve("000_5f5cda31151d78ea.txt"), CORPUS.resolve("005_pingtan_2022.txt")),
                Arguments.of(CORPUS.resolve("005_pingtan_2022.txt"), CORPUS.resolve("009_pingtan_2019.txt")),
                Arguments.of(CORPUS.resolve("002_shanghai_office_2025.md"), CORPUS.resolve("002_shanghai_office_2025.md")),
                Arguments.of(FIXTURES.resolve("text_2019.txt"), FIXTURES.resolve("glued_2021.txt")),
                Arguments.of(FIXTURES.resolve("markdown_split_2021.md"), CORPUS.resolve("002_shanghai_office_2025.md")));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("pairs")
    void twoReportsInOnePageAreRefusedNamingWhereTheSecondBegins(Path first, Path second) throws Exception {
        String a = Files.readString(first);
        String b = Files.readString(second);
        String page = a + "\n" + b;
        // The second report's section 一: after the first's lines (and the empty one if it ended with a line break).
        int heading = (int) a.lines().count() + (a.endsWith("\n") ? 1 : 0) + firstHeadingLine(b);
        SourceFormat format = page.contains("|---|") ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
        for (ReportReadException e : List.of(assertThrows(ReportReadException.class, () -> READER.read(page, format)),
                assertThrows(ReportReadException.class, () -> READER.read(page)))) {
            assertEquals(ReportReadException.Reason.MULTIPLE_REPORTS, e.reason(), e.getMessage());
            SourcePosition.Line at = (SourcePosition.Line) e.position().orElseThrow();
            assertEquals(heading, at.line(), e.getMessage());
            assertEquals("六", e.arguments().get(1), "the section after which sections began again: " + e.getMessage());
        }
    }

    @Test
    void twoHtmlReportsInOnePageAreRefused() throws Exception {
        String html = Files.readString(FIXTURES.resolve("html_2021_rowspan.html"));
        String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>"));
        String page = html.replace("</body>", body + "</body>");
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(page));
        assertEquals(ReportReadException.Reason.MULTIPLE_REPORTS, e.reason(), e.getMessage());
        assertTrue(e.position().orElseThrow() instanceof SourcePosition.Block, e.getMessage());
    }

    @Test
    void aTableOfContentsBeforeOrAfterTheReportIsNoSecondReport() throws Exception {
        String sample = Files.readString(CORPUS.resolve("000_5f5cda31151d78ea.txt"));
        String contents = "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
        int at = sample.indexOf("一、总体情况");
        ReadResult before = READER.read(sample.substring(0, at) + contents + sample.substring(at));
        assertTrue(before.reading().isComplete(), before.reading().toString());
        ReadResult after = READER.read(sample + "\n" + contents);
        assertTrue(after.reading().isComplete(), after.reading().toString());
    }

    @Test
    void aSecondReportsHeadingsWithoutItsTableThreeAreNoSecondReport() throws Exception {
        // Related links under a page, say: headings, no table 三 rows after them.
        String sample = Files.readString(CORPUS.resolve("000_5f5cda31151d78ea.txt"));
        ReadResult result = READER.read(sample + "\n一、总体情况\n二、主动公开政府信息情况\n");
        assertTrue(result.reading().isComplete(), result.reading().toString());
    }

    /** The line, from 1, of a page's first heading 一、总体情况 (in run-on text, amid other text). */
    private static int firstHeadingLine(String page) {
        List<String> lines = page.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("一、总体情况")) {
                return i + 1;
            }
        }
        throw new AssertionError("no heading");
    }
}
