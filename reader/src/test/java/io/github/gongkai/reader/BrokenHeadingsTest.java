package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testkit.GluedPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A section heading broken over two lines or paragraphs (a PDF's narrow column, a Word paragraph with a line
 * break: {@code 二、主动公开政} / {@code 府信息情况}; a line of run-on text that ends inside one) starts its section as
 * the whole heading does: the page reads the same report, cell for cell and narrative for narrative, wherever the
 * heading of table 二, table 四, section 五 or section 六 is broken.
 */
class BrokenHeadingsTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final List<String> HEADINGS = List.of("二、主动公开政府信息情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项");

    static Stream<Arguments> pages() {
        return Stream.of(Arguments.of("corpus/000_5f5cda31151d78ea.txt", "\n"),
                Arguments.of("corpus/002_shanghai_office_2025.md", "\n"),
                Arguments.of("fixtures/text_2019.txt", "\n"),
                Arguments.of("fixtures/markdown_split_2021.md", "\n\n"),
                Arguments.of("fixtures/html_2021_rowspan.html", "</p><p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aHeadingBrokenAnywhereStartsItsSectionAsAWholeOneDoes(String name, String lineBreak) throws IOException {
        String page = Files.readString(Path.of("src/test/resources").resolve(name), StandardCharsets.UTF_8);
        ReadResult whole = READER.read(page);
        int broken = 0;
        for (String heading : HEADINGS) {
            if (!page.contains(heading)) {
                continue;
            }
            // From just after 二、 to just before the last character: every place a line may wrap.
            for (int at = 2; at < heading.length(); at++) {
                String copy = page.replace(heading, heading.substring(0, at) + lineBreak + heading.substring(at));
                ReadResult read = READER.read(copy);
                String where = heading.substring(0, at) + " / " + heading.substring(at);
                assertEquals(whole.report(), read.report(), where);
                assertEquals(withoutPositions(whole), withoutPositions(read), where);
                broken++;
            }
        }
        assertTrue(broken >= 30, "headings broken: " + broken);
    }

    @Test
    void generatedReportsOfBothEditionsReadTheSameWithEveryHeadingBrokenSomewhere() {
        long[] seeds = GluedRoundTripTest.caseSeeds();
        int broken = 0;
        for (int i = 0; i < 200; i++) {
            long seed = seeds[i];
            SplittableRandom random = new SplittableRandom(seed);
            String page = GluedPages.renderSpaced(GluedRoundTripTest.generate(seed).report()).text();
            String copy = page;
            for (String heading : HEADINGS) {
                int at = copy.indexOf(heading);
                if (at >= 0) {
                    int cut = at + 2 + random.nextInt(heading.length() - 2);
                    copy = copy.substring(0, cut) + "\n" + copy.substring(cut);
                    broken++;
                }
            }
            ReadResult whole = READER.read(page, SourceFormat.TEXT);
            ReadResult read = READER.read(copy, SourceFormat.TEXT);
            assertEquals(whole.report(), read.report(), copy);
            assertEquals(withoutPositions(whole), withoutPositions(read), copy);
        }
        assertTrue(broken >= 800, "headings broken: " + broken);
    }

    /** The warnings' details and arguments, without line numbers: the break moves what follows it a line down. */
    private static List<List<Object>> withoutPositions(ReadResult result) {
        return result.reading().warnings().stream().map(w -> List.<Object>of(w.detail(), w.arguments().stream()
                .map(a -> a.replaceAll("line \\d+", "line ?")).toList())).toList();
    }

    @Test
    void aListItemOfALaterSectionThatReadsLikeAnEarlierHeadingIsNarrative() throws IOException {
        // Section 五 lists its problems; an item broken over two lines reads like table 四's heading broken so.
        String page = Files.readString(Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt"),
                StandardCharsets.UTF_8);
        String heading = "五、存在的主要问题及改进情况\n";
        assertTrue(page.contains(heading));
        String listed = page.replace(heading, heading + "四、政府信息公开行政\n复议案件办理有待规范。\n");
        ReadResult whole = READER.read(page);
        ReadResult read = READER.read(listed);
        assertEquals(whole.report().cells(), read.report().cells());
        String problems = read.report().narrative().problemsAndImprovements().orElseThrow();
        assertTrue(problems.contains("四、政府信息公开行政") && problems.contains("复议案件办理有待规范"), problems);
    }
}
