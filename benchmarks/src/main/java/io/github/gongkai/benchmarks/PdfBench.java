package io.github.gongkai.benchmarks;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PDF reader: a real 5-page report exported by WPS (the corpus's {@code 202_hongze_district_2024.pdf}) read to
 * a report, against PDFBox's own {@link PDFTextStripper} extracting the same file's text (load included in both).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PdfBench {

    private ReportReader reader;
    private byte[] pdf;

    /** Loads the file and checks that it reads. */
    @Setup
    public void setUp() {
        reader = ReportReader.standard();
        pdf = Fixtures.bytes("202_hongze_district_2024.pdf");
        if (reader.read(pdf).report().header().reportYear() != 2024) {
            throw new IllegalStateException("the PDF did not read");
        }
    }

    /**
     * The PDF to a report.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult read() {
        return reader.read(pdf);
    }

    /**
     * Baseline: PDFBox loads the same file and extracts its text with {@link PDFTextStripper}.
     *
     * @return the text
     * @throws IOException never, for this file
     */
    @Benchmark
    public String textStripperBaseline() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
