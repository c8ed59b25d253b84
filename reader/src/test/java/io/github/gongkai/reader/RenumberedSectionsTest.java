package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Some organs print sections of their own first and the prescribed ones after, numbered anew (a Shanghai
 * commission's 2024 report: 一、总体情况 … 六、政府信息公开平台建设, then 一、主动公开政府信息情况, 二、收到和处理…,
 * 三、政府信息公开行政复议、行政诉讼情况, 五、其他需要报告的事项). A section's official title standing alone is its
 * heading whatever its numeral; the same words in a sentence, or other words, are not.
 */
class RenumberedSectionsTest {

    private static final Path SAMPLE = Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt");

    private static String renumbered() throws IOException {
        return Files.readString(SAMPLE)
                .replace("\n二、主动公开政府信息情况\n", "\n二、工作机制保障\n机制健全。\n\n一、主动公开政府信息情况\n")
                .replace("\n三、收到和处理政府信息公开申请情况\n", "\n二、收到和处理政府信息公开申请情况\n")
                .replace("\n四、政府信息公开行政复议、行政诉讼情况\n", "\n三、政府信息公开行政复议、行政诉讼情况\n")
                .replace("\n五、存在的主要问题及改进情况\n", "\n四、存在的主要问题及改进情况\n")
                .replace("\n六、其他需要报告的事项\n", "\n五、其他需要报告的事项\n");
    }

    @Test
    void theSectionsAreFoundByTheirTitles() throws IOException {
        String page = renumbered();
        assertTrue(page.contains("\n三、政府信息公开行政复议、行政诉讼情况\n") && page.contains("\n五、其他需要报告的事项\n"));
        Report expected = ReportReader.standard().read(Files.readString(SAMPLE)).report();
        ReadResult result = ReportReader.standard().read(page);
        assertEquals(expected.cells(), result.report().cells());
        assertEquals(expected.narrative().otherMatters(), result.report().narrative().otherMatters());
        assertTrue(result.reading().notFound().isEmpty(), result.reading()::toString);
    }
}
