package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ReportJson}: exact round trips, canonical bytes, every input and output kind. */
class ReportJsonTest {

    private static final ReportJson COMPACT = ReportJson.standard();
    private static final ReportJson PRETTY = ReportJson.builder().pretty(true).build();

    static Stream<Report> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripIsExactAndByteIdentical(Report report) {
        for (ReportJson json : List.of(COMPACT, PRETTY)) {
            String written = json.write(report);
            SchemaCheck.assertValid(written);
            Report read = json.read(written);
            assertEquals(report, read);
            assertEquals(written, json.write(read));
            assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), json.writeBytes(read));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void compactAndPrettyFormsReadAlike(Report report) {
        assertEquals(COMPACT.read(PRETTY.write(report)), PRETTY.read(COMPACT.write(report)));
    }

    @Test
    void compactFormHasNoWhitespaceAndCanonicalOrder() {
        String json = COMPACT.write(Samples.liangshan2021());
        assertTrue(json.startsWith("{\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\",\"header\":"
                + "{\"organName\":\"凉山州经济和信息化局\",\"reportYear\":2021,\"publicationDate\":\"2022-01-26\"},"
                + "\"T2\":{\"rules\":{\"issued\":0,\"repealed\":0,\"inForce\":0},"), json);
        assertTrue(json.contains("\"normativeDocuments\":{\"issued\":0,\"repealed\":0,\"inForce\":1}"));
        assertTrue(json.contains("\"licensing\":{\"decisions\":64}"));
        assertTrue(json.contains("\"administrativeFees\":{\"amount\":\"0\"}}"));
        assertTrue(json.contains("\"withheld.stateSecret\":{\"naturalPerson\":0,"));
        assertTrue(json.endsWith("\"S6\":{\"informationProcessingFees\":{\"noticesIssued\":0,\"amountNoticed\":\"0\","
                + "\"amountCollected\":\"0\"}},\"narrative\":{}}"), json);
        assertFalse(json.contains("\n") || json.contains(": "));
    }

    @Test
    void prettyFormIsIndentedByTwoSpacesAndEndsWithALineFeed() {
        String json = PRETTY.write(Samples.liangshan2021());
        assertTrue(json.startsWith("{\n  \"format\": \"gongkai.report\",\n  \"version\": 1,\n"), json);
        assertTrue(json.contains("\n  \"T3\": {\n    \"newlyReceived\": {\n      \"naturalPerson\": 0,\n"));
        assertTrue(json.endsWith("\n  \"narrative\": {}\n}\n"), json);
    }

    @Test
    void cellValuesAreWrittenDistinctly() {
        String json = COMPACT.write(Samples.amounts2021());
        assertTrue(json.contains("\"administrativeFees\":{\"amount\":\"0.00\"}"), "scale kept");
        assertTrue(json.contains("\"amountNoticed\":\"5000万元\""), "unit other than the column's written");
        assertTrue(json.contains("\"amountCollected\":\"1200.000\""), "column's own unit implied");
        assertTrue(json.contains("\"noticesIssued\":{\"na\":\"无\"}"), "not-applicable mark kept");
        assertTrue(json.contains("\"newlyReceived\":{\"naturalPerson\":null,"), "blank is null, not 0");
        assertTrue(json.contains("\"source\":\"file:///reports/2022/某县.pdf\""), "slashes and CJK unescaped");
        assertTrue(json.contains("\"narrative\":{\"overview\":\"总体\",\"problemsAndImprovements\":\"问题\","
                + "\"otherMatters\":\"其他\"}"));
        String y = COMPACT.write(Samples.yuanInTenThousandColumn());
        assertTrue(y.contains("\"amount\":\"3500.5元\""));
        assertEquals(new CellValue.Amount(new BigDecimal("3500.5"), AmountUnit.YUAN),
                COMPACT.read(y).get(CellRef.parse("T2/administrativeFees/amount")));
    }

