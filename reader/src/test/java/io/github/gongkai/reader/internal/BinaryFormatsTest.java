package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BinaryFormatsTest {

    private static BinaryFormats.Kind sniff(String ascii) {
        return BinaryFormats.sniff(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPdfIsToldByItsHeaderWithinTheFirstKilobyte() {
        assertEquals(SourceFormat.PDF, sniff("%PDF-1.4\n").format());
        assertEquals(SourceFormat.PDF, sniff(" ".repeat(1000) + "%PDF-1.7").format());
        assertTrue(sniff(" ".repeat(1100) + "%PDF-1.7").isText(), "a header past the first kilobyte is text");
        assertTrue(sniff("%PDF").isText(), "too short to be a header");
    }

    @Test
    void wordPackagesAndCompoundFilesAreDocuments() throws IOException {
        assertEquals(SourceFormat.DOCX, BinaryFormats.sniff(zip("[Content_Types].xml", "word/document.xml")).format());
        assertEquals(SourceFormat.DOCX, BinaryFormats.sniff(zip("[Content_Types].xml", "docProps/app.xml")).format(),
                "an Office package whose first entries name no part is given to the Word reader to tell");
        assertEquals(SourceFormat.DOC, sniff("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1rest").format());
    }

    @Test
    void otherPackagesAreNamed() throws IOException {
        assertEquals("XLSX", BinaryFormats.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))
                .unsupported());
        assertEquals("PPTX", BinaryFormats.sniff(zip("ppt/presentation.xml")).unsupported());
        assertEquals("OFD", BinaryFormats.sniff(zip("OFD.xml")).unsupported());
        assertEquals("OPEN_DOCUMENT", BinaryFormats.sniff(zip("mimetype")).unsupported());
        assertEquals("ZIP", BinaryFormats.sniff(zip("report.txt")).unsupported());
    }

    @Test
    void imagesArchivesAndRtfAreNamed() {
        assertEquals("PNG", sniff("\u0089PNG\r\n").unsupported());
        assertEquals("JPEG", sniff("\u00FF\u00D8\u00FF\u00E0").unsupported());
        assertEquals("GIF", sniff("GIF89a").unsupported());
        assertEquals("TIFF", sniff("II*\u0000").unsupported());
        assertEquals("TIFF", sniff("MM\u0000*").unsupported());
        assertEquals("WEBP", sniff("RIFF\u0000\u0000\u0000\u0000WEBP").unsupported());
        assertEquals("GZIP", sniff("\u001F\u008B\u0008").unsupported());
        assertEquals("SEVEN_ZIP", sniff("7z\u00BC\u00AF\u0027\u001C").unsupported());
        assertEquals("RAR", sniff("Rar!\u001A\u0007\u0000").unsupported());
        assertEquals("BZIP2", sniff("BZh91AY").unsupported());
        assertEquals("XZ", sniff("\u00FD7zXZ\u0000").unsupported());
        assertEquals("RTF", sniff("{\\rtf1\\ansi").unsupported());
    }

    @Test
    void textIsNeitherADocumentNorUnsupported() {
        BinaryFormats.Kind kind = BinaryFormats.sniff("三、收到和处理政府信息公开申请情况".getBytes(StandardCharsets.UTF_8));
        assertTrue(kind.isText());
        assertNull(kind.format());
        assertTrue(sniff("").isText());
        assertTrue(sniff("RIFF1234WAVE").isText(), "a RIFF that is not WebP is no image we name");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(new byte[] {'x'});
            }
        }
        return bytes.toByteArray();
    }
}
