package io.github.gongkai.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.internal.Decoding;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the page reader, one target per format. In a normal build
 * ({@code ./mvnw verify}) each target replays its seed corpus in
 * {@code src/test/resources/io/github/gongkai/reader/fuzz/ReportReaderFuzzTestInputs/<target>/}; with
 * {@code JAZZER_FUZZ=1} one target fuzzes (see FUZZING.md at the root of the repository).
 *
 * <p>The contract checked: reading any page either returns a result or throws
 * {@link ReportReadException} with a reason; nothing else escapes (no other runtime exception, no
 * {@link StackOverflowError}, no out-of-memory), and no page takes long.
 */
class ReportReaderFuzzTest {

    private static final ReportReader READER = ReportReader.standard();

    /** Far above what any page of the corpus takes; only an input that makes the reader hang reaches it. */
    private static final long MAX_NANOS = 10_000_000_000L;

    /** Flattened text, decoded from bytes as {@code ReportReader.read(Path)} decodes a file. */
    @FuzzTest(maxDuration = "30s")
    void readText(byte[] input) {
        Decoding.Decoded decoded = Decoding.decode(input);
        if (decoded.unreadable()) {
            return;
        }
        read(decoded.text(), SourceFormat.TEXT);
    }

    /** HTML, through jsoup. */
    @FuzzTest(maxDuration = "30s")
    void readHtml(byte[] input) {
        read(new String(input, StandardCharsets.UTF_8), SourceFormat.HTML);
    }

    /** Markdown pipe tables, as PDF converters write them. */
    @FuzzTest(maxDuration = "30s")
    void readMarkdown(byte[] input) {
        read(new String(input, StandardCharsets.UTF_8), SourceFormat.MARKDOWN);
    }

    private static void read(String page, SourceFormat format) {
        long start = System.nanoTime();
        try {
            ReadResult result = READER.read(page, format);
            assertNotNull(result.report());
            assertNotNull(result.reading());
        } catch (ReportReadException e) {
            assertNotNull(e.reason());
            assertNotNull(e.getMessage());
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed < MAX_NANOS, () -> "reading a page of " + page.length() + " characters as " + format
                + " took " + elapsed / 1_000_000 + " ms");
    }
}
