package io.github.gongkai.reader.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A file ends where a PDF ends when nothing of a PDF follows its last {@code %%EOF}, however many bytes of something
 * else do; it is cut short when it has no {@code %%EOF} or when objects of a later part follow the last one (a file
 * linearized for the web, or saved with an incremental update, cut in its second part).
 */
class PdfEndTest {

    private static final String WHOLE = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\ntrailer\n"
            + "<< /Root 1 0 R >>\nstartxref\n48\n%%EOF\n";

    @Test
    void aFileEndingWithItsEofEnds() {
        assertFalse(PdfEnd.cutShort(bytes(WHOLE)));
        assertFalse(PdfEnd.cutShort(bytes(WHOLE.strip())));
    }

    @Test
    void aFileWithNoEofIsCutShort() {
        assertTrue(PdfEnd.cutShort(bytes(WHOLE.substring(0, WHOLE.indexOf("%%EOF")))));
        assertTrue(PdfEnd.cutShort(bytes(WHOLE.substring(0, WHOLE.indexOf("%%EOF") + 4))));
        assertTrue(PdfEnd.cutShort(new byte[0]));
    }

    @Test
    void whatIsNoPdfMayFollowTheEofAtAnyLength() {
        byte[] nulls = Arrays.copyOf(bytes(WHOLE), WHOLE.length() + 64 * 1024);
        assertFalse(PdfEnd.cutShort(nulls), "NUL padding");
        String page = "<!DOCTYPE html><html><head><title>下载</title></head><body>"
                + "<p>upstream objects: streaming, xrefs, obj 12, 3 objects</p>".repeat(200) + "</body></html>";
        assertFalse(PdfEnd.cutShort(bytes(WHOLE + page)), "an HTML page appended by a server");
        assertFalse(PdfEnd.cutShort(bytes(WHOLE + " \r\n\t\f".repeat(500))), "white space");
    }

    @Test
    void aLaterPartAfterTheEofIsCutShort() {
        String update = "2 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (abc) Tj ET";
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + update)), "cut inside an update's stream");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "2 0 obj\n<< /Type /Page")), "cut inside an object");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "\n12   0\r\nobj<<")), "an object header over lines");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "endstream\nendobj\n")), "the end of an object");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "xref\n0 3\n0000000000 65535 f")), "a cross-reference section");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "trailer\n<< /Size 3")), "a trailer");
        assertTrue(PdfEnd.cutShort(bytes(WHOLE + "startxref\n1024\n")), "a trailer's start");
    }

    @Test
    void aWordThatOnlyContainsAKeywordIsNotOne() {
        assertFalse(PdfEnd.cutShort(bytes(WHOLE + "objects upstreams xrefs trailers endobjs")));
        assertFalse(PdfEnd.cutShort(bytes(WHOLE + "a0 obj, 1 obj, page obj")), "obj after no object number");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