    @Test
    void edition2019HasSignedChangesAndNoS6() {
        Report report = Samples.edge2019();
        String json = COMPACT.write(report);
        assertTrue(json.contains("\"edition\":\"2019\""));
        assertFalse(json.contains("\"S6\""));
        assertTrue(json.contains("\"punishment\":{\"previousYearItems\":"));
        assertTrue(json.contains("\"change\":-3,"));
        assertTrue(json.contains("\"change\":" + Long.MIN_VALUE));
        assertTrue(json.contains("\"projects\":" + Long.MAX_VALUE));
        assertTrue(json.contains("\"totalAmount\":\"123456789012345678901234.123456789012345678元\""));
        assertTrue(json.contains("\"otherDisposal\":{"));
        assertFalse(json.contains("otherDisposal."));
        Report read = COMPACT.read(json);
        assertEquals(Edition.V2019, read.edition());
        assertEquals(report, read);
    }

    @Test
    void amountsKeepExactValueAndScale() {
        Report read = COMPACT.read(COMPACT.write(Samples.amounts2021()));
        CellValue.Amount zero = (CellValue.Amount) read.get(CellRef.parse("T2/administrativeFees/amount"));
        assertEquals("0.00", zero.value().toPlainString());
        assertEquals(2, zero.value().scale());
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, zero.unit());
        CellValue.Amount collected = (CellValue.Amount) read.get(
                CellRef.parse("S6/informationProcessingFees/amountCollected"));
        assertEquals(new BigDecimal("1200.000"), collected.value());
        assertEquals(AmountUnit.YUAN, collected.unit());
    }

    @Test
    void membersMayComeInAnyOrder() {
        String json = COMPACT.write(Samples.amounts2021());
        // Move the edition, format and version to the end, after the tables.
        String head = "\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\",";
        assertTrue(json.contains(head));
        String reordered = json.replace(head, "").replaceFirst("}$", "," + head.substring(0, head.length() - 1) + "}");
        assertEquals(Samples.amounts2021(), COMPACT.read(reordered));
    }

    @Test
    void readsAndWritesEveryKindOfSourceAndTarget(@TempDir Path dir) {
        Report report = Samples.edge2019();
        String text = COMPACT.write(report);
        byte[] bytes = COMPACT.writeBytes(report);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COMPACT.write(report, out);
        assertArrayEquals(bytes, out.toByteArray());
        StringWriter writer = new StringWriter();
        COMPACT.write(report, writer);
        assertEquals(text, writer.toString());
        Path file = dir.resolve("report.json");
        COMPACT.write(report, file);
        assertArrayEquals(bytes, readAll(file));

        assertEquals(report, COMPACT.read(text));
        assertEquals(report, COMPACT.read(bytes));
        assertEquals(report, COMPACT.read(new ByteArrayInputStream(bytes)));
        assertEquals(report, COMPACT.read(new StringReader(text)));
        assertEquals(report, COMPACT.read(file));
    }

    /**
     * The model holds no unpaired surrogate, so no write method can meet text that UTF-8 cannot encode: not
     * through an encoder that reports errors (as {@code Files.newBufferedWriter} does), not in the middle of the
     * output. Astral CJK characters, byte order marks, U+FFFD, the line and paragraph separators and U+10FFFF
     * are written as they are and read back unchanged, by every method.
     */
    @Test
    void everyWriteMethodWritesAnyTextTheModelCanHoldThroughAStrictEncoder(@TempDir Path dir) throws IOException {
        String text = "𠀀\uFEFF\uFFFD\u2028\u2029\uDBFF\uDFFF凉山州";
        Report report = Samples.edge2019().toBuilder().organName(text).source("https://例子.cn/" + text)
                .narrative(Narrative.of(text + "\r\n\t" + text, text, "😀"))
                .set(CellRef.parse("T2/rules/newlyMade"), CellValue.notApplicable("𠀀\uFEFF"))
                .build();
        assertThrows(IllegalArgumentException.class, () -> report.toBuilder().organName("\uD800").build(),
                "the model cannot hold what the writers could not write");
        for (ReportJson json : List.of(COMPACT, PRETTY)) {
            String written = json.write(report);
            byte[] utf8 = written.getBytes(StandardCharsets.UTF_8);
            assertEquals(report, json.read(written));
            assertArrayEquals(utf8, json.writeBytes(report));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            json.write(report, stream);
            assertArrayEquals(utf8, stream.toByteArray());
            ByteArrayOutputStream strict = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(strict, StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                json.write(report, writer);
            }
            assertArrayEquals(utf8, strict.toByteArray());
            Path file = dir.resolve("report.json");
            json.write(report, file);
            assertArrayEquals(utf8, readAll(file));
            assertEquals(report, json.read(file));
            try (Writer writer = Files.newBufferedWriter(dir.resolve("strict.json"), StandardCharsets.UTF_8)) {
                json.write(report, writer);
            }
            assertEquals(report, json.read(dir.resolve("strict.json")));
        }
        JsonLines lines = COMPACT.lines();
        Path file = dir.resolve("reports.jsonl");
        try (JsonLines.LineWriter out = lines.writer(file)) {
            out.write(report).write(report);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (JsonLines.LineWriter out = lines.writer(stream)) {
            out.write(report).write(report);
        }
        ByteArrayOutputStream strict = new ByteArrayOutputStream();
        try (JsonLines.LineWriter out = lines.writer(new OutputStreamWriter(strict, StandardCharsets.UTF_8
                .newEncoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            out.write(report).write(report);
        }
        byte[] expected = (COMPACT.write(report) + "\n" + COMPACT.write(report) + "\n").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, readAll(file));
        assertArrayEquals(expected, stream.toByteArray());
        assertArrayEquals(expected, strict.toByteArray());
        try (Stream<Report> read = lines.readReports(file)) {
            assertEquals(List.of(report, report), read.toList());
        }
    }

    @Test
    void streamsPassedInAreNotClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        byte[] bytes = COMPACT.writeBytes(Samples.blank2021());
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        COMPACT.read(in);
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        COMPACT.write(Samples.blank2021(), out);
        assertFalse(closed.get());
    }

    @Test
    void ioFailuresAreUncheckedIoExceptions(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> COMPACT.read(dir.resolve("missing.json")));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> COMPACT.read(failing));
        assertEquals("disk on fire", e.getCause().getMessage());
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("full");
            }
        };
        assertThrows(UncheckedIOException.class, () -> COMPACT.write(Samples.liangshan2021(), broken));
    }

    /**
     * A source that fails after the parser has started (not while it detects the encoding, as above) is still
     * an I/O error, not malformed content: the stream and the reader give half a document, then throw.
     */
    @Test
    void aSourceFailingInTheMiddleOfTheDocumentIsAnIoError() {
        byte[] bytes = COMPACT.writeBytes(Samples.liangshan2021());
        InputStream stream = new SequenceInputStream(new ByteArrayInputStream(bytes, 0, bytes.length / 2),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("network down");
                    }
                });
        UncheckedIOException fromStream = assertThrows(UncheckedIOException.class, () -> COMPACT.read(stream));
        assertEquals("network down", fromStream.getCause().getMessage());

        String text = COMPACT.write(Samples.liangshan2021());
        Reader reader = new StringReader(text.substring(0, text.length() / 2)) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = super.read(cbuf, off, len);
                if (n < 0) {
                    throw new IOException("network down");
                }
                return n;
            }
        };
        UncheckedIOException fromReader = assertThrows(UncheckedIOException.class, () -> COMPACT.read(reader));
        assertEquals("network down", fromReader.getCause().getMessage());
    }

    @Test
    void settingsAreKeptAndShared() {
        assertSame(ReportJson.standard(), ReportJson.standard());
        assertFalse(COMPACT.isPretty());
        assertTrue(PRETTY.isPretty());
        assertEquals(ReportJson.Limits.defaults(), COMPACT.limits());
        ReportJson.Limits small = ReportJson.Limits.defaults().withMaxDocumentLength(100);
        ReportJson custom = PRETTY.toBuilder().limits(small).build();
        assertTrue(custom.isPretty());
        assertEquals(small, custom.limits());
        assertTrue(custom.toString().contains("pretty"));
    }

    @Test
    void schemaIsShippedAndNamesTheFormat() {
        String schema = ReportJson.schema();
        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(schema.contains("\"const\": \"" + ReportJson.FORMAT + "\""));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
