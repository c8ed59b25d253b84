package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.UnreadReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A row label printed with characters missing (the corpus PDF prints {@code 2.其他法律行政止公开}, its font having
 * lost 法规禁): read as the next row in printed order when what is left is most of that row's label, in order,
 * beginning and ending as it does; otherwise not read. And a label whose enumeration comma is printed as a comma.
 */
class GappedLabelTest {

    private static final Path SAMPLE = Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt");
    private static final CellRef CELL = CellRef.parse("T3/withheld.prohibitedByLaw/total");

    private static ReadResult readWithLabel(String label) throws IOException {
        String page = Files.readString(SAMPLE).replace("2.其他法律行政法规禁止公开", label);
        return ReportReader.standard().read(page);
    }

    @Test
    void theNextRowsLabelWithAFewCharactersMissingIsThatRowWithAWarning() throws IOException {
        ReadResult result = readWithLabel("2.其他法律行政止公开");
        assertEquals(CellValue.Count.of(0), result.report().get(CELL));
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.LABEL_FRAGMENT
                && w.message().contains("characters missing")), result.reading()::toString);
    }

    @Test
    void tooFewCharactersLeftIsNoLabel() throws IOException {
        ReadResult result = readWithLabel("2.其他法律公开");
        assertNoLabelFrom(result);
        // Every other row has its label and its numbers: the printed order places the row, not the label.
        assertEquals(CellValue.Count.of(0), result.report().get(CELL));
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.detail()
                == ReadingWarning.Detail.ROWS_BY_PRINTED_ORDER), result.reading()::toString);
        // With the next row's numbers lost as well, neither settles it.
        String page = Files.readString(SAMPLE).replace("2.其他法律行政法规禁止公开", "2.其他法律公开");
        int next = page.indexOf("3.危及");
        String lost = page.substring(0, next) + "3.危及“三安全一稳定”\n\n" + page.substring(page.indexOf("4.保护第三方", next));
        CellValue.Unread unread = assertInstanceOf(CellValue.Unread.class,
                ReportReader.standard().read(lost).report().get(CELL));
        assertEquals(UnreadReason.NOT_FOUND, unread.reason());
    }

    @Test
    void charactersOutOfOrderAreNoLabel() throws IOException {
        assertNoLabelFrom(readWithLabel("2.其他行政法律法规禁止公开"));
    }

    private static void assertNoLabelFrom(ReadResult result) {
        assertTrue(result.reading().warnings().stream().noneMatch(w -> w.code() == ReadingWarning.Code.LABEL_FRAGMENT),
                result.reading()::toString);
    }

    @Test
    void anEnumerationCommaPrintedAsACommaIsTheLabelsOwn() throws IOException {
        // A PDF converted to Markdown printed 1.申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请.
        CellRef overdue = CellRef.parse("T3/otherDisposal.correctionOverdue/total");
        for (String comma : new String[] {"，", ", "}) {
            String page = Files.readString(SAMPLE).replace("逾期不补正、行政机关", "逾期不补正" + comma + "行政机关");
            ReadResult result = ReportReader.standard().read(page);
            assertEquals(CellValue.Count.of(0), result.report().get(overdue), comma);
            assertTrue(result.reading().notFound().isEmpty(), result.reading()::toString);
        }
    }
}
