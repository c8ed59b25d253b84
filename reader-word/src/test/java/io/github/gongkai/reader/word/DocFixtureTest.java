package io.github.gongkai.reader.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real Word 97–2003 file: {@code fixtures/report_2021.doc} is a generated 2021 report (seed {@code 0x15d0c},
 * {@code ReportSize.SMALL}, its zeros mostly blank) written by {@link DocxReports} and converted by LibreOffice 7.4
 * ({@code soffice --headless --convert-to doc:"MS Word 97"}); {@code report_2021.expected.csv} holds the value
 * written for each cell. POI cannot write a {@code .doc} with tables itself. Read through {@code read(byte[])},
 * the compound file is told by its content and laid out with HWPF.
 */
class DocFixtureTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocFixtureTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyCellOfTheDocIsReadAsWritten() throws IOException {
        ReadResult result = ReportReader.standard().read(resource("report_2021.doc"));
        assertEquals(SourceFormat.DOC, result.reading().format());
        Map<CellRef, String> expected = new LinkedHashMap<>();
        for (String line : new String(resource("report_2021.expected.csv"), StandardCharsets.UTF_8).split("\n")) {
            int comma = line.indexOf(',');
            expected.put(CellRef.parse(line.substring(0, comma)), line.substring(comma + 1));
        }
        assertEquals(ReportFormat.of(result.report().edition()).cells().size(), expected.size());
        expected.forEach((cell, value) -> assertEquals(value, result.report().get(cell).toString(), cell::toString));
        assertTrue(result.reading().isComplete(), result.reading()::toString);
        assertEquals("西昌市人民政府办公室", result.report().header().organName());
        assertEquals(2022, result.report().header().reportYear());
        // Table 三 is the document's second table; row 4 is 一、本年新收, its 自然人 the fourth grid column.
        assertEquals(SourcePosition.tableCell(2, 4, 4),
                result.provenance(CellRef.parse("T3/newlyReceived/naturalPerson")).orElseThrow().position());
    }

    @Test
    void theDocsMergedCellsHaveTheirSpans() throws IOException {
        LaidOutDocument laid = new WordDocumentReader().read(resource("report_2021.doc"), SourceFormat.DOC,
                DocumentLimits.defaults());
        List<LaidOutDocument.Table> tables = laid.blocks().stream().filter(LaidOutDocument.Table.class::isInstance)
                .map(LaidOutDocument.Table.class::cast).toList();
        assertEquals(4, tables.size());
        List<List<LaidOutDocument.Cell>> t3 = tables.get(1).rows();
        assertEquals(new LaidOutDocument.Cell(DocxReports.T3_NOTE, 3, 3, SourcePosition.tableCell(2, 1, 1)),
                t3.get(0).get(0));
        assertEquals(new LaidOutDocument.Cell("法人或其他组织", 1, 5, SourcePosition.tableCell(2, 2, 5)), t3.get(1).get(1));
        assertEquals(new LaidOutDocument.Cell("三、本年度办理结果", 22, 1, SourcePosition.tableCell(2, 6, 1)),
                t3.get(5).get(0));
        assertEquals(new LaidOutDocument.Cell("（三）不予公开", 8, 1, SourcePosition.tableCell(2, 8, 2)), t3.get(7).get(0));
        assertEquals(9, t3.get(7).size(), "the group, the row's label and its seven cells");
        assertEquals(8, t3.get(8).size(), "covered by the merges: the row's label and its seven cells");
    }
}
