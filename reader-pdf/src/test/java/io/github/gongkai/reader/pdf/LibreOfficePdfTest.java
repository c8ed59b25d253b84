package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PDFs of another producer than the corpus's: generated reports written as {@code .docx} and exported by
 * LibreOffice ({@code src/test/resources/libreoffice}, see its README). Every cell, blank ones included, is read
 * as the report holds it.
 */
class LibreOfficePdfTest {

    private static final Path DIR = Path.of("src/test/resources/libreoffice");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"r012, V2019, 2019", "r018, V2021, 2025"})
    void everyCellIsTheReportsOwn(String name, Edition edition, int year) throws IOException {
        ReadResult result = ReportReader.standard().read(DIR.resolve(name + ".pdf"));
        assertEquals(SourceFormat.PDF, result.reading().format());
        assertEquals(edition, result.edition());
        assertEquals(year, result.report().header().reportYear());
        List<String> lines = Files.readAllLines(DIR.resolve(name + ".expected.csv"), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            CellValue got = result.report().get(CellRef.parse(f[0]));
            if (!ExpectedValue.matches(got, f[1])) {
                failures.add(f[0] + ": expected " + f[1] + ", was " + got);
            }
        }
        assertEquals(CellRef.all(edition).size(), lines.size() - 1, "the CSV names every cell of the edition");
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + result.reading());
    }
}
