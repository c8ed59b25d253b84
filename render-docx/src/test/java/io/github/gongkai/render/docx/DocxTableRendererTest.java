package io.github.gongkai.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.render.TableFormat;
import io.github.gongkai.render.TableRenderer;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxTableRendererTest {

    private static final DocxTableRenderer RENDERER = DocxTableRenderer.standard();

    private static Report report(Edition edition) {
        return Report.builder(edition).organName("某县人民政府办公室").reportYear(edition == Edition.V2021 ? 2023 : 2019)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(12))
                .set(CellRef.parse("T3/newlyReceived/total"), CellValue.count(12))
                .build();
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void oneStatelessRenderer() throws IOException {
        assertSame(RENDERER, DocxTableRenderer.standard());
        assertEquals("DocxTableRenderer", RENDERER.toString());
        assertEquals("docx", DocxTableRenderer.EXTENSION);
        assertTrue(DocxTableRenderer.MEDIA_TYPE.endsWith("wordprocessingml.document"));
        assertThrows(NullPointerException.class, () -> RENDERER.render(null));
        assertThrows(NullPointerException.class, () -> RENDERER.render(null, new ByteArrayOutputStream()));
        assertThrows(NullPointerException.class, () -> RENDERER.render(report(Edition.V2021), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(report(Edition.V2021), out);
        assertArrayEquals(RENDERER.render(report(Edition.V2021)), out.toByteArray());
    }

    @Test
    void theStreamIsNeitherClosedNorFlushed() throws IOException {
        boolean[] closedOrFlushed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void flush() {
                closedOrFlushed[0] = true;
            }

            @Override
            public void close() {
                closedOrFlushed[0] = true;
            }
        };
        RENDERER.render(report(Edition.V2019), out);
        assertFalse(closedOrFlushed[0]);
        assertArrayEquals(RENDERER.render(report(Edition.V2019)), bytes.toByteArray());
    }

    /** The same report gives the same bytes: at another time, in another time zone, on another thread. */
    @Test
    void theOutputIsDeterministic() throws Exception {
        Report report = DocxRoundTripTest.seedReport();
        byte[] first = RENDERER.render(report);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Thread.sleep(2_100); // ZIP times have a resolution of two seconds
            assertArrayEquals(first, RENDERER.render(report));
        } finally {
            TimeZone.setDefault(zone);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> RENDERER.render(report)));
            }
            for (Future<byte[]> future : futures) {
                assertArrayEquals(first, future.get());
            }
        } finally {
            pool.shutdown();
        }
        Map<String, String> parts = parts(first);
        String core = parts.get("docProps/core.xml");
        assertFalse(core.contains("created") || core.contains("modified"), core);
        assertTrue(core.contains("<dc:creator>gongkai</dc:creator>"), core);
        assertTrue(core.contains("凉山州经济和信息化局2021年政府信息公开工作年度报告"), core);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0, 2), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName());
            }
        }
    }

    /** The parts of a package, as text. */
    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /**
     * Every table has exactly the cells of {@code TableRenderer}'s HTML, row by row: the same text, the same
     * row span (a {@code vMerge} restart and its continuations) and the same column span ({@code gridSpan}); the
     * title and the tables' headings are the paragraphs before them, in the same order.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void theTablesHaveTheHtmlLayoutCellForCell(Edition edition) throws IOException {
        int checked = 0;
        for (long seed : GeneratedReportsProvider.caseSeeds(0x1a_0a7L + edition.ordinal(), 40)) {
            Report report = DocxRoundTripTest.generate(seed, DocxRoundTripTest.Variant.PLACEHOLDERS);
            if (report.edition() != edition) {
                continue;
            }
            checked++;
            String html = TableRenderer.of(TableFormat.HTML).render(report);
            try (XWPFDocument document = open(RENDERER.render(report))) {
                assertEquals(htmlTables(html), docxTables(document), "seed " + seed);
                assertEquals(htmlHeadings(html), paragraphs(document));
            }
        }
        assertTrue(checked > 0);
    }

    private static final Pattern TABLE = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(th|td)([^>]*)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h[12]>(.*?)</h[12]>");

    /** Each table as rows of cells {@code text|rowspan|colspan}. */
    private static List<List<List<String>>> htmlTables(String html) {
        List<List<List<String>>> tables = new ArrayList<>();
        Matcher t = TABLE.matcher(html);
        while (t.find()) {
            String body = t.group(1).replaceAll("<caption>.*?</caption>", "");
            List<List<String>> rows = new ArrayList<>();
            Matcher r = ROW.matcher(body);
            while (r.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = CELL.matcher(r.group(1));
                while (c.find()) {
                    cells.add(unescape(c.group(3)) + "|" + attribute(c.group(2), "rowspan") + "|"
                            + attribute(c.group(2), "colspan"));
                }
                rows.add(cells);
            }
            tables.add(rows);
        }
        return tables;
    }

    private static List<String> htmlHeadings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher h = HEADING.matcher(html);
        while (h.find()) {
            headings.add(unescape(h.group(1)));
        }
        return headings;
    }

    private static int attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(attributes);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Each table as rows of cells {@code text|rowspan|colspan}, the cells a vertical merge continues left out. */
    private static List<List<List<String>>> docxTables(XWPFDocument document) {
        List<List<List<String>>> tables = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            List<XWPFTableRow> tableRows = table.getRows();
            for (int r = 0; r < tableRows.size(); r++) {
                List<String> cells = new ArrayList<>();
                int column = 0;
                for (XWPFTableCell cell : tableRows.get(r).getTableCells()) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    if (!continues(pr)) {
                        int rowSpan = 1;
                        if (pr.isSetVMerge()) {
                            assertEquals(STMerge.RESTART, pr.getVMerge().getVal());
                            while (r + rowSpan < tableRows.size()
                                    && continues(cellAt(tableRows.get(r + rowSpan), column, span))) {
                                rowSpan++;
                            }
                            assertTrue(rowSpan > 1, "a restart continued below");
                        }
                        cells.add(cell.getText() + "|" + rowSpan + "|" + span);
                    }
                    column += span;
                }
                rows.add(cells);
            }
            tables.add(rows);
        }
        return tables;
    }

    private static boolean continues(CTTcPr pr) {
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /** The properties of the cell of a row at a grid column, which must have that span. */
    private static CTTcPr cellAt(XWPFTableRow row, int column, int span) {
        int at = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            int width = pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
            if (at == column) {
                return width == span ? pr : null;
            }
            at += width;
        }
        return null;
    }

    private static List<String> paragraphs(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p && !p.getText().isEmpty()) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    /** Real Word tables: borders, a grid filling the text width, header rows repeated, the fonts 宋体 and 五号. */
    @Test
    void theDocumentIsLaidOutAsOrgansPublish() throws IOException {
        byte[] docx = RENDERER.render(DocxRoundTripTest.seedReport());
        Map<String, String> parts = parts(docx);
        String styles = parts.get("word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"宋体\""), styles);
        assertTrue(styles.contains("<w:sz w:val=\"21\"/>"), styles);
        String body = parts.get("word/document.xml");
        assertTrue(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
        try (XWPFDocument document = open(docx)) {
            assertEquals(4, document.getTables().size());
            for (XWPFTable table : document.getTables()) {
                var pr = table.getCTTbl().getTblPr();
                assertEquals("single", pr.getTblBorders().getInsideV().getVal().toString());
                assertEquals("single", pr.getTblBorders().getTop().getVal().toString());
                long grid = 0;
                for (var col : table.getCTTbl().getTblGrid().getGridColList()) {
                    grid += ((java.math.BigInteger) col.getW()).longValue();
                }
                assertEquals(11906 - 2 * 1418, grid, "the grid fills the text width");
                for (XWPFTableRow row : table.getRows()) {
                    long width = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        width += ((java.math.BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).longValue();
                    }
                    assertEquals(grid, width, "each row's cells fill the grid");
                }
            }
            XWPFTable t3 = document.getTables().get(1);
            assertEquals(3, t3.getRows().stream().filter(r -> r.isRepeatHeader()).count(), "table 三's header");
            assertEquals("凉山州经济和信息化局2021年政府信息公开工作年度报告", paragraphs(document).get(0));
        }
    }

    /**
     * An unread cell prints {@code ?} on a pink background, and never reads back as a number: the reader reads it
     * as unread. Its reason is not printed, and the reader does not take {@code ?} for a cell of its row (in
     * HTML neither): the row's other cells read as not found too. Every other row reads back as it was.
     */
    @ParameterizedTest
    @EnumSource(value = UnreadReason.class, names = "MERGED", mode = EnumSource.Mode.EXCLUDE) // goes with a total
    void anUnreadCellIsAShadedQuestionMarkThatReadsBackAsUnread(UnreadReason reason) throws IOException {
        CellRef cell = CellRef.parse("T3/newlyReceived/legalServiceAgency");
        Report report = DocxRoundTripTest.seedReport().with(cell, CellValue.unread(reason));
        byte[] docx = RENDERER.render(report);
        try (XWPFDocument document = open(docx)) {
            XWPFTableCell printed = document.getTables().get(1).getRow(3).getTableCells().get(5);
            assertEquals("?", printed.getText());
            assertEquals("FDE2E2", java.util.HexFormat.of().withUpperCase()
                    .formatHex((byte[]) printed.getCTTc().getTcPr().getShd().getFill()));
        }
        ReadResult read = ReportReader.standard().read(docx);
        assertInstanceOf(CellValue.Unread.class, read.report().get(cell));
        for (CellRef other : ReportFormat.of(Edition.V2021).cells()) {
            if (!other.row().equals(cell.row())) {
                assertEquals(report.get(other), read.report().get(other), other::toString);
            }
        }
    }

    /** Text is text: markup characters stay as written; the two noncharacters XML cannot hold become U+FFFD. */
    @Test
    void hostileTextIsWrittenAsText() throws IOException {
        String organ = "<w:p>&amp;\"'</w:t>某局\uFFFF";
        Report report = Report.builder(Edition.V2021).organName(organ).reportYear(2023)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.notApplicable("<&>"))
                .build();
        try (XWPFDocument document = open(RENDERER.render(report))) {
            assertEquals("<w:p>&amp;\"'</w:t>某局\uFFFD2023年政府信息公开工作年度报告", paragraphs(document).get(0));
            assertEquals("<&>", document.getTables().get(1).getRow(3).getTableCells().get(1).getText());
        }
    }

    @Test
    void the2019EditionHasNoFeeTable() throws IOException {
        try (XWPFDocument document = open(RENDERER.render(report(Edition.V2019)))) {
            assertEquals(3, document.getTables().size());
            assertFalse(paragraphs(document).contains("六、其他需要报告的事项"));
        }
        try (XWPFDocument document = open(RENDERER.render(report(Edition.V2021)))) {
            assertEquals(Set.of(4), Set.of(document.getTables().size()));
            assertTrue(paragraphs(document).contains("六、其他需要报告的事项"));
        }
    }
}
