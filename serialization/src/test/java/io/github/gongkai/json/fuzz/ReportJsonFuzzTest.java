package io.github.gongkai.json.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
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
 * document that reads to the same report, through an encoder that reports errors too, and holds an organ's
 * name without control characters.
 */
class ReportJsonFuzzTest {

    /** Small limits so that the fuzzer reaches them often; the defaults are checked in the hostile tests. */
    private static final ReportJson JSON = ReportJson.builder()
            .limits(ReportJson.Limits.defaults().withMaxDocumentLength(64 << 10))
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
        // Writing cannot fail on any text a report holds, even through an encoder that reports errors, as a
        // file's writer does (a lone surrogate once made it throw in the middle of the output).
        try (Writer strict = new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8
                .newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            JSON.write(report, strict);
        } catch (IOException e) {
            throw new AssertionError("a report's text could not be encoded", e);
        }
        assertEquals(report, JSON.read(JSON.writeBytes(report)), "the UTF-8 bytes read back the same");
        String organ = report.header().organName();
        assertTrue(organ.chars().noneMatch(Character::isISOControl), "an organ's name is one line of text");
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
