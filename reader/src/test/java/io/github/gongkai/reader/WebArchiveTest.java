package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web archive (MHTML), as a browser saves a page as a single file ({@code .mhtml}) and Internet Explorer or Word
 * save a {@code .mht}: its HTML part is the page, read as the page saved as {@code .html} is, with a warning that
 * says so; quoted-printable or base64, UTF-8 or GB2312.
 */
class WebArchiveTest {

    private static final ReportReader READER = ReportReader.standard();
    private static final Path REPORT = Path.of("src/test/resources/fixtures/html_2021_rowspan.html");

    @TempDir
    Path dir;

    /** RFC 2045's quoted-printable, lines of at most 76 characters. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = c == '\n' ? "\r\n" : c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : String.format(Locale.ROOT, "=%02X", c);
            if (c != '\n' && line + piece.length() > 75) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(piece);
            line = c == '\n' ? 0 : line + piece.length();
        }
        return out.toString();
    }

    private ReadResult read(String name, String archive) throws IOException {
        return READER.read(Files.write(dir.resolve(name), archive.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aBrowsersSingleFilePageReadsAsThePage() throws IOException {
        byte[] page = Files.readAllBytes(REPORT);
        String archive = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/art/2024/1/25/art_1.html\r\n"
                + "Subject: =?utf-8?Q?report?=\r\nDate: Thu, 25 Jan 2024 10:00:00 +0800\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1Y2----\"\r\n"
                + "\r\n\r\n------MultipartBoundary--x1Y2----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.example.gov.cn/art/2024/1/25/art_1.html\r\n"
                + "\r\n" + quotedPrintable(page) + "\r\n------MultipartBoundary--x1Y2----\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: https://www.example.gov.cn/logo.png\r\n\r\n"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
                + "------MultipartBoundary--x1Y2------\r\n";
        ReadResult asPage = READER.read(Files.write(dir.resolve("report.html"), page));
        ReadResult result = read("report.mhtml", archive);
        assertEquals(SourceFormat.HTML, result.reading().format());
        assertEquals(asPage.report().cells(), result.report().cells());
        ReadingWarning first = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Detail.WEB_ARCHIVE_PAGE, first.detail());
        assertEquals(ReadingWarning.Code.FORMAT_FROM_CONTENT, first.code());
        assertEquals("the file is a web archive (MHTML, a page saved as a single file); the HTML page in it was read",
                first.message());
        assertEquals("该文件是网页归档（MHTML，保存为单个文件的网页）；读取了其中的 HTML 网页", first.message(Locale.CHINESE));
    }

    @Test
    void wordsSingleFileWebPageInGb2312ReadsAsThePage() throws IOException {
        String html = Files.readString(REPORT).replace("<meta charset=\"utf-8\">",
                "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">");
        String archive = "MIME-Version: 1.0\r\nX-Document-Type: Worksheet\r\nContent-Type: multipart/related; "
                + "boundary=\"----=_NextPart_01DA4F1C.6A2B3C40\"\r\n\r\n此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
                + "------=_NextPart_01DA4F1C.6A2B3C40\r\nContent-Location: file:///C:/report.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + quotedPrintable(html.getBytes(Charset.forName("GB18030")))
                + "\r\n------=_NextPart_01DA4F1C.6A2B3C40--\r\n";
        ReadResult result = read("report.mht", archive);
        assertEquals(READER.readHtml(html).report().cells(), result.report().cells());
        List<ReadingWarning.Detail> details = result.reading().warnings().stream().map(ReadingWarning::detail).toList();
        assertTrue(details.contains(ReadingWarning.Detail.WEB_ARCHIVE_PAGE)
                && details.contains(ReadingWarning.Detail.CHARSET_DECLARED), details::toString);
    }

    @Test
    void aBase64PartReadsToo() throws IOException {
        byte[] page = Files.readAllBytes(REPORT);
        String archive = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b1\n\n--b1\n"
                + "Content-Type: text/css\n\nbody{}\n--b1\nContent-Type: TEXT/HTML; charset=utf-8\n"
                + "Content-Transfer-Encoding: BASE64\n\n" + Base64.getMimeEncoder().encodeToString(page) + "\n--b1--\n";
        assertEquals(READER.readHtml(Files.readString(REPORT)).report().cells(),
                read("report.mht", archive).report().cells());
    }

    @Test
    void aTextThatOnlyBeginsLikeAHeaderIsReadAsText() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt"));
        ReadResult asIs = READER.read(text);
        String headed = "Note: copied from the site\n\n" + text;
        ReadResult result = READER.read(Files.writeString(dir.resolve("report.txt"), headed));
        assertEquals(asIs.report().cells(), result.report().cells());
        assertTrue(result.reading().warnings().stream().noneMatch(w -> w.detail() == ReadingWarning.Detail.WEB_ARCHIVE_PAGE));
    }
}
