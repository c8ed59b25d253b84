package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample report shipped in the examples module is the Liangshan 2021 report as this module writes it
 * (pretty form). Run with {@code -Dgongkai.writeExamples=true} to rewrite it.
 */
class ExampleFilesTest {

    private static final Path LIANGSHAN = Path.of("../examples/src/main/resources/liangshan-2021.json");

    @Test
    void liangshanSampleIsCanonicalAndHoldsTheCorpusValues() throws IOException {
        ReportJson pretty = ReportJson.builder().pretty(true).build();
        String expected = pretty.write(Samples.liangshan2021());
        if (Boolean.getBoolean("gongkai.writeExamples")) {
            Files.writeString(LIANGSHAN, expected, StandardCharsets.UTF_8);
        }
        String shipped = Files.readString(LIANGSHAN, StandardCharsets.UTF_8);
        assertEquals(expected, shipped);
        SchemaCheck.assertValid(shipped);

        Report report = ReportJson.standard().read(LIANGSHAN);
        assertEquals("凉山州经济和信息化局", report.header().organName());
        assertEquals(Edition.V2021, report.edition());
        long nonZero = report.cells().stream()
                .filter(cell -> !cell.value().equals(CellValue.count(0)) && !cell.value().equals(CellValue.amount("0")
                        .withUnit(cell.ref().column().headerUnit())))
                .count();
        assertEquals(2, nonZero);
        assertEquals(CellValue.count(64), report.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(CellValue.count(1), report.get(CellRef.parse("T2/normativeDocuments/inForce")));
    }
}
