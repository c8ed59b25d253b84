package io.github.gongkai.reader.word.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import io.github.gongkai.reader.word.WordDocumentReader;

/**
 * Coverage-guided fuzzing of the Word reader, a target per format. In a normal build ({@code ./mvnw test}) each
 * target replays its seed corpus in
 * {@code src/test/resources/io/github/gongkai/reader/word/fuzz/WordDocumentReaderFuzzTestInputs/<target>/} (a
 * small generated report as {@code .docx}, the {@code .doc} fixture); with {@code JAZZER_FUZZ=1} one target fuzzes
 * (see FUZZING.md at the root of the repository).
 *
 * <p>The contract checked: laying out any bytes either gives a document or throws {@link ReportReadException}
 * with a reason; nothing of POI escapes, and no input takes long.
 */
class WordDocumentReaderFuzzTest {

    private static final WordDocumentReader READER = new WordDocumentReader();
    /** Smaller than the defaults, so that fuzzing finds the limits' edges. */
    private static final DocumentLimits LIMITS = new DocumentLimits(200, 16L << 20, 1_000_000,
            java.time.Duration.ofSeconds(5));
    private static final long MAX_NANOS = 10_000_000_000L;

    /** Bytes as a Word package (the reader hands over a ZIP with {@code word/} entries). */
    @FuzzTest(maxDuration = "30s")
    void readDocx(byte[] input) {
        read(input, SourceFormat.DOCX);
    }

    /** Bytes as a compound file (the reader hands over any OLE2 file). */
    @FuzzTest(maxDuration = "30s")
    void readDoc(byte[] input) {
        read(input, SourceFormat.DOC);
    }

    private static void read(byte[] input, SourceFormat format) {
        long start = System.nanoTime();
        try {
            LaidOutDocument document = READER.read(input, format, LIMITS);
            assertNotNull(document.blocks());
        } catch (ReportReadException e) {
            assertNotNull(e.reason());
            assertNotNull(e.getMessage());
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed < MAX_NANOS, () -> "laying out " + input.length + " bytes as " + format + " took "
                + elapsed / 1_000_000 + " ms");
    }
}
