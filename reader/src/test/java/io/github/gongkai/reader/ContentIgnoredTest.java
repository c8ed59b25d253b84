package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader does not read is named in a {@link ReadingWarning.Code#CONTENT_IGNORED} warning, with where
 * it starts and ends and how many lines it spans: section text past the characters kept, numbers after table 四
 * when no later heading follows, the text of a section whose heading appears again. Cells are read as before.
 */
class ContentIgnoredTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final String SAMPLE = HostilePages.read(HostilePages.SAMPLE);

    @Test
    void sectionSixPastTheCharactersKeptIsNamedFromWhereToWhere() {
        // Each line added holds its own line number (the sample's last line is 602).
        StringBuilder page = new StringBuilder(SAMPLE);
        int last = 602;
        while (page.length() < SAMPLE.length() + 150_000) {
            last++;
            page.append('\n').append(last);
        }
        ReadResult result = READER.read(page.toString());
        assertSameCells(READER.read(SAMPLE).report(), result.report());
        ReadingWarning w = only(result);
        int first = ((SourcePosition.Line) w.position().orElseThrow()).line();
        String kept = result.report().narrative().otherMatters().orElseThrow();
        // Everything up to the line before the first one ignored is in the narrative, and nothing after.
        assertTrue(kept.endsWith("\n" + (first - 1)), kept.substring(kept.length() - 20));
        assertTrue(kept.length() > 100_000 && kept.length() < 100_020, "the narrative kept: " + kept.length());
        assertTrue(w.message().contains("section 六"), w.message());
        assertTrue(w.message().endsWith((last - first + 1) + " line(s) from here to line " + last + " were not read"),
                w.message());
    }

    @Test
    void numbersAfterTableFourWithNoLaterHeadingAreNamed() {
        String page = SAMPLE.replace("五、存在的主要问题及改进情况", "存在的主要问题及改进情况")
                .replace("六、其他需要报告的事项", "其他需要报告的事项");
        ReadResult result = READER.read(page);
        ReadingWarning w = only(result);
        assertTrue(w.message().contains("numbers follow table 四"), w.message());
        // The first number after the table: 2021年 in section 六's sentence, which now stands in table 四's text.
        assertEquals(SourcePosition.line(597, 1), w.position().orElseThrow());
        // 597 and 602 (2022126日) hold numbers; the organ's name on 600 is only text.
        assertTrue(w.message().endsWith("2 line(s) from here to line 602 were not read"), w.message());
        assertTrue(result.reading().isNotFound(CellRef.parse("S6/informationProcessingFees/noticesIssued")));
    }

    @Test
    void theTextOfASectionWhoseHeadingAppearsAgainIsNamed() {
        String page = SAMPLE + "\n六、其他需要报告的事项\n无。";
        ReadResult result = READER.read(page);
        assertSameCells(READER.read(SAMPLE).report(), result.report());
        assertEquals("无。", result.report().narrative().otherMatters().orElseThrow());
        ReadingWarning w = only(result);
        assertEquals(SourcePosition.line(597, 1), w.position().orElseThrow(), w.toString());
        assertTrue(w.message().contains("section 六 appears again (the last time " + SourcePosition.line(603, 1) + ")"),
                w.message());
        // The text replaced: lines 597, 600 and 602 (the blank lines between are no text).
        assertTrue(w.message().endsWith("3 line(s) from here to line 602 were not read"), w.message());
    }

    @Test
    void aTableOfContentsReplacesNothing() {
        String contents = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
        int at = SAMPLE.indexOf("一、总体情况");
        ReadResult result = READER.read(SAMPLE.substring(0, at) + contents + SAMPLE.substring(at));
        assertEquals(List.of(), result.reading().warnings());
    }

    private static ReadingWarning only(ReadResult result) {
        List<ReadingWarning> found = result.reading().warnings().stream()
                .filter(w -> w.code() == ReadingWarning.Code.CONTENT_IGNORED).toList();
        assertEquals(1, found.size(), result.reading().toString());
        return found.get(0);
    }

    private static void assertSameCells(Report expected, Report actual) {
        for (CellRef ref : CellRef.all(expected.edition())) {
            assertEquals(expected.get(ref), actual.get(ref), ref.toString());
        }
    }
}
