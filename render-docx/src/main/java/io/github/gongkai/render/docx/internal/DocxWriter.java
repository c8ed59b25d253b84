package io.github.gongkai.render.docx.internal;

import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.render.PrintedTable;
import io.github.gongkai.render.PrintedTable.Cell;
import io.github.gongkai.render.PrintedTable.Kind;
import io.github.gongkai.render.internal.Writers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a report's official tables as a {@code .docx}, with POI's XWPF: on A4 paper, the title (centred,
 * bold), then each table's heading as a paragraph and the table as a real Word table with single black borders,
 * a fixed grid of columns ({@code w:tblGrid}), horizontal spans as {@code gridSpan} and vertical ones as
 * {@code vMerge} (restart, then continue), header rows repeated on each page. The text is in 宋体 (SimSun) for
 * Chinese and Times New Roman for Latin letters and digits, 五号 (10.5 pt), table 四's fifteen columns in 小五
 * (9 pt). An unread cell's {@code ?} is shaded pink, as in HTML. The package is then written again with fixed
 * entry times ({@link Packages}), so that the same report gives the same bytes.
 */
public final class DocxWriter {

    /** A4 in twentieths of a point. */
    private static final int PAGE_WIDTH = 11_906;
    private static final int PAGE_HEIGHT = 16_838;
    /** 2.5 cm left and right, 2.54 cm top and bottom. */
    private static final int MARGIN_SIDE = 1_418;
    private static final int MARGIN_TOP = 1_440;
    /** The width of the text, which every table fills. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    /** A cell's left and right margins: 0.1 cm, so that a narrow column holds two or three characters. */
    private static final int CELL_MARGIN = 57;

    private static final String CHINESE_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";
    /** Sizes in half points: 五号, 小五, the title's 小二 and the headings' 四号. */
    private static final int TEXT_SIZE = 21;
    private static final int SMALL_SIZE = 18;
    private static final int TITLE_SIZE = 36;
    private static final int HEADING_SIZE = 28;
    private static final String UNREAD_FILL = "FDE2E2";
    /** The creator recorded in the document's core properties. */
    private static final String CREATOR = "gongkai";

    private DocxWriter() {
    }

    /**
     * Renders a report's tables as {@code .docx} bytes.
     *
     * @param report the report
     * @return the document's bytes, never null
     * @throws IOException if POI fails to write the document
     */
    public static byte[] write(Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        ByteArrayOutputStream raw = new ByteArrayOutputStream(32_768);
        try (XWPFDocument document = document(report)) {
            document.write(raw);
        }
        return Packages.normalize(raw.toByteArray());
    }

    private static XWPFDocument document(Report report) {
        XWPFDocument document = new XWPFDocument();
        String title = Writers.title(report);
        properties(document, title);
        styles(document);
        page(document);
        XWPFParagraph heading = document.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        spacing(heading, 0, 240);
        run(heading, title, TITLE_SIZE, true);
        for (PrintedTable table : PrintedTable.of(report)) {
            XWPFParagraph caption = document.createParagraph();
            spacing(caption, 240, 120); // first: setKeepNext needs the paragraph's properties to exist
            caption.setKeepNext(true);
            run(caption, table.table().label(), HEADING_SIZE, true);
            table(document, table);
        }
        return document;
    }

    /** The core properties: the title and the creator; no date, so that nothing varies from run to run. */
    private static void properties(XWPFDocument document, String title) {
        POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
        properties.setTitle(xml(title));
        properties.setCreator(CREATOR);
        properties.setCreated(Optional.empty());
        properties.setModified(Optional.empty());
    }

