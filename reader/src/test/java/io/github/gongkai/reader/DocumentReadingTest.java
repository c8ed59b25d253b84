package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reading a binary document through a {@link DocumentReader}: the format told by content, the reader for it
 * chosen, its laid-out document interpreted as an HTML page is. The document readers here are fakes that lay out
 * an HTML fixture (so a document must read exactly as the page does) or hand-made tables.
 */
class DocumentReadingTest {

    private static final byte[] PDF_BYTES = "%PDF-1.7\n%fake\n".getBytes(StandardCharsets.US_ASCII);

    /** A "PDF reader" that lays out a given HTML page: its tables as tables, its other blocks as text. */
    private static DocumentReader htmlAsPdf(String html, AtomicReference<DocumentLimits> seen) {
        return pdfReader(limits -> {
            seen.set(limits);
            List<LaidOutDocument.Block> blocks = new ArrayList<>();
            walk(Jsoup.parse(html).body(), blocks);
            return LaidOutDocument.of(blocks);
        });
    }

    /** A "PDF reader" that lays out whatever the function gives for the limits it is handed. */
    static DocumentReader pdfReader(java.util.function.Function<DocumentLimits, LaidOutDocument> layout) {
        return new DocumentReader() {
            @Override
            public Set<SourceFormat> formats() {
                return Set.of(SourceFormat.PDF);
            }

            @Override
            public LaidOutDocument read(byte[] document, SourceFormat format, DocumentLimits limits) {
                return layout.apply(limits);
            }
        };
    }

    /** An HTML page laid out as a document: its tables as tables, its other blocks as text. */
    static LaidOutDocument laidOut(String html) {
        List<LaidOutDocument.Block> blocks = new ArrayList<>();
        walk(Jsoup.parse(html).body(), blocks);
        return LaidOutDocument.of(blocks);
    }

    private static void walk(Element e, List<LaidOutDocument.Block> out) {
        for (Element child : e.children()) {
            if (child.normalName().equals("table")) {
                out.add(table(child, out.size() + 1));
            } else if (child.select("table").isEmpty()) {
                if (!child.text().isBlank()) {
                    out.add(new LaidOutDocument.Text(child.text(), SourcePosition.pageArea(1, 0, out.size(), 10, 1)));
                }
            } else {
                walk(child, out);
            }
        }
    }

