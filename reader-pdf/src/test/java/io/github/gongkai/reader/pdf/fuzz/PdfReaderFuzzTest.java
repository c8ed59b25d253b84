package io.github.gongkai.reader.pdf.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.pdf.PdfDocumentReader;
import io.github.gongkai.reader.spi.DocumentLimits;
import java.time.Duration;

/**
 * Coverage-guided fuzzing of the PDF reader. In a normal build ({@code ./mvnw verify}) the target replays its
 * seeds in {@code src/test/resources/io/github/gongkai/reader/pdf/fuzz/PdfReaderFuzzTestInputs/readPdf/} (the
 * corpus PDF, a truncated copy, a page with a line and no text); with {@code JAZZER_FUZZ=1} it fuzzes (see
 * FUZZING.md at the root of the repository).
 *
 * <p>The contract checked: any bytes, laid out by {@link PdfDocumentReader} and read, either give a result or
 * throw {@link ReportReadException} with a reason; nothing else escapes (no PDFBox exception, no
 * {@link StackOverflowError}), and the time limit holds.
 */
class PdfReaderFuzzTest {

    private static final ReportReader READER = ReportReader.builder()
            .documentLimits(new DocumentLimits(20, 64L << 20, 1_000_000, Duration.ofSeconds(5))).build();
    private static final PdfDocumentReader PDF = new PdfDocumentReader();

    /** Far above the time limit given; only a read that ignores the limit reaches it. */
    private static final long MAX_NANOS = 20_000_000_000L;

    @FuzzTest(maxDuration = "30s")
    void readPdf(byte[] input) {
        long start = System.nanoTime();
        try {
            assertNotNull(PDF.read(input, SourceFormat.PDF,
                    new DocumentLimits(20, 64L << 20, 1_000_000, Duration.ofSeconds(5))));
            ReadResult result = READER.read(input);
            assertNotNull(result.report());
        } catch (ReportReadException e) {
            assertNotNull(e.reason());
        }
        assertTrue(System.nanoTime() - start < MAX_NANOS, "read within the time limit");
    }
}
