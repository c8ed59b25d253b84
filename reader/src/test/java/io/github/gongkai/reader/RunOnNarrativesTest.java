package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.GluedPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Narrative in run-on text (a web page copied as one line, the corpus's Pingtan reports): a line holds the end of
 * one section's narrative, the next section's heading and the start of its narrative, or several headings. Each
 * section's narrative is all the text between its title and the next heading, not cut at the line's first number
 * or last heading.
 */
class RunOnNarrativesTest {

    private static final ReportReader READER = ReportReader.standard();

    private static String corpus(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/corpus").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theNarrativeBeforeAHeadingInTheSameLineIsKept() throws IOException {
        Narrative n = READER.read(corpus("005_pingtan_2022.txt")).report().narrative();
        String overview = n.overview().orElseThrow();
        assertTrue(overview.startsWith("2022年,平潭综合实验区坚持"), overview);
        // The last sentence before 二、主动公开政府信息情况 on the same line, once cut at its year: "……制度。2022".
        assertTrue(overview.endsWith("未发生相关责任人责任追究问题情况,未出现违反有关法律规定、造成不良影响或者严重后果的情况。"),
                overview);
        String problems = n.problemsAndImprovements().orElseThrow();
        assertTrue(problems.contains("2023年") && problems.endsWith("多种解读方式提高解读效果。"), problems);
        assertEquals("2022年,无收取信息处理费情况。", n.otherMatters().orElseThrow());
    }

    @Test
    void aSectionWhoseNarrativeHasNoNumberIsKeptWhole() throws IOException {
        Narrative n = READER.read(corpus("009_pingtan_2019.txt")).report().narrative();
        assertTrue(n.overview().orElseThrow().endsWith("开展互动活动42场次,多方面、多角度宣传工作亮点、成效。"));
        assertTrue(n.problemsAndImprovements().orElseThrow().endsWith("完善工作考核办法等相关政府信息公开制度规定。"));
        assertEquals("无其他需要报告的事项", n.otherMatters().orElseThrow());
    }

    @Test
    void generatedRunOnPagesReadBackTheirNarrative() {
        long[] seeds = GluedRoundTripTest.caseSeeds();
        for (int i = 0; i < 200; i++) {
            long seed = seeds[i];
            Report report = GluedRoundTripTest.generate(seed).report();
            String page = GluedPages.render(report, GluedRoundTripTest.styleSeed(seed)).text();
            Narrative read = READER.read(page, SourceFormat.TEXT).report().narrative();
            assertEquals(report.narrative().overview().orElse("本机关……。"), read.overview().orElse(""), page);
            assertEquals(report.narrative().problemsAndImprovements().orElse("一是……。"),
                    read.problemsAndImprovements().orElse(""), page);
        }
    }
}
