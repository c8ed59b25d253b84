package io.github.gongkai.reader.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes a scanned report: A4 pages each holding one grey image the size of the page (a ruled table with dark
 * bars where the text would be, as a scanner sees a printed page) and no text at all, as many organs publish
 * their signed, stamped reports. A reader can find nothing in its text layer.
 */
final class ScannedPdf {

    private static final int WIDTH = 620;
    private static final int HEIGHT = 877;

    private ScannedPdf() {
    }

    /**
     * Makes the PDF.
     *
     * @param pages how many pages
     * @return the file's bytes
     */
    static byte[] bytes(int pages) {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject scan = new PDImageXObject(document, new ByteArrayInputStream(deflate(pixels())),
                    COSName.FLATE_DECODE, WIDTH, HEIGHT, 8, PDDeviceGray.INSTANCE);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A light grey page with a ruled table and dark bars of "text" in its cells, one byte a pixel. */
    private static byte[] pixels() {
        byte[] gray = new byte[WIDTH * HEIGHT];
        Arrays.fill(gray, (byte) 0xF0);
        int left = 75;
        int right = 545;
        for (int y = 150; y <= 750; y += 25) {
            fill(gray, left, y, right, y + 1);
            for (int x = left; x < right && y < 750; x += 50) {
                fill(gray, x + 6, y + 9, x + (x == left ? 150 : 20), y + 17);
            }
        }
        for (int x = left; x <= right; x += 50) {
            fill(gray, x, 150, x + 1, 750);
        }
        fill(gray, 200, 80, 420, 96);
        return gray;
    }

    private static void fill(byte[] gray, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < Math.min(y1, HEIGHT); y++) {
            for (int x = x0; x < Math.min(x1, WIDTH); x++) {
                gray[y * WIDTH + x] = 0x20;
            }
        }
    }

    private static byte[] deflate(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(raw);
        }
        return out.toByteArray();
    }
}
