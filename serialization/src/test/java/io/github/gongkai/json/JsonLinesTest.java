package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JsonLines}: streaming corpora, one report per line, bad lines reported by number. */
class JsonLinesTest {

    private static final JsonLines LINES = ReportJson.standard().lines();

    @Test
    void aLineCountsFromOneAndAFailedLineIsTheLineItsErrorNames() {
        Report report = Samples.liangshan2021();
        ReportJsonException error = new ReportJsonException(ReportJsonException.Kind.MALFORMED_JSON, "", "x", null,
                null);
        assertEquals(1, new JsonLines.Parsed(1, report).lineNumber());
        assertEquals(5, new JsonLines.Failed(5, error.atLine(5)).lineNumber());
        assertEquals(5, new JsonLines.Failed(5, error).lineNumber());
        assertEquals("line numbers start at 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new JsonLines.Parsed(0, report)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new JsonLines.Failed(-7, error));
        assertEquals("the error names line 5, not line 4", assertThrows(IllegalArgumentException.class,
                () -> new JsonLines.Failed(4, error.atLine(5))).getMessage());
    }

    @Test
    void writesOneCanonicalCompactLinePerReport() {
        StringWriter out = new StringWriter();
        try (JsonLines.LineWriter writer = ReportJson.builder().pretty(true).build().lines().writer(out)) {
            for (Report report : Samples.all()) {
                writer.write(report);
            }
            assertEquals(Samples.all().size(), writer.count());
        }
        String[] lines = out.toString().split("\n", -1);
        assertEquals(Samples.all().size() + 1, lines.length);
        assertEquals("", lines[lines.length - 1], "every line ends with LF");
        for (int i = 0; i < Samples.all().size(); i++) {
            assertEquals(ReportJson.standard().write(Samples.all().get(i)), lines[i]);
            SchemaCheck.assertValid(lines[i]);
        }
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) {
        Path file = dir.resolve("corpus.jsonl");
        try (JsonLines.LineWriter writer = LINES.writer(file)) {
            Samples.all().forEach(writer::write);
        }
        try (Stream<Report> reports = LINES.readReports(file)) {
            assertEquals(Samples.all(), reports.collect(Collectors.toList()));
        }
        try (Stream<JsonLines.Line> lines = LINES.read(file)) {
            List<JsonLines.Line> all = lines.collect(Collectors.toList());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.stream().map(JsonLines.Line::lineNumber).toList());
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndDoNotStopTheRest() {
        String good = ReportJson.standard().write(Samples.liangshan2021());
        String negative = good.replace("\"decisions\":64", "\"decisions\":-1");
        String input = good + "\n" + negative + "\r\n" + "\n" + "{not json\n" + good + "\r\n" + good;
        List<JsonLines.Line> lines = LINES.read(new StringReader(input)).collect(Collectors.toList());
        assertEquals(6, lines.size());
        assertInstanceOf(JsonLines.Parsed.class, lines.get(0));
        JsonLines.Failed failed = assertInstanceOf(JsonLines.Failed.class, lines.get(1));
        assertEquals(2, failed.lineNumber());
        assertEquals("/T2/licensing/decisions", failed.error().pointer());
        assertEquals(2, failed.error().lineNumber().getAsLong());
        assertTrue(failed.error().getMessage().startsWith("line 2, /T2/licensing/decisions: "));
        JsonLines.Failed empty = assertInstanceOf(JsonLines.Failed.class, lines.get(2));
        assertEquals(ReportJsonException.Kind.MALFORMED_JSON, empty.error().kind());
        assertEquals(3, empty.error().lineNumber().getAsLong());
        JsonLines.Failed syntax = assertInstanceOf(JsonLines.Failed.class, lines.get(3));
        assertEquals(ReportJsonException.Kind.MALFORMED_JSON, syntax.error().kind());
        assertEquals(4, syntax.lineNumber());
        assertEquals(Samples.liangshan2021(), lines.get(4).orElseThrow());
        assertEquals(Samples.liangshan2021(), lines.get(5).orElseThrow(), "last line without LF, CRLF accepted");
        ReportJsonException thrown = assertThrows(ReportJsonException.class, () -> lines.get(1).orElseThrow());
        assertEquals(2, thrown.lineNumber().getAsLong());
    }

    /**
     * Lines with text a report cannot hold (an unpaired surrogate, escaped or raw; a control character in the
     * organ's name) fail alone, located, and the lines after them are read.
     */
    @Test
    void linesWithTextAReportCannotHoldFailAloneAndTheRestAreRead() {
        String good = ReportJson.standard().write(Samples.liangshan2021());
        String escaped = good.replace("凉山州", "凉山州\\ud800");
        String raw = good.replace("\"T4\":{", "\"T4\":{\"\uDC00\":{},");
        String control = good.replace("凉山州", "凉山州\\u0000");
        String input = escaped + "\n" + good + "\n" + raw + "\r\n" + good + "\n" + control + "\n" + good;
        List<JsonLines.Line> lines = LINES.read(new StringReader(input)).collect(Collectors.toList());
        assertEquals(6, lines.size());
        assertFailed(lines.get(0), 1, ReportJsonException.Kind.MALFORMED_JSON, "/header/organName");
        assertFailed(lines.get(2), 3, ReportJsonException.Kind.MALFORMED_JSON, "/T4");
        assertFailed(lines.get(4), 5, ReportJsonException.Kind.INVALID_VALUE, "/header/organName");
        for (int i = 1; i < 6; i += 2) {
            assertEquals(Samples.liangshan2021(), lines.get(i).orElseThrow(), "line " + (i + 1));
        }
    }

    /**
     * Each line carries its own version: a report with an unread cell is a version-2 line among version-1 lines,
     * read back equal; an unread cell on a line declared version 1 fails that line alone, at the cell.
     */
    @Test
    void eachLineHasTheVersionOfItsReport() {
        List<Report> reports = List.of(Samples.liangshan2021(), Samples.unread2021(), Samples.edge2019(),
                Samples.unread2019());
        StringWriter out = new StringWriter();
        try (JsonLines.LineWriter writer = LINES.writer(out)) {
            reports.forEach(writer::write);
        }
        String[] lines = out.toString().split("\n");
        assertEquals(List.of(1, 2, 1, 2), Stream.of(lines).map(l -> l.contains("\"version\":2,") ? 2 : 1).toList());
        for (String line : lines) {
            SchemaCheck.assertValid(line);
        }
        assertEquals(reports, LINES.readReports(new StringReader(out.toString())).toList());
        String wrong = lines[0] + "\n" + lines[1].replace("\"version\":2", "\"version\":1") + "\n" + lines[3] + "\n";
        List<JsonLines.Line> read = LINES.read(new StringReader(wrong)).toList();
        assertEquals(Samples.liangshan2021(), read.get(0).orElseThrow());
        assertFailed(read.get(1), 2, ReportJsonException.Kind.UNSUPPORTED_FORMAT, "/T2/licensing/decisions");
        assertEquals(Samples.unread2019(), read.get(2).orElseThrow());
    }

    private static void assertFailed(JsonLines.Line line, long number, ReportJsonException.Kind kind, String pointer) {
        JsonLines.Failed failed = assertInstanceOf(JsonLines.Failed.class, line);
        assertEquals(number, failed.lineNumber());
        assertEquals(number, failed.error().lineNumber().getAsLong());
        assertEquals(kind, failed.error().kind(), failed.error().getMessage());
        assertEquals(pointer, failed.error().pointer(), failed.error().getMessage());
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(failed.error().getMessage()));
    }

    @Test
    void readReportsStopsAtTheFirstBadLineWhenAskedTo() {
        String good = ReportJson.standard().write(Samples.blank2021());
        AtomicLong seen = new AtomicLong();
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> {
            try (Stream<Report> reports = LINES.readReports(new StringReader(good + "\n" + good + "\n[]\n" + good))) {
                reports.forEach(r -> seen.incrementAndGet());
            }
        });
        assertEquals(2, seen.get());
        assertEquals(3, e.lineNumber().getAsLong());
        assertEquals(ReportJsonException.Kind.WRONG_TYPE, e.kind());
    }

