package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's prose rules, page to finding, on the reader's corpus: each report as printed agrees with its section
 * 一, and a copy with one figure of a sentence changed gets the finding that names both figures, the clause and
 * the cells.
 */
class ProseAgainstTablesTest {

    private static final Path CORPUS = Path.of("../reader/src/test/resources/corpus");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "005_pingtan_2022.txt | 收到政府信息公开申请75件 | 收到政府信息公开申请0条"
                + " | TEXT.APPLICATIONS_RECEIVED.1 0 74 全区收到政府信息公开申请0条 [T3/newlyReceived/total, T3/carriedOver/total]",
        "005_pingtan_2022.txt | 行政诉讼案件1件 | 行政诉讼案件2件"
                + " | TEXT.LAWSUITS.1 2 1 全区政府信息公开工作方面共有行政诉讼案件2件 [T4/litigationWithoutReview/total, T4/litigationAfterReview/total]",
        "000_5f5cda31151d78ea.txt | 行政复议0件次 | 行政复议3件次"
                + " | TEXT.REVIEWS.1 3 0 行政复议3件次 [T4/administrativeReview/total]",
        "002_shanghai_office_2025.md | 共受理政府信息公开申请 1295 件 | 共受理政府信息公开申请 1300 件"
                + " | TEXT.APPLICATIONS_RECEIVED.1 1300 1295 市政府共受理政府信息公开申请1300 件"
                + " [T3/newlyReceived/total, T3/carriedOver/total]",
    })
    void aChangedSentenceIsFoundAndTheReportAsPrintedAgrees(String file, String printed, String changed,
            String finding) throws IOException {
        String page = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
        assertEquals(List.of(), proseFindings(Files.writeString(dir.resolve(file), page)));
        Path copy = Files.writeString(dir.resolve("changed-" + file), page.replace(printed, changed));
        assertEquals(List.of(finding), proseFindings(copy));
    }

    /** The TEXT findings of a page: rule, expected, actual, clause and cells. */
    private static List<String> proseFindings(Path page) {
        Run run = GongkaiCliTest.run("check", "--format", "json", page.toString());
        JsonNode report = FindingsJson.MAPPER.readTree(run.out()).get(0);
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asString().startsWith("TEXT.")) {
                List<String> cells = new ArrayList<>();
                f.get("cells").forEach(c -> cells.add(c.get("cell").asString()));
                out.add(f.get("rule").asString() + " " + f.get("expected").asString() + " " + f.get("actual").asString()
                        + " " + f.get("subjectLabel").asString() + " " + cells);
            }
        }
        return out;
    }
}
