package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfDocumentReaderTest {

    private static final PdfDocumentReader READER = new PdfDocumentReader();
    private static final Path CORPUS = Path.of("src/test/resources/corpus/202_hongze_district_2024.pdf");

    @Test
    void readsPdfOnly() {
        assertEquals(Set.of(SourceFormat.PDF), READER.formats());
        assertThrows(IllegalArgumentException.class,
                () -> READER.read(new byte[0], SourceFormat.DOCX, DocumentLimits.defaults()));
    }

    @Test
    void laysOutTheCorpusPdfAsTablesAndLines() throws IOException {
        LaidOutDocument doc = READER.read(Files.readAllBytes(CORPUS), SourceFormat.PDF, DocumentLimits.defaults());
        long tables = doc.blocks().stream().filter(b -> b instanceof LaidOutDocument.Table).count();
        assertEquals(5, tables, "table 二 on pages 2 and 3, table 三 on pages 3 and 4, table 四 on page 4");
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof LaidOutDocument.Text t
                && t.text().equals("三、收到和处理政府信息公开申请情况")));
        LaidOutDocument.Table t3 = doc.blocks().stream().filter(b -> b instanceof LaidOutDocument.Table t
                && t.rows().get(0).get(0).text().startsWith("（本列数据的勾稽关系为"))
                .map(LaidOutDocument.Table.class::cast).findFirst().orElseThrow();
        LaidOutDocument.Cell vertical = t3.rows().get(5).get(0);
        assertEquals("三、本年度办理结果", vertical.text(), "a label printed one character per line is one label");
        assertEquals(11, vertical.rowSpan());
        assertEquals("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", t3.rows().get(6).get(0).text(),
                "a label wrapped inside its cell is one label");
    }

    @Test
    void aPageTurnedByRotateIsLaidOutAsShown() throws IOException {
        LaidOutDocument doc = READER.read(turnedPage(), SourceFormat.PDF, DocumentLimits.defaults());
        LaidOutDocument.Table table = doc.blocks().stream().filter(b -> b instanceof LaidOutDocument.Table)
                .map(LaidOutDocument.Table.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(List.of("Rules", "12"), List.of("Documents", "345")), table.rows().stream()
                .map(r -> r.stream().map(LaidOutDocument.Cell::text).toList()).toList());
        var first = (io.github.gongkai.reader.SourcePosition.PageArea) table.rows().get(0).get(0).position();
        assertEquals(100, first.x(), 0.01, "x on the page as shown (landscape), from its left edge");
        assertEquals(595 - 500, first.y(), 0.01, "y on the page as shown, from its top edge");
    }

    @Test
    void aHostileGridOfThousandsOfLinesIsReadAsTextQuickly() throws IOException {
        byte[] pdf = onePage(0, (doc, cs) -> {
            for (int i = 0; i <= 1500; i++) { // a 1500 × 1500 grid: 2.25 M units, far past any report's table
                float at = 20 + i * 0.35f;
                cs.moveTo(20, at);
                cs.lineTo(545, at);
                cs.moveTo(at, 20);
                cs.lineTo(at, 545);
            }
            cs.stroke();
            cs.beginText();
            cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
            cs.newLineAtOffset(100, 700);
            cs.showText("text");
            cs.endText();
        });
        long start = System.nanoTime();
        LaidOutDocument doc = READER.read(pdf, SourceFormat.PDF, DocumentLimits.defaults());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "bounded");
        assertTrue(doc.blocks().stream().noneMatch(b -> b instanceof LaidOutDocument.Table), "no table");
    }

    @Test
    void anInvisibleTextLayerOverAPageImageIsRemarkedAsRecognisedText() throws IOException {
        byte[] pdf = onePage(0, (doc, cs) -> {
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB));
            cs.drawImage(image, 0, 0, 595, 842); // the scanned page
            cs.beginText();
            cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
            cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
            cs.newLineAtOffset(100, 700);
            cs.showText("recognised 12");
            cs.endText();
        });
        LaidOutDocument doc = READER.read(pdf, SourceFormat.PDF, DocumentLimits.defaults());
        assertEquals(1, doc.remarks().size(), doc.remarks()::toString);
        ReadingWarning remark = doc.remarks().get(0);
        assertEquals(ReadingWarning.Detail.TEXT_OVER_PAGE_IMAGES, remark.detail());
        assertEquals(List.of("1", "1"), remark.arguments(), "1 of 1 pages");
        assertTrue(remark.message().contains("invisible layer over page images"), remark::message);
        LaidOutDocument corpus = READER.read(Files.readAllBytes(CORPUS), SourceFormat.PDF, DocumentLimits.defaults());
        assertEquals(List.of(), corpus.remarks(), "a PDF that prints its text makes no remark");
    }

    @Test
    void aWatermarkAcrossATableJoinsNoCell() throws IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        byte[] pdf = onePage(0, (doc, cs) -> {
            cs.addRect(100, 500, 200, 30);
            cs.moveTo(200, 500);
            cs.lineTo(200, 530);
            cs.stroke();
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(105, 510);
            cs.showText("Rules");
            cs.newLineAtOffset(100, 0);
            cs.showText("12");
            cs.endText();
            cs.beginText(); // a watermark at 45 degrees, its digits across the number's cell
            cs.setFont(font, 20);
            cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 4, 190, 490));
            cs.showText("2024-12");
            cs.endText();
        });
        LaidOutDocument doc = READER.read(pdf, SourceFormat.PDF, DocumentLimits.defaults());
        LaidOutDocument.Table table = doc.blocks().stream().filter(b -> b instanceof LaidOutDocument.Table)
                .map(LaidOutDocument.Table.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(List.of("Rules", "12")), table.rows().stream()
                .map(r -> r.stream().map(LaidOutDocument.Cell::text).toList()).toList());
    }

    /** Draws on the one page of a PDF being made. */
    private interface Drawing {
        void draw(org.apache.pdfbox.pdmodel.PDDocument doc, org.apache.pdfbox.pdmodel.PDPageContentStream cs)
                throws IOException;
    }

    /** A PDF of one A4 page, turned by {@code rotation} degrees, drawn by {@code drawing}. */
    private static byte[] onePage(int rotation, Drawing drawing) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                drawing.draw(doc, cs);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A portrait A4 page turned by {@code /Rotate 90}, its content drawn turned back (as a landscape table is
     * printed): shown, a 2 × 2 ruled table at (100, 95) whose text is upright.
     */
    private static byte[] turnedPage() throws IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        return onePage(90, (doc, cs) -> {
            // Landscape coordinates (x right, y up, 842 × 595) onto the portrait page turned by 90 degrees.
            cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, 595, 0));
            double[] xs = {100, 250, 350};
            double[] ys = {500, 470, 440};
            for (double y : ys) {
                cs.moveTo((float) xs[0], (float) y);
                cs.lineTo((float) xs[2], (float) y);
            }
            for (double x : xs) {
                cs.moveTo((float) x, (float) ys[0]);
                cs.lineTo((float) x, (float) ys[2]);
            }
            cs.stroke();
            String[][] text = {{"Rules", "12"}, {"Documents", "345"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset((float) xs[c] + 5, (float) ys[r + 1] + 10);
                    cs.showText(text[r][c]);
                    cs.endText();
                }
            }
        });
    }

    @Test
    void damagedBytesAreUnreadableInputNamingThePdf() {
        byte[] garbage = "%PDF-1.7\nthis is not a PDF".getBytes(StandardCharsets.US_ASCII);
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> READER.read(garbage, SourceFormat.PDF, DocumentLimits.defaults()));
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason());
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void theLimitsHold() throws IOException {
        byte[] pdf = Files.readAllBytes(CORPUS);
        ReportReadException pages = assertThrows(ReportReadException.class, () -> READER.read(pdf, SourceFormat.PDF,
                new DocumentLimits(4, 1 << 30, 1_000_000, Duration.ofSeconds(30))));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, pages.reason());
        assertTrue(pages.getMessage().contains("5 pages"), pages.getMessage());
        ReportReadException chars = assertThrows(ReportReadException.class, () -> READER.read(pdf, SourceFormat.PDF,
                new DocumentLimits(10, 1 << 30, 500, Duration.ofSeconds(30))));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, chars.reason());
        ReportReadException expanded = assertThrows(ReportReadException.class, () -> READER.read(pdf,
                SourceFormat.PDF, new DocumentLimits(10, 20_000, 1_000_000, Duration.ofSeconds(30))));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, expanded.reason());
        assertTrue(expanded.getMessage().contains("decompresses"), expanded.getMessage());
        ReportReadException time = assertThrows(ReportReadException.class, () -> READER.read(pdf, SourceFormat.PDF,
                new DocumentLimits(10, 1 << 30, 1_000_000, Duration.ofNanos(1))));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, time.reason());
        assertTrue(time.getMessage().contains("time limit"), time.getMessage());
    }

    @Test
    void aPageWithoutTextHasNoTextLayer() throws IOException {
        Path seed = Path.of("src/test/resources/io/github/gongkai/reader/pdf/fuzz/PdfReaderFuzzTestInputs/readPdf/no-text");
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> READER.read(Files.readAllBytes(seed), SourceFormat.PDF, DocumentLimits.defaults()));
        assertEquals(ReportReadException.Reason.NO_TEXT_LAYER, e.reason());
        assertTrue(Arrays.asList(e.getMessage().split(" ")).contains("text"), e.getMessage());
    }
}
