package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated reports written as Word documents and converted by LibreOffice and pdftotext
 * ({@code src/test/resources/converted}, see its README): whatever a converter did to a table, no cell is read
 * with a value the report does not hold, and each page reads at least as many cells as {@code floors.tsv} says.
 */
class ConvertedPagesTest {

    static final Path CONVERTED = Path.of("src/test/resources/converted");

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> pages = new ArrayList<>();
        for (String line : Files.readAllLines(CONVERTED.resolve("floors.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                pages.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
            }
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("pages")
    void noCellIsReadWrongAndNoneFewerThanItsFloor(String page, int floor, String what) throws IOException {
        Map<CellRef, ExpectedCells.Expected> expected = expected(page);
        ReadResult result;
        try {
            result = ReportReader.standard().read(CONVERTED.resolve(page));
        } catch (ReportReadException e) {
            if (floor > 0) {
                fail(page + " reads no more: " + e.getMessage());
            }
            return;
        }
        List<String> wrong = wrong(result, expected);
        assertTrue(wrong.isEmpty(), page + " read wrong:\n" + String.join("\n", wrong));
        int read = (int) result.report().cells().stream().filter(c -> !(c.value() instanceof CellValue.Unread))
                .count();
        assertTrue(read >= floor, page + ": " + read + " cells read, fewer than " + floor);
    }

    /**
     * A grid row narrower than its table, empty cells at both ends ({@code | 政府集中采购 | | 0.00元 | |}): read
     * where only one way of taking its cells reads (an amount with 元 cannot be 采购项目数量, a count), unread where
     * two do ({@code | | 3 | |}: a count of 3 projects, or an amount of 3 with the projects blank).
     */
    @Test
    void aNarrowRowWithEmptyCellsAtBothEndsIsReadOnlyWhereOneWayReads() throws IOException {
        String page = Files.readString(CONVERTED.resolve("r012.pandoc.md"), StandardCharsets.UTF_8);
        String row = "| 政府集中采购         |                | 0.00元         |                |";
        assertTrue(page.contains(row));
        CellRef projects = CellRef.parse("T2/centralizedProcurement/projects");
        CellRef amount = CellRef.parse("T2/centralizedProcurement/totalAmount");
        Report read = ReportReader.standard().read(page, SourceFormat.MARKDOWN).report();
        assertEquals(CellValue.blank(), read.get(projects));
        assertEquals(CellValue.amount(new BigDecimal("0.00"), AmountUnit.YUAN), read.get(amount));

        Report either = ReportReader.standard().read(page.replace(row, row.replace("0.00元", "3     ")),
                SourceFormat.MARKDOWN).report();
        assertInstanceOf(CellValue.Unread.class, either.get(projects));
        assertInstanceOf(CellValue.Unread.class, either.get(amount));
    }

    /**
     * The text and pandoc Markdown pages damaged as a converter or an editor might, 150 times each (seeded): an
     * empty line or a number lost, a line doubled (a table row twice), an empty line more (a cell's second
     * paragraph, a table cut in two). No cell is read with a value
     * the report does not hold: a damaged row is left unread. (A label lost is not tried: its numbers then
     * follow the label before, as a page could print another row.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textPages")
    void aDamagedPageReadsNoCellWrong(String page) throws IOException {
        Map<CellRef, ExpectedCells.Expected> expected = expected(page);
        List<String> lines = Files.readAllLines(CONVERTED.resolve(page), StandardCharsets.UTF_8);
        ReportReader reader = ReportReader.standard();
        SplittableRandom random = new SplittableRandom(page.hashCode());
        for (int i = 0; i < 150; i++) {
            List<String> damaged = new ArrayList<>(lines);
            int at = 1 + random.nextInt(damaged.size() - 2);
            String what = switch (random.nextInt(3)) {
                case 0 -> {
                    if (!damaged.get(at).isBlank() && !damaged.get(at).strip().chars().allMatch(Character::isDigit)) {
                        yield null; // a label lost: its numbers then follow another label, which a page cannot show
                    }
                    yield "lost line " + (at + 1) + ": " + damaged.remove(at);
                }
                case 1 -> {
                    damaged.add(at, damaged.get(at));
                    yield "doubled line " + (at + 1);
                }
                default -> {
                    damaged.add(at, "");
                    yield "empty line before line " + (at + 1);
                }
            };
            if (what == null) {
                continue;
            }
            ReadResult result;
            try {
                result = reader.read(String.join("\n", damaged), page.endsWith(".md") ? SourceFormat.MARKDOWN
                        : SourceFormat.TEXT);
            } catch (ReportReadException e) {
                continue;
            }
            List<String> wrong = wrong(result, expected);
            assertTrue(wrong.isEmpty(), page + ", " + what + ", read wrong:\n" + String.join("\n", wrong));
        }
    }

    static Stream<String> textPages() throws IOException {
        return pages().map(a -> (String) a.get()[0])
                .filter(p -> p.endsWith(".cells.txt") || p.endsWith(".tabs.txt") || p.endsWith(".pandoc.md"));
    }

    static Map<CellRef, ExpectedCells.Expected> expected(String page) throws IOException {
        return ExpectedCells.load(CONVERTED.resolve(page.substring(0, page.indexOf('.')) + ".txt"));
    }

    /** The cells read whose value is not the report's. */
    static List<String> wrong(ReadResult result, Map<CellRef, ExpectedCells.Expected> expected) {
        List<String> wrong = new ArrayList<>();
        for (Cell cell : result.report().cells()) {
            if (cell.value() instanceof CellValue.Unread) {
                continue;
            }
            ExpectedCells.Expected want = expected.get(cell.ref());
            String mismatch = want == null ? "not in the report" : ExpectedCells.mismatch(cell.ref(), want.value(),
                    cell.value());
            if (mismatch != null) {
                wrong.add(cell.ref() + ": " + mismatch);
            }
        }
        return wrong;
    }
}
