package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Table 三 as a PDF's text laid out by columns prints it, converted to Markdown: rows whose label stands beside
 * their numbers, and between them blocks of several rows' labels followed by those rows' numbers
 * ({@code printed-order/label-blocks.md}, modelled on a real report). The last label before a run of numbers is
 * then not its row's; the printed order is. No cell is read wrong; where the order cannot settle a row, its cells
 * are unread.
 */
class PrintedOrderTest {

    private static final Path PAGE = Path.of("src/test/resources/printed-order/label-blocks.md");

    /** Table 三 as the fixture prints it: the natural-person and commercial-enterprise counts of each row. */
    private static final Map<ApplicationRow, int[]> T3 = new EnumMap<>(ApplicationRow.class);

    static {
        T3.put(ApplicationRow.NEWLY_RECEIVED, new int[] {40, 3});
        T3.put(ApplicationRow.CARRIED_OVER, new int[] {2, 0});
        T3.put(ApplicationRow.DISCLOSED, new int[] {11, 1});
        T3.put(ApplicationRow.PARTIALLY_DISCLOSED, new int[] {2, 0});
        T3.put(ApplicationRow.WITHHELD_STATE_SECRET, new int[] {0, 0});
        T3.put(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW, new int[] {1, 0});
        T3.put(ApplicationRow.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY, new int[] {0, 0});
        T3.put(ApplicationRow.WITHHELD_THIRD_PARTY_RIGHTS, new int[] {1, 0});
        T3.put(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, new int[] {3, 0});
        T3.put(ApplicationRow.WITHHELD_DELIBERATIVE_PROCESS, new int[] {1, 0});
        T3.put(ApplicationRow.WITHHELD_LAW_ENFORCEMENT_FILE, new int[] {0, 0});
        T3.put(ApplicationRow.WITHHELD_ADMINISTRATIVE_QUERY, new int[] {0, 0});
        T3.put(ApplicationRow.UNABLE_TO_PROVIDE_NOT_HELD, new int[] {5, 1});
        T3.put(ApplicationRow.UNABLE_TO_PROVIDE_REQUIRES_CREATION, new int[] {7, 0});
        T3.put(ApplicationRow.UNABLE_TO_PROVIDE_UNCLEAR_AFTER_CORRECTION, new int[] {2, 0});
        T3.put(ApplicationRow.NOT_PROCESSED_PETITION_OR_COMPLAINT, new int[] {1, 0});
        T3.put(ApplicationRow.NOT_PROCESSED_DUPLICATE, new int[] {0, 0});
        T3.put(ApplicationRow.NOT_PROCESSED_PUBLICATION, new int[] {0, 0});
        T3.put(ApplicationRow.NOT_PROCESSED_EXCESSIVE_REPEATED, new int[] {0, 0});
        T3.put(ApplicationRow.NOT_PROCESSED_CONFIRMATION_OF_OBTAINED, new int[] {1, 0});
        T3.put(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, new int[] {4, 1});
        T3.put(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, new int[] {0, 0});
        T3.put(ApplicationRow.OTHER_DISPOSAL_OTHER, new int[] {2, 0});
        T3.put(ApplicationRow.OUTCOME_TOTAL, new int[] {41, 3});
        T3.put(ApplicationRow.CARRIED_FORWARD, new int[] {1, 0});
    }

    private static Report read(String page) {
        return ReportReader.standard().read(page, SourceFormat.MARKDOWN).report();
    }

    /** The printed value of a cell of table 三. */
    private static long expected(CellRef cell) {
        int[] row = T3.get((ApplicationRow) cell.row());
        return switch ((ApplicantColumn) cell.column()) {
            case NATURAL_PERSON -> row[0];
            case COMMERCIAL_ENTERPRISE -> row[1];
            case TOTAL -> row[0] + row[1];
            default -> 0;
        };
    }

    /** The cells of table 三 read with a value the page does not print there, and those not read. */
    private static List<String> wrong(Report report, List<String> unread) {
        List<String> wrong = new ArrayList<>();
        for (CellRef cell : CellRef.all(Edition.V2021)) {
            if (cell.table() != ReportTable.T3) {
                continue;
            }
            CellValue value = report.get(cell);
            if (value instanceof CellValue.Unread) {
                unread.add(cell.toString());
            } else if (!(value instanceof CellValue.Count count) || count.value() != expected(cell)) {
                wrong.add(cell + " read " + value + ", printed " + expected(cell));
            }
        }
        return wrong;
    }

    @Test
    void runsBetweenRowsLabelledBesideTheirNumbersTakeTheRowsInPrintedOrder() throws IOException {
        ReadResult result = ReportReader.standard().read(Files.readString(PAGE), SourceFormat.MARKDOWN);
        List<String> unread = new ArrayList<>();
        List<String> wrong = wrong(result.report(), unread);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(List.of(), unread);
        assertTrue(result.reading().warnings().stream()
                .anyMatch(w -> w.detail() == ReadingWarning.Detail.ROWS_BY_PRINTED_ORDER
                        && w.cell().equals(java.util.Optional.of(CellRef.parse(
                                "T3/withheld.internalAffairs/naturalPerson")))),
                result.reading()::toString);
    }

    @Test
    void aRunWhoseTextNamesAnotherRowThanTheOrderGivesIsNotPlaced() throws IOException {
        // Row 5's label lost: the text before its numbers names only （四）1, which the order leaves no room for.
        String page = Files.readString(PAGE).replace("5.属于三类内部事务信\n息\n", "");
        List<String> unread = new ArrayList<>();
        List<String> wrong = wrong(read(page), unread);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(unread.stream().allMatch(c -> c.startsWith("T3/withheld.internalAffairs/")), unread::toString);
        assertEquals(7, unread.size(), unread::toString);
    }

    @Test
    void aGapWithARunLostIsNotFilledByOrderAndNothingIsReadWrong() throws IOException {
        // （四）2's numbers lost: two runs for three rows; the order fixes no row of that gap.
        String page = Files.readString(PAGE).replace("| 7 | 0 | 0 | 0 | 0 | 0 | 7 |\n|---|---|---|---|---|---|---|\n",
                "");
        List<String> unread = new ArrayList<>();
        List<String> wrong = wrong(read(page), unread);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(unread.contains("T3/unableToProvide.requiresCreation/naturalPerson"), unread::toString);
    }
}
