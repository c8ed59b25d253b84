package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile pages: each is read or rejected with {@link ReportReadException} and its reason, quickly (the
 * timeout is only a hang guard) and allocating a bounded amount. Pages are made in memory or as sparse
 * files, never committed.
 */
class HostileInputTest {

    private static final Path SAMPLE = Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt");
    private static final ReportReader READER = ReportReader.standard();
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final int FIFTY_MB = 50 << 20;

    // ------------------------------------------------------------------------------------ a 50 MB page

    @Test
    void aFiftyMegabytePageIsRejectedBeforeParsing() {
        String page = "三、收到和处理政府信息公开申请情况\n" + "1".repeat(FIFTY_MB);
        for (SourceFormat format : List.of(SourceFormat.TEXT, SourceFormat.MARKDOWN, SourceFormat.HTML)) {
            ReportReadException e = rejected(() -> READER.read(page, format), 1L << 20);
            assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e.reason(), e.getMessage());
        }
        ReportReadException detected = rejected(() -> READER.read(page), 1L << 20);
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, detected.reason());
    }

    @Test
    void aFiftyMegabyteFileIsRejectedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(FIFTY_MB);
        }
        ReportReadException e = rejected(() -> {
            try {
                return READER.read(file);
            } catch (IOException io) {
                throw new AssertionError(io);
            }
        }, 1L << 20);
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().contains("huge.html"), e.getMessage());
    }

    @Test
    void aFileOfFewerBytesButMoreCharactersThanTheLimitIsRejected(@TempDir Path dir) throws IOException {
        ReportReader small = ReportReader.builder().maxInputLength(1000).build();
        Path file = dir.resolve("page.txt");
        Files.writeString(file, "1".repeat(3000), StandardCharsets.UTF_8);
        ReportReadException e = assertThrows(ReportReadException.class, () -> small.read(file));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e.reason());
    }

    // ------------------------------------------------------------------------ encodings, BOM, NUL

    @Test
    void invalidUtf8ThatIsNoOtherCharsetEitherIsUnreadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("garbage.txt");
        byte[] garbage = new byte[20_000];
        for (int i = 0; i < garbage.length; i += 2) {
            garbage[i] = (byte) 0xC3;
            garbage[i + 1] = '(';
        }
        Files.write(file, garbage);
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(file));
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason(), e.getMessage());
    }

    @Test
    void aPageInGb18030IsReadWithAWarning(@TempDir Path dir) throws IOException {
        String page = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Path file = dir.resolve(SAMPLE.getFileName().toString());
        Files.write(file, page.getBytes(Charset.forName("GB18030")));
        ReadResult gbk = READER.read(file);
        assertEquals(READER.read(SAMPLE).report(), gbk.report());
        assertEquals(ReadingWarning.Code.CHARSET_NOT_UTF8, gbk.reading().warnings().get(0).code());
    }

    @Test
    void aUtf8ByteOrderMarkChangesNothing(@TempDir Path dir) throws IOException {
        byte[] page = Files.readAllBytes(SAMPLE);
        byte[] marked = new byte[page.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(page, 0, marked, 3, page.length);
        Path file = dir.resolve(SAMPLE.getFileName().toString());
        Files.write(file, marked);
        ReadResult plain = READER.read(SAMPLE);
        ReadResult withBom = READER.read(file);
        assertEquals(plain.report(), withBom.report());
        assertEquals(plain.reading(), withBom.reading());
        String text = new String(page, StandardCharsets.UTF_8);
        assertEquals(READER.read(text).report(), READER.read("\uFEFF" + text).report(),
                "a BOM left in a String is ignored too");
    }

    @Test
    void nulBytesAreNotAReportNorACrash() {
        ReportReadException e = rejected(() -> READER.read("\u0000".repeat(1 << 20)), 64L << 20);
        assertEquals(ReportReadException.Reason.NOT_A_REPORT, e.reason());
        for (SourceFormat format : List.of(SourceFormat.TEXT, SourceFormat.MARKDOWN, SourceFormat.HTML)) {
            ReportReadException f = rejected(() -> READER.read("\u0000".repeat(100_000), format), 64L << 20);
            assertEquals(ReportReadException.Reason.NOT_A_REPORT, f.reason());
        }
    }

    @Test
    void nulBytesAreOnlyCharactersNotWhitespace() throws IOException {
        String page = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Report plain = READER.read(page).report();
        Report padded = READER.read(page + "\u0000\u0000\n\u0000").report();
        // After the tables: every cell reads the same (the NULs end up in the narrative's text).
        for (CellRef ref : CellRef.all(plain.edition())) {
            assertEquals(plain.get(ref), padded.get(ref), ref.toString());
        }
        // Before every line: no label is recognised, and the page is rejected, never misread.
        ReportReadException e = rejected(() -> READER.read(page.replace("\n", "\n\u0000")), 64L << 20);
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, e.reason(), e.getMessage());
        assertTrue(e.position().isPresent());
    }

    // ----------------------------------------------------------------------------- deep HTML

    @Test
    void htmlNestedTenThousandDeepDoesNotOverflowTheStack() {
        String divs = "<html><body>" + "<div><span>".repeat(10_000) + "三、收到和处理政府信息公开申请情况"
                + "</span></div>".repeat(10_000) + "</body></html>";
        ReportReadException e = rejected(() -> READER.read(divs, SourceFormat.HTML), 256L << 20);
        assertTrue(e.reason() == ReportReadException.Reason.NOT_A_REPORT
                || e.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE, e.getMessage());
        String tables = "<html><body>" + "<table><tr><td>1".repeat(10_000) + "</td></tr></table>".repeat(10_000)
                + "</body></html>";
        ReportReadException t = rejected(() -> READER.read(tables, SourceFormat.HTML), 256L << 20);
        assertTrue(t.reason() == ReportReadException.Reason.NOT_A_REPORT
                || t.reason() == ReportReadException.Reason.LIMIT_EXCEEDED, t.getMessage());
    }

    @Test
    void hugeSpansAreLimitedNotAllocated() {
        String html = "<table>" + "<tr><td rowspan=\"999999\" colspan=\"999999\">1</td></tr>".repeat(1000) + "</table>";
        ReportReadException e = rejected(() -> READER.read(html, SourceFormat.HTML), 64L << 20);
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.position().isPresent(), "the cell that went over the limit is named");
    }

    // ---------------------------------------------------------------------------------- helpers

    private static ReportReadException rejected(Supplier<?> read, long maxAllocated) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long before = allocated();
            ReportReadException e = assertThrows(ReportReadException.class, read::get);
            long used = allocated() - before;
            assertTrue(used < maxAllocated, "allocated " + used + " bytes");
            return e;
        });
    }

    /**
     * The bytes the current thread has allocated so far, from {@code com.sun.management.ThreadMXBean}
     * (reflectively: the test sources compile in the module, which does not read {@code jdk.management}).
     */
    private static long allocated() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JDK cannot count allocated bytes", e);
        }
    }
}
