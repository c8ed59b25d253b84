package io.github.gongkai.examples;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a report published as a PDF (the bundled 淮安市洪泽区人民政府 2024 report, exported by WPS): the same
 * {@link ReportReader} reads it, once {@code gongkai-reader-pdf} is on the path, and every cell's position is
 * its page and box, for a tool to highlight. A file that is not read says why, by reason.
 */
public final class ReadPdfExample {

    private ReadPdfExample() {
    }

    /**
     * Reads and validates the bundled PDF, and shows where one cell was printed.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ReadResult result;
        try {
            result = ReportReader.standard().read(samplePdf()); // the format is told by the content: %PDF-
        } catch (ReportReadException e) {
            // NO_TEXT_LAYER (a scan), PASSWORD_PROTECTED, UNSUPPORTED_FORMAT (a spreadsheet, an image ...), ...
            System.out.println("not read: " + e.reason() + ": " + e.getMessage());
            return;
        }
        Report report = result.report();
        System.out.println(report.header().organName() + " " + report.header().reportYear() + ", "
                + result.reading().summary());
        CellRef received = CellRef.parse("T3/newlyReceived/total");
        SourcePosition.PageArea at = (SourcePosition.PageArea) result.provenance(received).orElseThrow().position();
        System.out.println(received.describe(report.edition()) + " = " + report.get(received) + ", printed on page "
                + at.page() + " in the box " + at);
        System.out.println("校验 / validation: "
                + (ReportValidator.standard().validate(report).isValid() ? "valid" : "NOT valid"));
    }

    /** Returns the bytes of the bundled PDF. */
    static byte[] samplePdf() {
        try (InputStream in = ReadPdfExample.class.getResourceAsStream("/hongze-2024.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
