package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        String report = page.substring(0, page.indexOf('.'));
        Map<CellRef, ExpectedCells.Expected> expected = ExpectedCells.load(CONVERTED.resolve(report + ".txt"));
        ReadResult result;
        try {
            result = ReportReader.create().read(CONVERTED.resolve(page));
        } catch (ReportReadException e) {
            if (floor > 0) {
                fail(page + " reads no more: " + e.getMessage());
            }
            return;
        }
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Cell cell : result.report().cells()) {
            if (cell.value() instanceof CellValue.Unread) {
                continue;
            }
            read++;
            ExpectedCells.Expected want = expected.get(cell.ref());
            String mismatch = want == null ? "not in the report" : ExpectedCells.mismatch(cell.ref(), want.value(),
                    cell.value());
            if (mismatch != null) {
                wrong.add(cell.ref() + ": " + mismatch);
            }
        }
        assertTrue(wrong.isEmpty(), page + " read wrong:\n" + String.join("\n", wrong));
        assertTrue(read >= floor, page + ": " + read + " cells read, fewer than " + floor);
    }
}