    @Test
    void overlongLineIsRejectedWithoutBeingHeld() {
        ReportJson small = ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxDocumentLength(20_000)).build();
        String good = small.write(Samples.blank2021());
        String huge = "{\"format\":\"" + "x".repeat(1_000_000) + "\"}";
        List<JsonLines.Line> lines = small.lines().read(new StringReader(huge + "\n" + good + "\n"))
                .collect(Collectors.toList());
        assertEquals(2, lines.size());
        JsonLines.Failed failed = assertInstanceOf(JsonLines.Failed.class, lines.get(0));
        assertEquals(ReportJsonException.Kind.LIMIT_EXCEEDED, failed.error().kind());
        assertEquals(1, failed.lineNumber());
        assertEquals(Samples.blank2021(), lines.get(1).orElseThrow());
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() {
        String good = ReportJson.standard().write(Samples.blank2021());
        List<JsonLines.Line> lines = LINES.read(new StringReader("\uFEFF" + good + "\n" + good + "\n"))
                .collect(Collectors.toList());
        assertEquals(Samples.blank2021(), lines.get(0).orElseThrow());
        assertEquals(Samples.blank2021(), lines.get(1).orElseThrow());
    }

    @Test
    void closingTheStreamClosesTheReader() {
        AtomicBoolean closed = new AtomicBoolean();
        StringReader in = new StringReader("") {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        LINES.read(in).close();
        assertTrue(closed.get());
    }

    @Test
    void invalidUtf8InAFileIsAnIoError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        try (Stream<JsonLines.Line> lines = LINES.read(file)) {
            assertThrows(UncheckedIOException.class, () -> lines.forEach(line -> { }));
        }
        assertThrows(UncheckedIOException.class, () -> LINES.read(dir.resolve("missing.jsonl")));
        Files.writeString(file, "", StandardCharsets.UTF_8);
        try (Stream<JsonLines.Line> lines = LINES.read(file)) {
            assertEquals(0, lines.count());
        }
    }

