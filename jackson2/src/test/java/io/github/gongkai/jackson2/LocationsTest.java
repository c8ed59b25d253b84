package io.github.gongkai.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.TokenStreamLocation;

/**
 * An error is located where the offending value stands in the mapper's input, on the line and column that
 * {@code ReportJson} names when it reads the same input itself (as the Jackson 3 module does), though the module
 * hands {@code ReportJson} a copy of the report's tokens.
 */
class LocationsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new GongkaiJackson2Module()).build();
    private static final String PRETTY = ReportJson.builder().pretty(true).build().write(Samples.liangshan2021());

    record Batch(String name, List<Report> reports) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a wrong value deep in the report | `"decisions": 64`        | `"decisions": -64`
            an unknown member                | `"format"`               | `"extra": 1, "format"`
            a member after Chinese text      | `信息化局",`                 | `信息化局", "extra": 1,`
            a missing member                 | `"issued": 0,`           | ``
            a string not well-formed         | 凉山州经济和信息化局          | \\ud800
            a comment the mapper refuses     | `"format"`               | `/* a comment */ "format"`
            two values without a comma       | `"decisions": 64`        | `"decisions": 64 64`
            """)
    void anErrorIsOnTheLineAndColumnReportJsonNames(String what, String from, String to) {
        assertTrue(PRETTY.contains(from), from);
        String body = PRETTY.replace(from, to);
        TokenStreamLocation expected = assertThrows(ReportJsonException.class, () -> ReportJson.standard().read(body))
                .getLocation();
        assertTrue(expected.getLineNr() > 1, what + " is located on a line of its own: " + expected);
        JsonLocation text = failure(body, Report.class).getLocation();
        assertEquals(List.of(expected.getLineNr(), expected.getColumnNr()), List.of(text.getLineNr(),
                text.getColumnNr()), what);
        assertEquals(expected.getCharOffset(), text.getCharOffset(), what);
        // From bytes, as a web framework reads a body, Jackson counts the column in bytes, both Jacksons alike.
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        TokenStreamLocation expectedInBytes = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(utf8)).getLocation();
        JsonLocation bytes = failure(utf8, Report.class).getLocation();
        assertEquals(List.of(expectedInBytes.getLineNr(), expectedInBytes.getColumnNr(),
                expectedInBytes.getByteOffset()), List.of(bytes.getLineNr(), bytes.getColumnNr(),
                bytes.getByteOffset()), what);
        // Inside a document, from the document's first line: the report starts on the second.
        JsonLocation inBatch = failure("{\"name\":\"x\",\"reports\":[\n" + body + "]}", Batch.class).getLocation();
        assertEquals(List.of(expected.getLineNr() + 1, expected.getColumnNr()), List.of(inBatch.getLineNr(),
                inBatch.getColumnNr()), what);
    }

    @Test
    void aReportThatIsNotAnObjectIsWhereItStarts() {
        JsonLocation at = failure("{\"name\":\"x\",\"reports\":[\n  [2]]}", Batch.class).getLocation();
        assertEquals(List.of(2, 3), List.of(at.getLineNr(), at.getColumnNr()));
    }

    private static InvalidReportJsonException failure(Object json, Class<?> type) {
        return assertThrows(InvalidReportJsonException.class, () -> {
            if (json instanceof String text) {
                MAPPER.readValue(text, type);
            } else {
                MAPPER.readValue((byte[]) json, type);
            }
        });
    }
}
