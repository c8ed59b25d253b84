package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Table 四 printed as the format prescribes (a header and one row of fifteen cells, no row label) with every cell
 * empty: its row of blanks, once the section ends without a number; an empty row before the numbers is spacing.
 */
class BlankTableFourTest {

    private static final String NUMBERS = "<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td>"
            + "<td>1</td><td>0</td><td>2</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>";
    private static final String EMPTY = "<tr>" + "<td></td>".repeat(15) + "</tr>";

    private static ReadResult read(String row) throws IOException {
        String page = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"));
        assertTrue(page.contains(NUMBERS));
        return ReportReader.standard().read(page.replace(NUMBERS, row), SourceFormat.HTML);
    }

    @Test
    void aRowOfFifteenEmptyCellsIsFifteenBlanks() throws IOException {
        ReadResult result = read(EMPTY);
        for (CellRef cell : ReportFormat.of(result.edition()).cells(ReportTable.T4)) {
            assertEquals(CellValue.blank(), result.report().get(cell), cell::toString);
        }
        assertTrue(result.reading().notFound().isEmpty(), result.reading()::toString);
    }

    @Test
    void anEmptyRowBeforeTheNumbersIsSpacing() throws IOException {
        ReadResult result = read(EMPTY + NUMBERS);
        assertEquals(CellValue.Count.of(2), result.report().get(CellRef.parse("T4/administrativeReview/upheld")));
        assertEquals(CellValue.Count.of(1), result.report().get(CellRef.parse("T4/litigationAfterReview/total")));
    }
}