    /**
     * Streams 200 000 reports (about a gigabyte of JSON) from a writer to a reader through a pipe that holds
     * one line at a time: the next line is written only when the reader asks for more characters, so this
     * passes only if reading streams line by line and retains nothing.
     */
    @Test
    @Tag("slow")
    void streamsTwoHundredThousandReportsThroughAPipe() {
        int count = 200_000;
        Report template = Samples.liangshan2021();
        CellRef marked = CellRef.parse("T3/newlyReceived/naturalPerson");
        AtomicLong lastLine = new AtomicLong();
        AtomicLong specials = new AtomicLong();
        long parsed;
        try (Stream<JsonLines.Line> lines = LINES.read(new OneLinePipe(count, i -> i % 1000 == 999
                ? template.with(marked, CellValue.count(i)) : template))) {
            parsed = lines.peek(line -> lastLine.set(line.lineNumber()))
                    .map(JsonLines.Line::orElseThrow)
                    .filter(report -> !report.get(marked).equals(CellValue.count(0)))
                    .peek(report -> specials.incrementAndGet())
                    .count();
        }
        assertEquals(count / 1000, parsed);
        assertEquals(count, lastLine.get());
        assertEquals(count / 1000, specials.get());
    }

    /** A reader whose content a {@link JsonLines.LineWriter} writes one report at a time, on demand. */
    private static final class OneLinePipe extends Reader {
        private final int count;
        private final IntFunction<Report> reports;
        private final StringWriter buffer = new StringWriter();
        private final JsonLines.LineWriter writer = LINES.writer(buffer);
        private String line = "";
        private int position;
        private int written;

        OneLinePipe(int count, IntFunction<Report> reports) {
            this.count = count;
            this.reports = reports;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (position == line.length()) {
                if (written == count) {
                    return -1;
                }
                buffer.getBuffer().setLength(0);
                writer.write(reports.apply(written++));
                line = buffer.toString();
                position = 0;
            }
            int n = Math.min(len, line.length() - position);
            line.getChars(position, position + n, cbuf, off);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
