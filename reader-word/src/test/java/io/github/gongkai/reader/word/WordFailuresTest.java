package io.github.gongkai.reader.word;

import static io.github.gongkai.reader.word.WordDocumentReaderTest.docx;
import static io.github.gongkai.reader.word.WordDocumentReaderTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReadException.Reason;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * How reading a Word file fails: each failure a {@link ReportReadException} with its reason and a message naming
 * the format, nothing of POI escaping; and hostile files (a zip bomb, many entries, deep nesting, much text, a
 * document slower than its time) stopped by the limits.
 */
class WordFailuresTest {

    private static final DocumentLimits DEFAULTS = DocumentLimits.defaults();

    private static byte[] report() {
        return WordDocumentReaderTest.docx(d -> d.createParagraph().createRun().setText("某某局2023年政府信息公开工作年度报告"));
    }

    private static byte[] write(POIFSFileSystem fs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        return out.toByteArray();
    }

    @Test
    void anExcelWorkbookIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("自然人");
            workbook.write(out);
        }
        fails(Reason.UNSUPPORTED_FORMAT, "Excel workbook (.xls)", out.toByteArray(), SourceFormat.DOC, DEFAULTS);
        // Through the report reader, which tells a compound file by its content and hands it here.
        ReportReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(out.toByteArray()));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
    }

    @Test
    void aPowerPointPresentationIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSLFSlideShow show = new HSLFSlideShow()) {
            show.createSlide();
            show.write(out);
        }
        fails(Reason.UNSUPPORTED_FORMAT, "PowerPoint presentation (.ppt)", out.toByteArray(), SourceFormat.DOC, DEFAULTS);
    }

    @Test
    void anXlsxHandedOverAsDocxIsDamagedForWord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("自然人");
            workbook.write(out);
        }
        fails(Reason.UNREADABLE_INPUT, "Word (.docx)", out.toByteArray(), SourceFormat.DOCX, DEFAULTS);
    }

    @Test
    void aCompoundFileOfAnotherProgramIsNamed() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "CONTENTS");
            fails(Reason.UNSUPPORTED_FORMAT, "compound (OLE2) file is not a Word document", write(fs), SourceFormat.DOC,
                    DEFAULTS);
        }
    }

    /** A WPS (Kingsoft) file HWPF cannot read: its summary names the program, its WordDocument stream is not Word's. */
    @Test
    void aWpsDocumentThatHwpfCannotReadIsNamed() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] junk = new byte[2048];
            Arrays.fill(junk, (byte) 0x5A);
            fs.createDocument(new ByteArrayInputStream(junk), "WordDocument");
            SummaryInformation summary = PropertySetFactory.newSummaryInformation();
            summary.setApplicationName("WPS Office");
            summary.write(fs.getRoot(), SummaryInformation.DEFAULT_STREAM_NAME);
            fails(Reason.UNSUPPORTED_FORMAT, "WPS (Kingsoft)", write(fs), SourceFormat.DOC, DEFAULTS);
        }
    }

    @Test
    void anEncryptedDocxIsPasswordProtected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(report()));
                    OutputStream data = encryptor.getDataStream(fs)) {
                pkg.save(data);
            }
            fs.writeFilesystem(out);
        }
        fails(Reason.PASSWORD_PROTECTED, "encrypted", out.toByteArray(), SourceFormat.DOC, DEFAULTS);
        ReportReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(out.toByteArray()));
        assertEquals(Reason.PASSWORD_PROTECTED, e.reason());
    }

    @Test
    void anEncryptedDocIsPasswordProtected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = WordFailuresTest.class.getResourceAsStream("/fixtures/report_2021.doc");
                HWPFDocument document = new HWPFDocument(in)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                document.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        fails(Reason.PASSWORD_PROTECTED, "Word (.doc)", out.toByteArray(), SourceFormat.DOC, DEFAULTS);
    }

    @Test
    void truncatedOrDamagedFilesAreUnreadable() throws IOException {
        byte[] docx = report();
        fails(Reason.UNREADABLE_INPUT, "Word (.docx)", Arrays.copyOf(docx, docx.length / 2), SourceFormat.DOCX,
                DEFAULTS);
        byte[] notXml = replace(docx, "word/document.xml", "<w:document".getBytes(StandardCharsets.UTF_8));
        fails(Reason.UNREADABLE_INPUT, "Word (.docx)", notXml, SourceFormat.DOCX, DEFAULTS);
        byte[] doc;
        try (var in = WordFailuresTest.class.getResourceAsStream("/fixtures/report_2021.doc")) {
            doc = in.readAllBytes();
        }
        fails(Reason.UNREADABLE_INPUT, "compound (OLE2) file", Arrays.copyOf(doc, 700), SourceFormat.DOC, DEFAULTS);
    }

    /** 300 MB of zeros in one entry, a few hundred KB compressed: refused while inflating, never allocated. */
    @Test
    void aZipBombIsRefusedQuicklyWithoutAllocatingItsSize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1 << 20, "compressed to " + bomb.length);
        long allocated = allocated();
        long started = System.nanoTime();
        fails(Reason.LIMIT_EXCEEDED, "expands to more than", bomb, SourceFormat.DOCX, DEFAULTS);
        long took = System.nanoTime() - started;
        allocated = allocated() - allocated;
        assertTrue(allocated < 16L << 20, "allocated " + allocated + " bytes");
        assertTrue(took < 10_000_000_000L, "took " + took / 1_000_000 + " ms");
    }

    @Test
    void aPackageOfThousandsOfEntriesIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 5_000; i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + i));
            }
        }
        fails(Reason.LIMIT_EXCEEDED, "more than 4000 parts", out.toByteArray(), SourceFormat.DOCX, DEFAULTS);
    }

    @Test
    void tablesNestedDeeplyAreRefusedBeforePoiBuildsThem() {
        String open = "<w:tbl><w:tr><w:tc><w:p/>";
        String close = "</w:tc></w:tr></w:tbl>";
        String body = open.repeat(5_000) + close.repeat(5_000);
        byte[] nested = replace(report(), "word/document.xml", ("<w:document xmlns:w=\"http://schemas.openxmlformats"
                + ".org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        fails(Reason.LIMIT_EXCEEDED, "nests tables more than 16 deep", nested, SourceFormat.DOCX, DEFAULTS);
    }

    @Test
    void textBeyondTheLimitIsRefused() {
        byte[] docx = docx(d -> {
            for (int i = 0; i < 20; i++) {
                d.createParagraph().createRun().setText("一二三四五六七八九十");
            }
        });
        fails(Reason.LIMIT_EXCEEDED, "more than 100 characters",
                docx, SourceFormat.DOCX, new DocumentLimits(200, 1L << 28, 100, Duration.ofSeconds(30)));
    }

    @Test
    void aDocumentSlowerThanItsTimeIsStopped() {
        byte[] docx = docx(d -> {
            for (int i = 0; i < 20_000; i++) {
                d.createParagraph().createRun().setText("第" + i + "段");
            }
        });
        fails(Reason.LIMIT_EXCEEDED, "longer to lay out than the time allowed", docx, SourceFormat.DOCX,
                new DocumentLimits(200, 1L << 28, 8_000_000, Duration.ofMillis(1)));
    }

    /**
     * The bytes the current thread has allocated so far, from {@code com.sun.management.ThreadMXBean}
     * (reflectively: the test sources compile in the module, which does not read {@code jdk.management}).
     */
    private static long allocated() {
        try {
            Object bean = ManagementFactory.getThreadMXBean();
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JDK cannot count allocated bytes", e);
        }
    }

    /** A copy of a package with one entry's content replaced. */
    static byte[] replace(byte[] docx, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? content : in.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