    /** The document defaults: 宋体 for Chinese, Times New Roman for Latin, 五号, Chinese as the East Asian language. */
    private static void styles(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(TEXT_SIZE));
        CTLanguage language = rpr.addNewLang();
        language.setVal("en-US");
        language.setEastAsia("zh-CN");
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        document.createStyles().setStyles(styles);
    }

    /** A4, portrait. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void table(XWPFDocument document, PrintedTable layout) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        CTTbl ct = table.getCTTbl();
        int[] widths = ColumnWidths.of(layout);
        tableProperties(ct, widths);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        int size = layout.table() == ReportTable.T4 ? SMALL_SIZE : TEXT_SIZE;
        // For each grid column, the cell of a row above whose vertical span still covers it, and for how long.
        Cell[] above = new Cell[layout.columns()];
        int[] left = new int[layout.columns()];
        List<List<Cell>> rows = layout.rows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            rowProperties(row, r < layout.headerRows());
            int next = 0;
            int column = 0;
            while (column < layout.columns()) {
                if (left[column] > 0) {
                    cell(row, above[column], widths, column, size, STMerge.CONTINUE);
                    left[column]--;
                    column += above[column].colSpan();
                    continue;
                }
                if (next == rows.get(r).size()) {
                    throw new IllegalStateException(layout.table() + " row " + r + " ends at column " + column);
                }
                Cell cell = rows.get(r).get(next++);
                cell(row, cell, widths, column, size, cell.rowSpan() > 1 ? STMerge.RESTART : null);
                if (cell.rowSpan() > 1) {
                    above[column] = cell;
                    left[column] = cell.rowSpan() - 1;
                }
                column += cell.colSpan();
            }
            if (next != rows.get(r).size() || column != layout.columns()) {
                throw new IllegalStateException(layout.table() + " row " + r + " does not fill the grid");
            }
        }
    }

    /** Full text width, fixed layout, centred, single black borders, narrow cell margins. */
    private static void tableProperties(CTTbl table, int[] widths) {
        CTTblPr pr = table.getTblPr() == null ? table.addNewTblPr() : table.getTblPr();
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        (pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW()).setW(BigInteger.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders borders = pr.addNewTblBorders();
        border(borders.addNewTop());
        border(borders.addNewLeft());
        border(borders.addNewBottom());
        border(borders.addNewRight());
        border(borders.addNewInsideH());
        border(borders.addNewInsideV());
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getRight().setType(STTblWidth.DXA);
    }

    private static void border(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    /** A header row is repeated at the top of each page; no row breaks across pages. */
    private static void rowProperties(XWPFTableRow row, boolean header) {
        CTTrPr pr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        pr.addNewCantSplit();
        if (header) {
            pr.addNewTblHeader();
        }
    }

    private static void cell(XWPFTableRow row, Cell cell, int[] widths, int column, int size, STMerge.Enum merge) {
        XWPFTableCell tc = row.createCell();
        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        int width = 0;
        for (int i = column; i < column + cell.colSpan(); i++) {
            width += widths[i];
        }
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (cell.colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (merge == STMerge.RESTART) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (merge == STMerge.CONTINUE) {
            pr.addNewVMerge(); // no value: continue
        }
        if (cell.kind() == Kind.UNREAD && merge != STMerge.CONTINUE) {
            CTShd shading = pr.addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill(UNREAD_FILL);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph paragraph = tc.getParagraphs().get(0);
        if (merge == STMerge.CONTINUE) {
            return; // a covered cell holds an empty paragraph, as Word writes it
        }
        paragraph.setAlignment(cell.kind() == Kind.ROW_LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        if (!cell.text().isEmpty()) {
            run(paragraph, cell.text(), size, false);
        }
    }

    /**
     * The text with the two characters XML 1.0 cannot hold that core lets through, the noncharacters U+FFFE and
     * U+FFFF, replaced by U+FFFD (core already refuses control characters and unpaired surrogates).
     */
    static String xml(String text) {
        return text.indexOf('\uFFFE') < 0 && text.indexOf('\uFFFF') < 0 ? text
                : text.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
    }

    private static void spacing(XWPFParagraph paragraph, int before, int after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
    }

    /** A run of text; the size is set where it is not the default. */
    private static XWPFRun run(XWPFParagraph paragraph, String text, int halfPoints, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(xml(text));
        if (bold) {
            run.setBold(true);
        }
        if (halfPoints != TEXT_SIZE) {
            run.setFontSize(halfPoints / 2.0);
        }
        return run;
    }
}
