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
import io.github.gongkai.core.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
        assertEquals(ReportJson.Limits.DEFAULT, COMPACT.limits());
        ReportJson.Limits small = ReportJson.Limits.DEFAULT.withMaxDocumentLength(100);
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
