package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A PDF cut short, as a download or a copy that stopped leaves it (no {@code %%EOF} at its end), is refused as
 * cut short when what is left cannot be laid out, not as a scan or a font problem; a PDF without a page is damaged.
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
    void whereverItIsCutAFailureOfTheLayoutIsNamedCutShort() throws IOException {
        byte[] whole = Files.readAllBytes(PDF);
        assertEquals(201, READER.read(whole).reading().cellsRead().size(), "the whole file reads");
        int cutShort = 0;
        for (int length = 2_000; length < whole.length; length += whole.length / 12) {
            byte[] cut = Arrays.copyOf(whole, length);
            try {
                READER.read(cut);
            } catch (ReportReadException e) {
                // A page read to its end may still hold no report; what failed while laying the PDF out is named.
                boolean layout = e.detail().name().startsWith("PDF_");
                if (layout) {
                    assertEquals(ReportReadException.Detail.PDF_CUT_SHORT, e.detail(), length + ": " + e);
                    cutShort++;
                }
            }
        }
        assertTrue(cutShort > 0, "some cut fails in the layout");
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
