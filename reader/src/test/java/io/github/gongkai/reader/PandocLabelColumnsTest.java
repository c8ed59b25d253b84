package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ReportTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pandoc's Markdown of a Word table ({@code pandoc -t gfm}) writes a merged label cell as empty cells, so that a
 * row of table 三 has more cells than columns ({@code | 一、本年新收… | | | 3 | 0 | …}). The reader reads the row by
 * the label columns the table's own header lays out ({@code | | | | 自然人 | …}), and by nothing else: a page whose
 * header does not show them, or whose extra cells are not empty, leaves such rows unread, and no cell is ever read
 * wrong. The pages are {@code src/test/resources/converted}'s (see its README).
 */
class PandocLabelColumnsTest {

    private static final String FIRST_ROW = "一、本年新收政府信息公开申请数量";

    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md", "r012.pandoc.md"})
    void everyRowOfTableThreeIsReadByTheLabelColumnsOfItsHeader(String page) throws IOException {
        ReadResult result = read(page, text(page));
        assertEquals(List.of(), unreadInTableThree(result), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md", "r012.pandoc.md"})
    void aNumberInALabelColumnLeavesItsRowUnread(String page) throws IOException {
        List<String> lines = lines(page);
        int at = indexOf(lines, FIRST_ROW);
        List<String> cells = cells(lines.get(at));
        cells.set(1, " 9 ");
        lines.set(at, row(cells));
        ReadResult result = read(page, String.join("\n", lines));
        List<String> unread = unreadInTableThree(result);
        assertEquals(7, unread.size(), page + ": " + unread);
        assertTrue(unread.stream().allMatch(c -> c.startsWith("T3/newlyReceived/")), page + ": " + unread);
    }

    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md", "r012.pandoc.md"})
    void aHeaderWithoutEmptyCellsBeforeItsFirstColumnDropsNoCell(String page) throws IOException {
        List<String> lines = lines(page);
        int at = indexOf(lines, "自然人");
        List<String> cells = cells(lines.get(at));
        lines.set(at, row(cells.subList(3, cells.size())));
        ReadResult result = read(page, String.join("\n", lines));
        assertTrue(unreadInTableThree(result).size() >= 7 * 5, page + ": the rows with empty label cells are unread");
    }

    /**
     * Eight values after the label columns: the subtotal column the header names is left out, and a row's empty
     * eighth value is its blank 总计, not an empty cell after the row (which moved the subtotal into 总计 before).
     */
    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md", "r012.pandoc.md"})
    void aSubtotalColumnTheHeaderNamesIsLeftOut(String page) throws IOException {
        ReadResult result = read(page, withSubtotalColumn(lines(page), "小计"));
        assertEquals(List.of(), unreadInTableThree(result), page);
        assertTrue(result.reading().warnings().stream()
                .anyMatch(w -> w.code() == ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED), page);
    }

    /**
     * Eight values after the label columns, the header's cell above the eighth empty: the header's grid still shows
     * eight value columns from 自然人 to 总计, so that a row's empty eighth value is its blank 总计. Where a row's
     * numbers cannot tell the subtotal apart it is left unread; nothing is read wrong.
     */
    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md", "r012.pandoc.md"})
    void anEighthColumnTheHeaderDoesNotNameMovesNoValue(String page) throws IOException {
        read(page, withSubtotalColumn(lines(page), ""));
    }

    /**
     * A row of table 二 with more empty cells than cells ({@code | 行政事业性收费 | | | |} in a grid four columns
     * wide): whichever of them are the row's, its cells are blank.
     */
    @ParameterizedTest
    @ValueSource(strings = {"r006.pandoc.md"})
    void aRowOfMoreEmptyCellsThanItHasIsBlank(String page) throws IOException {
        ReadResult result = read(page, text(page));
        CellRef fees = CellRef.parse("T2/administrativeFees/amount");
        assertEquals(CellValue.blank(), result.report().get(fees));
        List<String> changed = new ArrayList<>();
        for (String line : lines(page)) {
            changed.add(line.startsWith("| 行政事业性收费") ? line.replaceFirst("\\|\\s*\\|$", "| 3 |") : line);
        }
        ReadResult damaged = read(page, String.join("\n", changed));
        assertTrue(damaged.report().get(fees) instanceof CellValue.Unread, "a number among them: which cell?");
    }

    /** Reads a page, failing if any cell is read with a value the report does not hold. */
    private static ReadResult read(String page, String text) throws IOException {
        Map<CellRef, ExpectedCells.Expected> expected = ConvertedPagesTest.expected(page);
        ReadResult result = ReportReader.standard().read(text, SourceFormat.MARKDOWN);
        List<String> wrong = ConvertedPagesTest.wrong(result, expected);
        assertTrue(wrong.isEmpty(), page + " read wrong:\n" + String.join("\n", wrong));
        return result;
    }

    private static List<String> unreadInTableThree(ReadResult result) {
        List<String> unread = new ArrayList<>();
        for (Cell cell : result.report().cells()) {
            if (cell.ref().table() == ReportTable.T3 && cell.ref().row() instanceof ApplicationRow
                    && cell.value() instanceof CellValue.Unread) {
                unread.add(cell.ref().toString());
            }
        }
        return unread;
    }

    /**
     * Table 三 with a column inserted after 其他: the header's cell above it ({@code header}), and in each row the sum
     * of the 法人或其他组织 columns (empty where they all are).
     */
    private static String withSubtotalColumn(List<String> lines, String header) {
        int first = indexOf(lines, "（本列数据的勾稽关系");
        int last = indexOf(lines, "四、结转下年度继续办理");
        boolean rows = false;
        for (int i = first; i <= last; i++) {
            List<String> cells = cells(lines.get(i));
            rows |= lines.get(i).contains(FIRST_ROW);
            String cell = lines.get(i).startsWith("|-") ? "---" : !rows ? (lines.get(i).contains("商业企业") ? header
                    : "") : subtotal(cells);
            cells.add(9, cell);
            lines.set(i, row(cells));
        }
        return String.join("\n", lines);
    }

    private static String subtotal(List<String> cells) {
        long sum = 0;
        boolean any = false;
        for (String c : cells.subList(4, 9)) {
            if (!c.isBlank()) {
                sum += Long.parseLong(c.strip());
                any = true;
            }
        }
        return any ? Long.toString(sum) : "";
    }

    private static List<String> lines(String page) throws IOException {
        return new ArrayList<>(List.of(text(page).split("\n", -1)));
    }

    private static String text(String page) throws IOException {
        return Files.readString(ConvertedPagesTest.CONVERTED.resolve(page), StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    /** A pipe row's cells, between its outer bars. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        return new ArrayList<>(List.of(inner.substring(1, inner.length() - 1).split("\\|", -1)));
    }

    private static String row(List<String> cells) {
        return "|" + String.join("|", cells) + "|";
    }
}
