package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * PDFs a reader must refuse or see through: a scanned report (no text layer) is refused with
 * {@link ReportReadException.Reason#NO_TEXT_LAYER}; a report encrypted with a user password with
 * {@link ReportReadException.Reason#PASSWORD_PROTECTED}; one encrypted with an owner password only is read as
 * if it were not encrypted. The first tests check the fixtures themselves with PDFBox.
 */
class ScannedAndProtectedPdfTest {

    private static final ReportReader READER = ReportReader.standard();

    private static PdfReports.Rendered report() {
        return PdfReports.render(PdfRoundTripTest.generate(11).report(), Layout.WPS_RECTANGLES, 11);
    }

    @Test
    void theScannedPdfHasPagesAndImagesButNoText() throws IOException {
        byte[] scanned = ScannedPdf.bytes(3);
        try (PDDocument pdf = Loader.loadPDF(scanned)) {
            assertEquals(3, pdf.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(pdf).isBlank());
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext());
            Path dir = Files.createDirectories(Path.of("target", "pdf-layouts"));
            PngPages.write(pdf, 1, 60, dir.resolve("SCANNED-p1.png"));
        }
    }

    @Test
    void theProtectedPdfsOpenAsTheirPasswordsSay() throws IOException {
        byte[] plain = report().pdf();
        byte[] locked = ProtectedPdf.withUserPassword(plain);
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(locked).close());
        try (PDDocument pdf = Loader.loadPDF(locked, ProtectedPdf.USER_PASSWORD)) {
            assertTrue(pdf.isEncrypted());
        }
        try (PDDocument pdf = Loader.loadPDF(ProtectedPdf.withOwnerPasswordOnly(plain))) {
            assertTrue(pdf.isEncrypted());
            assertTrue(new PDFTextStripper().getText(pdf).contains("申请人情况"));
        }
    }

    @Test
    void aScannedPdfIsRefusedForHavingNoTextLayer() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(ScannedPdf.bytes(3)));
        assertEquals(ReportReadException.Reason.NO_TEXT_LAYER, e.reason(), e::toString);
    }

    @Test
    void aPdfWithAUserPasswordIsRefusedAsProtected() {
        byte[] locked = ProtectedPdf.withUserPassword(report().pdf());
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(locked));
        assertEquals(ReportReadException.Reason.PASSWORD_PROTECTED, e.reason(), e::toString);
    }

    @Test
    void aPdfWithAnOwnerPasswordOnlyIsReadAsAnyOther() {
        PdfReports.Rendered rendered = report();
        ReadResult result = READER.read(ProtectedPdf.withOwnerPasswordOnly(rendered.pdf()));
        assertEquals(List.of(), RoundTripCheck.problems(rendered, result));
    }
}
