package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineReader}: LF and CRLF line ends, a last line without one, and lines over the limit. */
class LineReaderTest {

    private static List<String> lines(String text, long maxLength) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), maxLength)) {
            for (String line = reader.next(); line != null; line = reader.next()) {
                lines.add(reader.wasOverlong() ? "<overlong>" : line);
            }
        }
        return lines;
    }

    @Test
    void lineEndsAreLfOrCrlf() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines("a\r\nb\n\r\nc", 10));
        assertEquals(List.of("a\rb", "\r"), lines("a\rb\n\r\r\n", 10), "only a CR before the LF is a line end");
        assertEquals(List.of(), lines("", 10));
        assertEquals(List.of(""), lines("\n", 10));
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() throws IOException {
        assertEquals(List.of("abcde", "<overlong>", "xy"), lines("abcde\nabcdef\nxy\n", 5));
    }

    @Test
    void theLimitExcludesTheLineEndAndTheByteOrderMark() throws IOException {
        assertEquals(List.of("abcde", "<overlong>", "xy"), lines("abcde\r\nabcdef\r\nxy\r\n", 5),
                "a CR before the LF does not count");
        assertEquals(List.of("abcde", "<overlong>"), lines("\uFEFFabcde\nabcdef", 5), "nor does a BOM");
        assertEquals(List.of("<overlong>"), lines("\uFEFFabcdef\r\n", 5));
        assertEquals(List.of("abcde", "xy"), lines("\uFEFFabcde\r\nxy", 5), "nor both together");
        assertEquals(List.of("abcd\r", "ok"), lines("abcd\r\r\nok", 5), "only the last CR is a line end");
    }

    @Test
    void anOverlongLineIsEmptyAndTheNextIsWhole() throws IOException {
        String longLine = "x".repeat(20_000);
        try (LineReader reader = new LineReader(new StringReader(longLine + "\r\n" + "ok\r\n"), 10_000)) {
            assertEquals("", reader.next());
            assertTrue(reader.wasOverlong());
            assertEquals("ok", reader.next());
            assertFalse(reader.wasOverlong());
            assertNull(reader.next());
        }
    }

    @Test
    void aLineJustOverTheLimitIsEmptyToo() throws IOException {
        try (LineReader reader = new LineReader(new StringReader("abcdef\nabcde\n"), 5)) {
            assertEquals("", reader.next());
            assertTrue(reader.wasOverlong());
            assertEquals("abcde", reader.next());
            assertFalse(reader.wasOverlong());
        }
    }

    @Test
    void aLongLineUnderTheLimitSpansBuffers() throws IOException {
        String longLine = "y".repeat(20_000);
        assertEquals(List.of(longLine, "z"), lines(longLine + "\nz", 20_000));
    }
}
