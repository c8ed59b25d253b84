package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.spi.DocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file's name against its bytes: a file named {@code .pdf}, {@code .docx} or {@code .doc} whose bytes are a page is
 * read as that page, with a warning, and refused as not what its name says when the page holds no report (an error
 * page a download saved) or when the bytes are no page at all; a document under another format's name is read as
 * what it is, with a warning.
 */
class NamedDocumentTest {

    private static final byte[] PDF_BYTES = "%PDF-1.7\n%fake\n".getBytes(StandardCharsets.US_ASCII);
    private static final Path REPORT = Path.of("src/test/resources/fixtures/html_2021_rowspan.html");

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest
    @CsvSource({
        "report.pdf, '<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>', PDF, HTML",
        "report.PDF, 'just a line of text', PDF, TEXT",
        "report.docx, '| a | b |\n|---|---|\n| 1 | 2 |', DOCX, MARKDOWN",
        "report.doc, '   \n\t', DOC, BLANK",
    })
    void aFileNamedAsADocumentWhoseContentIsNoReportIsRefusedSayingWhatItIs(String name, String content,
            SourceFormat named, String is) throws IOException {
        Path path = file(name, content.getBytes(StandardCharsets.UTF_8));
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(path));
        assertEquals(ReportReadException.Detail.CONTENT_NOT_AS_NAMED, e.detail(), e::toString);
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason());
        assertEquals(List.of(name, named.name(), is), e.arguments());
        if (!is.equals("BLANK")) {
            // The page was read, and held no report: that failure is the cause.
            assertEquals(ReportReadException.Reason.NOT_A_REPORT, ((ReportReadException) e.getCause()).reason());
        }
    }

    @Test
    void theRefusalNamesTheFileAndWhatItIsInBothLanguages() throws IOException {
        Path path = file("report.pdf", "<html><body>登录</body></html>".getBytes(StandardCharsets.UTF_8));
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(path));
        assertEquals("UNREADABLE_INPUT: file report.pdf is named as a PDF file (.pdf), but its content is not one: "
                + "it is an HTML page", e.getMessage());
        assertEquals("文件 report.pdf的名称表明它是PDF 文件（.pdf），但其内容不是：它是HTML 网页", e.message(Locale.CHINESE));
    }

    @ParameterizedTest
    @CsvSource({"report.doc, DOC, .doc", "report.DOCX, DOCX, .DOCX", "report.pdf, PDF, .pdf"})
    void aReportPageNamedAsADocumentIsReadAsThePageItIsWithAWarningFirst(String name, SourceFormat named,
            String extension) throws IOException {
        // Word saves a web page under a .doc name, and publishing systems export a report's page so.
        ReadResult asPage = ReportReader.standard().read(file("report.html", Files.readAllBytes(REPORT)));
        ReadResult result = ReportReader.standard().read(file(name, Files.readAllBytes(REPORT)));
        assertEquals(SourceFormat.HTML, result.reading().format());
        assertEquals(asPage.report().cells(), result.report().cells());
        assertEquals(asPage.report().header().withSource(name), result.report().header());
        assertEquals(asPage.reading().cellsRead(), result.reading().cellsRead());
        ReadingWarning first = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Detail.PAGE_NAMED_AS_DOCUMENT, first.detail());
        assertEquals(ReadingWarning.Code.FORMAT_FROM_CONTENT, first.code());
        assertEquals(List.of(named.name(), extension, "HTML"), first.arguments());
        assertEquals(asPage.reading().warnings(), result.reading().warnings().subList(1, result.reading().warnings()
                .size()), "the page's own warnings after it");
    }

    @Test
    void aWordWebPageInGb2312NamedDocIsReadAsThePageInItsCharset() throws IOException {
        // As Word saves a web page: the charset declared in a <meta>, the bytes in GB18030 (GB2312's superset).
        String page = Files.readString(REPORT).replace("<meta charset=\"utf-8\">",
                "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">");
        ReadResult asPage = ReportReader.standard().read(file("report.html", Files.readAllBytes(REPORT)));
        ReadResult result = ReportReader.standard().read(file("report.doc", page.getBytes("GB18030")));
        assertEquals(asPage.report().cells(), result.report().cells());
        List<ReadingWarning.Detail> details = result.reading().warnings().stream().map(ReadingWarning::detail).toList();
        assertTrue(details.contains(ReadingWarning.Detail.PAGE_NAMED_AS_DOCUMENT), details::toString);
        assertTrue(result.reading().warnings().stream()
                .anyMatch(w -> w.code() == ReadingWarning.Code.CHARSET_NOT_UTF8), details::toString);
    }

    @Test
    void theWarningSaysWhatTheNameSaysAndWhatTheContentIsInBothLanguages() throws IOException {
        ReadingWarning first = ReportReader.standard().read(file("report.doc", Files.readAllBytes(REPORT)))
                .reading().warnings().get(0);
        assertEquals("its file extension .doc names it a Word file (.doc), but its content is an HTML page, not a "
                + "document (as a web page Word saved as a document is, or a page a download saved); read as HTML",
                first.message());
        assertEquals("文件扩展名 .doc 表明它是Word 文件（.doc），但其内容是HTML 网页，不是文档（如 Word 另存为网页的文档，"
                + "或下载时保存的网页）；按HTML读取", first.message(Locale.CHINESE));
    }

    @Test
    void aReportPageNamedAsADocumentIsRefusedWhenTheContentMayNotOverrideTheName() throws IOException {
        Path path = file("report.doc", Files.readAllBytes(REPORT));
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> ReportReader.builder().formatFromContent(false).build().read(path));
        assertEquals(ReportReadException.Detail.CONTENT_NOT_AS_NAMED, e.detail(), e::toString);
        assertEquals(List.of("report.doc", "DOC", "HTML"), e.arguments());
    }

    @Test
    void aPageNamedAsADocumentThatFailsOtherwiseFailsAsItDoes() throws IOException {
        // Two reports in one page: that is what is wrong with it, not its name.
        String page = Files.readString(REPORT);
        Path path = file("report.doc", (page + page).getBytes(StandardCharsets.UTF_8));
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(path));
        assertEquals(ReportReadException.Reason.MULTIPLE_REPORTS, e.reason(), e::toString);
    }

    @Test
    void anEmptyFileAndJunkNamedAsDocumentsAreRefused() throws IOException {
        ReportReadException empty = assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(file("report.pdf", new byte[0])));
        assertEquals(List.of("report.pdf", "PDF", "EMPTY"), empty.arguments());
        assertTrue(empty.getMessage().endsWith("it is empty (0 bytes)"), empty.getMessage());
        byte[] junk = new byte[4000];
        new Random(1).nextBytes(junk);
        junk[0] = 'x'; // no magic number of any type
        ReportReadException binary = assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(file("report.docx", junk)));
        assertEquals(List.of("report.docx", "DOCX", "BINARY"), binary.arguments(), binary::toString);
        byte[] nul = "abc\u0000def".getBytes(StandardCharsets.UTF_8);
        assertEquals("BINARY", assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(file("report.pdf", nul))).arguments().get(2), "a NUL is no text");
        ReportReadException unnamed = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(junk));
        assertEquals(ReportReadException.Detail.NOT_DECODABLE, unnamed.detail(), "without a name, no declaration");
        ReportReadException other = assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(file("report.bin", junk)));
        assertEquals(ReportReadException.Detail.NOT_DECODABLE, other.detail(), "an extension declaring nothing");
    }

    @Test
    void aTypeNotReadIsNamedByContentWhateverItsName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> ReportReader.standard().read(file("report.pdf", png)));
        assertEquals(ReportReadException.Detail.KIND_NOT_READ, e.detail());
        assertEquals(List.of("report.pdf", "PNG"), e.arguments());
    }

    @ParameterizedTest
    @CsvSource({"report.txt, TEXT, .txt", "report.html, HTML, .html", "report.docx, DOCX, .docx",
        "report.doc, DOC, .doc"})
    void aDocumentUnderAnotherFormatsNameIsReadAsWhatItIsWithAWarningFirst(String name, SourceFormat declared,
            String extension) throws IOException {
        assertEquals(SourceFormat.PDF, pdfReportReader(false).read(file(name, PDF_BYTES)).reading().format(),
                "a document is read as what it is even when the content may not override a declared format");
        ReadResult result = pdfReportReader(true).read(file(name, PDF_BYTES));
        assertEquals(SourceFormat.PDF, result.reading().format());
        ReadingWarning first = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Detail.FORMAT_BY_SIGNATURE, first.detail());
        assertEquals(ReadingWarning.Code.FORMAT_FROM_CONTENT, first.code());
        assertEquals(List.of(declared.name(), extension, "PDF"), first.arguments());
        assertEquals("the file is declared " + declared + " by its file extension " + extension + " but its content "
                + "is PDF (told by its first bytes); read as PDF", first.message());
    }

    @Test
    void aDocumentUnderItsOwnNameOrNoneHasNoSuchWarning() throws IOException {
        for (String name : new String[] {"report.pdf", "report.bin", "report"}) {
            ReadResult result = pdfReportReader(true).read(file(name, PDF_BYTES));
            assertTrue(result.reading().warnings().stream()
                    .noneMatch(w -> w.code() == ReadingWarning.Code.FORMAT_FROM_CONTENT), name);
        }
    }

    /** A "PDF reader" that lays out the HTML fixture's tables and text, so that the file reads as a report. */
    private static ReportReader pdfReportReader(boolean fromContent) throws IOException {
        String html = Files.readString(REPORT);
        DocumentReader fake = DocumentReadingTest.pdfReader(limits -> DocumentReadingTest.laidOut(html));
        return ReportReader.builder().documentReader(fake).formatFromContent(fromContent).build();
    }
}
