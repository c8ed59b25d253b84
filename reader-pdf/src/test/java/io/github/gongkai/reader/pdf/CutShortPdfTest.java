package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A PDF cut short, as a download or a copy that stopped leaves it (no {@code %%EOF} at its end), is refused as
 * cut short when what is left cannot be laid out (not as a scan or a font problem) or holds no report; what is left
 * that reads has a remark that the file was cut. A whole PDF has no such remark; a PDF without a page is damaged.
 */
class CutShortPdfTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final Path PDF = Path.of("src/test/resources/corpus/202_hongze_district_2024.pdf");

    @Test
    void aPdfCutToItsFirstKilobyteIsNamedCutShort() throws IOException {
        byte[] cut = Arrays.copyOf(Files.readAllBytes(PDF), 1000);
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(cut));
        assertEquals(ReportReadException.Detail.PDF_CUT_SHORT, e.detail(), e::toString);
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason());
        assertTrue(e.getMessage().startsWith("UNREADABLE_INPUT: the PDF is cut short (it does not end with %%EOF"),
                e.getMessage());
        assertTrue(e.message(Locale.CHINESE).startsWith("该 PDF 不完整"), e.message(Locale.CHINESE));
    }

    @Test
    void whereverItIsCutItFailsAsCutShortOrReadsWithARemarkThatItIsCut() throws IOException {
        byte[] whole = Files.readAllBytes(PDF);
        assertEquals(201, READER.read(whole).reading().cellsRead().size(), "the whole file reads");
        int layout = 0;
        int noReport = 0;
        int read = 0;
        for (int length = 2_000; length < whole.length; length += whole.length / 12) {
            byte[] cut = Arrays.copyOf(whole, length);
            try {
                ReadResult result = READER.read(cut);
                // What was read may lack what the missing end held: the first warning says the file was cut.
                ReadingWarning first = result.reading().warnings().get(0);
                assertEquals(ReadingWarning.Detail.PDF_CUT_SHORT, first.detail(), length + ": " + first);
                assertEquals(ReadingWarning.Code.DOCUMENT_REMARK, first.code());
                read++;
            } catch (ReportReadException e) {
                // Whether the layout failed or the pages laid out hold no report, the error says the file was cut.
                assertEquals(ReportReadException.Detail.PDF_CUT_SHORT, e.detail(), length + ": " + e);
                assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason());
                ReportReadException cause = (ReportReadException) e.getCause();
                boolean interpreted = cause.reason() == ReportReadException.Reason.NOT_A_REPORT
                        || cause.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE;
                if (interpreted) {
                    assertTrue(e.message(Locale.CHINESE).startsWith("该 PDF 不完整")
                            && e.message(Locale.CHINESE).endsWith(cause.message(Locale.CHINESE)),
                            e.message(Locale.CHINESE));
                    noReport++;
                } else {
                    layout++;
                }
            }
        }
        assertTrue(layout > 0, "some cut fails in the layout");
        assertTrue(noReport > 0, "some cut lays out and holds no report or no table 三");
        assertTrue(read > 0, "some cut reads");
        assertEquals(12, layout + noReport + read);
    }

    @Test
    void aWholePdfHasNoRemarkThatItIsCut() throws IOException {
        ReadResult whole = READER.read(PDF);
        assertTrue(whole.reading().warnings().stream().noneMatch(w -> w.detail() == ReadingWarning.Detail.PDF_CUT_SHORT),
                whole.reading().warnings()::toString);
        byte[] spaced = Arrays.copyOf(Files.readAllBytes(PDF), (int) Files.size(PDF) + 200);
        Arrays.fill(spaced, (int) Files.size(PDF), spaced.length, (byte) ' ');
        assertTrue(READER.read(spaced).reading().warnings().stream()
                .noneMatch(w -> w.detail() == ReadingWarning.Detail.PDF_CUT_SHORT), "white space after %%EOF");
    }

    @Test
    void aWholePdfWithSomethingElseAfterItHasNoRemarkThatItIsCut() throws IOException {
        // A server's error page or padding appended to a download: kilobytes of no PDF after the %%EOF.
        byte[] page = ("<html><body>" + "<p>下载失败，请重试</p>".repeat(400) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] whole = Files.readAllBytes(PDF);
        byte[] appended = Arrays.copyOf(whole, whole.length + page.length);
        System.arraycopy(page, 0, appended, whole.length, page.length);
        ReadResult result = READER.read(appended);
        assertTrue(result.reading().warnings().stream().noneMatch(w -> w.detail() == ReadingWarning.Detail.PDF_CUT_SHORT),
                result.reading().warnings()::toString);
        assertEquals(READER.read(whole).reading().cellsRead(), result.reading().cellsRead());
    }

    @Test
    void anUpdatedPdfIsWholeAndCutInItsUpdateItIsCutShort() throws IOException {
        // Saved with an incremental update, as an editor or a signing tool saves it: a second part after the first
        // %%EOF, which then stands less than a kilobyte from where a download of it may stop.
        byte[] whole = Files.readAllBytes(PDF);
        byte[] updated;
        try (PDDocument doc = Loader.loadPDF(whole)) {
            doc.getDocumentInformation().setTitle("更新");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            updated = out.toByteArray();
        }
        assertTrue(updated.length - whole.length < 2048, "an update of a kilobyte or so: " + updated.length);
        ReadResult result = READER.read(updated);
        assertTrue(result.reading().warnings().stream().noneMatch(w -> w.detail() == ReadingWarning.Detail.PDF_CUT_SHORT),
                result.reading().warnings()::toString);
        byte[] cut = Arrays.copyOf(updated, whole.length + (updated.length - whole.length) / 2);
        ReadingWarning first = READER.read(cut).reading().warnings().get(0);
        assertEquals(ReadingWarning.Detail.PDF_CUT_SHORT, first.detail(), first::toString);
    }

    @Test
    void aWholePdfWithoutAPageIsDamaged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument empty = new PDDocument()) {
            empty.save(bytes);
        }
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(bytes.toByteArray()));
        assertEquals(ReportReadException.Detail.PDF_DAMAGED, e.detail(), e::toString);
        assertEquals("UNREADABLE_INPUT: the PDF is damaged: it has no page", e.getMessage());
    }
}