    private static LaidOutDocument.Table table(Element table, int page) {
        List<List<LaidOutDocument.Cell>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<LaidOutDocument.Cell> cells = new ArrayList<>();
            for (Element td : tr.select("> td, > th")) {
                int rs = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan").trim()) : 1;
                int cs = td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan").trim()) : 1;
                cells.add(new LaidOutDocument.Cell(td.text(), rs, cs,
                        SourcePosition.pageArea(page, cells.size() * 10.0, rows.size() * 5.0, 10, 5)));
            }
            rows.add(cells);
        }
        return new LaidOutDocument.Table(rows);
    }

    @Test
    void aDocumentLaidOutAsAPageReadsAsThePageCellForCell() throws IOException {
        Path page = Path.of("src/test/resources/fixtures/html_2021_rowspan.html");
        String html = Files.readString(page);
        AtomicReference<DocumentLimits> seen = new AtomicReference<>();
        DocumentLimits limits = new DocumentLimits(3, 1000, 100_000, java.time.Duration.ofSeconds(5));
        ReadResult asPdf = ReportReader.builder().documentReader(htmlAsPdf(html, seen)).documentLimits(limits)
                .build().read(PDF_BYTES);
        ReadResult asHtml = ReportReader.standard().read(html);
        assertEquals(SourceFormat.PDF, asPdf.reading().format());
        assertEquals(limits, seen.get(), "the document reader is given the reader's limits");
        for (io.github.gongkai.core.Cell cell : asHtml.report().cells()) {
            assertEquals(cell.value(), asPdf.report().get(cell.ref()), cell.ref().toString());
        }
        assertEquals(asHtml.reading().cellsRead().size(), asPdf.reading().cellsRead().size());
        assertEquals(asHtml.reading().ambiguities().size(), asPdf.reading().ambiguities().size());
        SourcePosition at = asPdf.provenance(CellRef.parse("T3/newlyReceived/total")).orElseThrow().position();
        assertInstanceOf(SourcePosition.PageArea.class, at, "each cell keeps the document's position");
    }

    @Test
    void anEmptyCellInALabelColumnIsNoValueButAnEmptyNumberCellIsABlank() {
        List<LaidOutDocument.Block> blocks = new ArrayList<>();
        blocks.add(text("三、收到和处理政府信息公开申请情况"));
        List<List<LaidOutDocument.Cell>> rows = new ArrayList<>();
        rows.add(cells("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "自然人", "商业企业",
                "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        rows.add(cells("一、本年新收政府信息公开申请数量", "", "5", "0", "0", "0", "0", "0", "5"));
        rows.add(cells("二、上年结转政府信息公开申请数量", "", "0", "0", "0", "0", "0", "", "0"));
        // The second column holds a label in this row, so it is a label column: the empty cells above are no values.
        rows.add(cells("（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"));
        blocks.add(new LaidOutDocument.Table(rows));
        DocumentReader fake = pdfReader(limits -> LaidOutDocument.of(blocks));
        ReadResult result = ReportReader.builder().documentReader(fake).build().read(PDF_BYTES);
        assertEquals(CellValue.Count.of(5), result.report().get(CellRef.parse("T3/newlyReceived/naturalPerson")));
        assertEquals(CellValue.Count.of(5), result.report().get(CellRef.parse("T3/newlyReceived/total")));
        assertEquals(CellValue.blank(), result.report().get(CellRef.parse("T3/carriedOver/otherOrganization")));
        assertEquals(CellValue.Count.of(1), result.report().get(CellRef.parse("T3/withheld.stateSecret/total")));
    }

    @Test
    void theDocumentReadersRemarksAreWarningsFirst() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"));
        List<LaidOutDocument.Block> blocks = new ArrayList<>();
        walk(Jsoup.parse(html).body(), blocks);
        DocumentReader fake = pdfReader(limits -> LaidOutDocument.of(blocks, List.of(ReadingWarning.of(
                ReadingWarning.Detail.REMARK, List.of("a remark\u0007"), Optional.empty(), Optional.empty()))));
        ReadResult result = ReportReader.builder().documentReader(fake).build().read(PDF_BYTES);
        ReadingWarning first = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Code.DOCUMENT_REMARK, first.code());
        assertEquals("a remark", first.message(), "control characters removed");
        assertThrows(IllegalArgumentException.class, () -> LaidOutDocument.of(blocks, List.of(ReadingWarning.of(
                ReadingWarning.Detail.EDITION_ASSUMED, List.of(), Optional.empty(), Optional.empty()))),
                "a remark is a DOCUMENT_REMARK");
    }

    @Test
    void aDocumentRemarkedCutShortThatHoldsNoReportFailsAsCutShortItsFailureTheCause() {
        ReadingWarning cut = ReadingWarning.of(ReadingWarning.Detail.PDF_CUT_SHORT, List.of("2"), Optional.empty(),
                Optional.empty());
        List<LaidOutDocument.Block> sections = List.of(text("二、主动公开政府信息情况"), text("三、收到和处理政府信息公开申请情况"));
        DocumentReader noTableThree = pdfReader(limits -> LaidOutDocument.of(sections, List.of(cut)));
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> ReportReader.builder().documentReader(noTableThree).build().read(PDF_BYTES));
        assertEquals(ReportReadException.Detail.PDF_CUT_SHORT, e.detail(), e::toString);
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT, e.reason());
        ReportReadException cause = assertInstanceOf(ReportReadException.class, e.getCause());
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, cause.reason());
        assertEquals(List.of(cause.message(java.util.Locale.ENGLISH)), e.arguments());
        assertEquals(cause.position(), e.position(), "where the failure was found");
        assertTrue(e.getMessage().startsWith("UNREADABLE_INPUT: the PDF is cut short") && e.getMessage()
                .contains("what is left cannot be read: " + cause.message(java.util.Locale.ENGLISH)), e.getMessage());
        assertEquals("该 PDF 不完整（结尾没有 %%EOF，下载或复制中断时会这样），剩下的部分无法读取："
                + cause.message(java.util.Locale.CHINESE), e.message(java.util.Locale.CHINESE), "all in Chinese");

        DocumentReader whole = pdfReader(limits -> LaidOutDocument.of(sections));
        ReportReadException notCut = assertThrows(ReportReadException.class,
                () -> ReportReader.builder().documentReader(whole).build().read(PDF_BYTES));
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, notCut.reason(), "without the remark");
    }

    @Test
    void aDocumentRemarkedCutShortThatReadsHasTheRemarkFirst() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"));
        ReadingWarning cut = ReadingWarning.of(ReadingWarning.Detail.PDF_CUT_SHORT, List.of("3"), Optional.empty(),
                Optional.empty());
        DocumentReader fake = pdfReader(limits -> LaidOutDocument.of(laidOut(html).blocks(), List.of(cut)));
        ReadResult result = ReportReader.builder().documentReader(fake).build().read(PDF_BYTES);
        assertEquals(cut, result.reading().warnings().get(0));
        assertEquals("the PDF seems cut short: it does not end with the end-of-file marker %%EOF, as a download or "
                + "copy that stopped leaves it, so what was read of its 3 page(s) may be incomplete", cut.message());
        assertEquals("该 PDF 似乎不完整：结尾没有文件结束标记 %%EOF（下载或复制中断时会这样），从其 3 页读到的内容可能不全",
                cut.message(java.util.Locale.CHINESE));
    }

    @Test
    void aDocumentWithoutItsReaderIsUnsupportedNamingTheArtifact() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(PDF_BYTES));
        assertEquals(ReportReadException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("a PDF file") && e.getMessage().contains("gongkai-reader-pdf"),
                e.getMessage());
    }

    @Test
    void typesThatAreNotReadAreNamedByContent() {
        byte[] xlsx = zipWithEntry("xl/workbook.xml");
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.standard().read(xlsx));
        assertEquals(ReportReadException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("an XLSX spreadsheet"), e.getMessage());
    }

    @Test
    void aDocumentFormatCannotBeDeclaredForText() {
        assertThrows(IllegalArgumentException.class, () -> ReportReader.standard().read("x", SourceFormat.PDF));
    }


    private static LaidOutDocument.Text text(String s) {
        return new LaidOutDocument.Text(s, SourcePosition.pageArea(1, 0, 0, 100, 10));
    }

    private static List<LaidOutDocument.Cell> cells(String... texts) {
        List<LaidOutDocument.Cell> row = new ArrayList<>();
        for (String t : texts) {
            row.add(LaidOutDocument.Cell.of(t, SourcePosition.pageArea(1, row.size() * 10.0, 20, 10, 5)));
        }
        return row;
    }

    static byte[] zipWithEntry(String name) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
