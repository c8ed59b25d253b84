package io.github.gongkai.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the JSON reader. In a normal build ({@code ./mvnw verify}) this replays the
 * seed corpus in {@code src/test/resources/io/github/gongkai/json/fuzz/ReportJsonFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md at the root of the repository).
 *
 * <p>The contract checked: reading any bytes either returns a report or throws
 * {@link ReportJsonException} with a kind and a JSON pointer; nothing else escapes (no other runtime
 * exception, no {@link StackOverflowError}, no out-of-memory), and a report that was read writes back to a
 * document that reads to the same report.
 */
class ReportJsonFuzzTest {

    /** Small limits so that the fuzzer reaches them often; the defaults are checked in the hostile tests. */
    private static final ReportJson JSON = ReportJson.builder()
            .limits(ReportJson.Limits.DEFAULT.withMaxDocumentLength(64 << 10))
            .build();

    @FuzzTest(maxDuration = "30s")
    void readDocument(byte[] input) {
        readLines(input);
        Report report;
        try {
            report = JSON.read(input);
        } catch (ReportJsonException e) {
            assertNotNull(e.kind());
            assertNotNull(e.pointer());
            assertNotNull(e.getMessage());
            return;
        }
        String written = JSON.write(report);
        assertEquals(report, JSON.read(written), "a report read must read back the same after writing");
        assertEquals(written, JSON.write(JSON.read(written)), "writing is canonical");
    }

    /** The same bytes as JSON Lines: every line is a report or a failure naming its line. */
    private static void readLines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try (Stream<JsonLines.Line> lines = JSON.lines().read(new StringReader(text))) {
            long expected = 0;
            for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
                expected++;
                assertEquals(expected, line.lineNumber());
                if (line instanceof JsonLines.Failed failed) {
                    assertEquals(expected, failed.error().lineNumber().orElseThrow());
                    assertNotNull(failed.error().kind());
                }
            }
        }
    }
}
