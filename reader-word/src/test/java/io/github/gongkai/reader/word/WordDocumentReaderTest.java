package io.github.gongkai.reader.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReadException.Reason;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import io.github.gongkai.reader.spi.LaidOutDocument.Cell;
import io.github.gongkai.reader.spi.LaidOutDocument.Text;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * What {@link WordDocumentReader} lays out of a {@code .docx}: text blocks and their numbers, cells with their
 * grid positions and spans, text over runs and lines, nested tables, content controls, what it leaves out. The
 * failures are in {@link WordFailuresTest}.
 */
class WordDocumentReaderTest {

    static final WordDocumentReader READER = new WordDocumentReader();

    static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument()) {
            content.accept(document);
            return DocxReports.bytes(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LaidOutDocument layout(byte[] docx) {
        return READER.read(docx, SourceFormat.DOCX, DocumentLimits.defaults());
    }

    private static void paragraph(XWPFDocument document, String... lines) {
        XWPFRun run = document.createParagraph().createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    @Test
    void readsBothFormatsAndNothingElse() {
        assertEquals(Set.of(SourceFormat.DOCX, SourceFormat.DOC), READER.formats());
        assertThrows(IllegalArgumentException.class, () -> READER.read(new byte[0], SourceFormat.PDF,
                DocumentLimits.defaults()));
    }

    @Test
    void paragraphsAreTextBlocksNumberedFromOneAndEachLineIsOne() {
        LaidOutDocument laid = layout(docx(d -> {
            paragraph(d, "某某局2023年政府信息公开工作年度报告");
            paragraph(d, "");
            paragraph(d, "发布时间：2024-01-25", "一、总体情况");
            new DocxTable(d, 1, DocxTable.Style.PLAIN).row().value("1", 1, null);
            paragraph(d, "二、\t主动公开");
        }));
        assertEquals(List.of(new Text("某某局2023年政府信息公开工作年度报告", SourcePosition.block(1)),
                new Text("发布时间：2024-01-25", SourcePosition.block(2)),
                new Text("一、总体情况", SourcePosition.block(3)),
                new LaidOutDocument.Table(List.of(List.of(Cell.of("1", SourcePosition.tableCell(1, 1, 1))))),
                new Text("二、 主动公开", SourcePosition.block(4))), laid.blocks());
    }

    @Test
    void cellsHaveTheirGridColumnsSpansAndVerticalMerges() {
        LaidOutDocument laid = layout(docx(d -> {
            new DocxTable(d, 1, DocxTable.Style.PLAIN).row().value("first table", 1, null);
            DocxTable t = new DocxTable(d, 4, DocxTable.Style.PLAIN);
            t.row().label("A", 2, null).label("B", 1, null).label("C", 1, null);
            t.row().label("D", 1, DocxTable.Merge.RESTART).label("E", 2, DocxTable.Merge.RESTART).value("", 1, null);
            t.row().label("", 1, DocxTable.Merge.CONTINUE).label("", 2, DocxTable.Merge.CONTINUE).value("7", 1, null);
            t.row().label("", 1, DocxTable.Merge.CONTINUE).label("F", 2, null).value("8", 1, null);
        }));
        assertEquals(2, laid.blocks().size());
        assertEquals(List.of(
                List.of(new Cell("A", 1, 2, SourcePosition.tableCell(2, 1, 1)),
                        Cell.of("B", SourcePosition.tableCell(2, 1, 3)), Cell.of("C", SourcePosition.tableCell(2, 1, 4))),
                List.of(new Cell("D", 3, 1, SourcePosition.tableCell(2, 2, 1)),
                        new Cell("E", 2, 2, SourcePosition.tableCell(2, 2, 2)),
                        Cell.of("", SourcePosition.tableCell(2, 2, 4))),
                List.of(Cell.of("7", SourcePosition.tableCell(2, 3, 4))),
                List.of(new Cell("F", 1, 2, SourcePosition.tableCell(2, 4, 2)),
                        Cell.of("8", SourcePosition.tableCell(2, 4, 4)))),
                ((LaidOutDocument.Table) laid.blocks().get(1)).rows());
    }

    @Test
    void aContinuationWithNothingAboveIsKeptAsACell() {
        LaidOutDocument laid = layout(docx(d -> new DocxTable(d, 2, DocxTable.Style.PLAIN).row()
                .label("孤", 1, DocxTable.Merge.CONTINUE).value("5", 1, null)));
        assertEquals(List.of(List.of(Cell.of("孤", SourcePosition.tableCell(1, 1, 1)),
                Cell.of("5", SourcePosition.tableCell(1, 1, 2)))), ((LaidOutDocument.Table) laid.blocks().get(0)).rows());
    }

    @Test
    void aLabelSplitOverRunsParagraphsAndLineBreaksComesOutWhole() {
        LaidOutDocument laid = layout(docx(d -> {
            XWPFTableCell cell = d.createTable(1, 1).getRow(0).getCell(0);
            XWPFParagraph first = cell.getParagraphs().get(0);
            first.createRun().setText("一、本年");
            first.createRun().setText("新收政府");
            XWPFRun broken = first.createRun();
            broken.setText("信息公开");
            broken.addBreak();
            broken.setText("申请");
            cell.addParagraph().createRun().setText("数量");
        }));
        assertEquals("一、本年新收政府信息公开申请数量", only(laid).text());
    }

    @Test
    void aNestedTablesTextIsInTheOuterCell() {
        LaidOutDocument laid = layout(docx(d -> {
            XWPFTableCell outer = d.createTable(1, 1).getRow(0).getCell(0);
            outer.getParagraphs().get(0).createRun().setText("外");
            try (XmlCursor cursor = outer.getParagraphs().get(0).getCTP().newCursor()) {
                cursor.toEndToken();
                cursor.toNextToken();
                XWPFTable nested = outer.insertNewTbl(cursor);
                nested.getCTTbl().addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("12");
                nested.getCTTbl().getTrArray(0).addNewTc().addNewP().addNewR().addNewT().setStringValue("3");
            }
        }));
        assertEquals(1, laid.blocks().size(), "the nested table is no table of its own");
        assertEquals("外 12 3", only(laid).text());
    }

    @Test
    void aTableInsideAContentControlIsRead() {
        LaidOutDocument laid = layout(docx(d -> {
            paragraph(d, "before");
            CTSdtBlock sdt = d.getDocument().getBody().addNewSdt();
            var content = sdt.addNewSdtContent();
            content.addNewP().addNewR().addNewT().setStringValue("inside");
            CTTbl tbl = content.addNewTbl();
            var tr = tbl.addNewTr();
            tr.addNewTc().addNewP().addNewR().addNewT().setStringValue("规章");
            tr.addNewTc().addNewP().addNewR().addNewT().setStringValue("4");
            paragraph(d, "after");
        }));
        assertEquals(List.of(new Text("before", SourcePosition.block(1)), new Text("inside", SourcePosition.block(2)),
                new LaidOutDocument.Table(List.of(List.of(Cell.of("规章", SourcePosition.tableCell(1, 1, 1)),
                        Cell.of("4", SourcePosition.tableCell(1, 1, 2))))),
                new Text("after", SourcePosition.block(3))), laid.blocks());
    }

    @Test
    void headersAndFootersAreNotRead() {
        LaidOutDocument laid = layout(docx(d -> {
            d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉 2023");
            d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("-1-");
            paragraph(d, "正文");
        }));
        assertEquals(List.of(new Text("正文", SourcePosition.block(1))), laid.blocks());
    }

    private static Cell only(LaidOutDocument laid) {
        List<List<Cell>> rows = ((LaidOutDocument.Table) laid.blocks().get(0)).rows();
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).size());
        return rows.get(0).get(0);
    }

    /**
     * Asserts a read fails with a reason and a message naming the format.
     *
     * @return the exception
     */
    static ReportReadException fails(Reason reason, String named, byte[] bytes, SourceFormat format,
            DocumentLimits limits) {
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(bytes, format, limits));
        assertEquals(reason, e.reason(), e::getMessage);
        assertTrue(e.getMessage().contains(named), () -> "'" + named + "' in " + e.getMessage());
        return e;
    }
}
