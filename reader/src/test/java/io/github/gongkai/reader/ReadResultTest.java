package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void givesTheEditionAndEachCellsProvenance() throws IOException {
        ReadResult r = ReportReader.standard().read(Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt"));
        assertEquals(Edition.V2021, r.edition());
        CellRef cell = CellRef.parse("T4/litigationAfterReview/total");
        assertEquals(r.reading().provenance(cell), r.provenance(cell));
        assertEquals(SourcePosition.line(587, 1), r.provenance(cell).orElseThrow().position());
    }

    @Test
    void theReportAndTheReadingMustBeOfOneEdition() {
        Report report = Report.builder(Edition.V2021).organName("x").reportYear(2021).build();
        ReadingReport reading = new ReadingReport(SourceFormat.TEXT, Edition.V2019, List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new ReadResult(report, reading));
        assertThrows(NullPointerException.class, () -> new ReadResult(null, reading));
    }
}
