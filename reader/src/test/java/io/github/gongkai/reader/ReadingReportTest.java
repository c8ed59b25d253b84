package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingReportTest {

    @Test
    void everyCellIsInExactlyOneListAndCanBeLookedUp() throws IOException {
        ReadingReport r = ReportReader.standard().read(Path.of("src/test/resources/corpus/002_shanghai_office_2025.md"))
                .reading();
        CellRef read = CellRef.parse("T3/newlyReceived/total");
        CellRef ambiguous = CellRef.parse("T2/rules/inForce");
        CellRef missing = CellRef.parse("S6/informationProcessingFees/noticesIssued");
        assertEquals("1295", r.provenance(read).orElseThrow().raw());
        assertTrue(r.ambiguity(read).isEmpty());
        assertFalse(r.isNotFound(read));
        assertTrue(r.provenance(ambiguous).isEmpty());
        assertTrue(r.ambiguity(ambiguous).isPresent());
        assertTrue(r.isNotFound(missing));
        assertFalse(r.isComplete());
        assertEquals("2021 edition from MARKDOWN: 194 read, 0 blank, 6 ambiguous, 3 not found, "
                + r.warnings().size() + " warning(s)", r.summary());
        assertTrue(r.toString().contains("\n  ambiguous: T2/rules/issued"), r.toString());
        assertTrue(r.toString().contains("\n  not found: S6/informationProcessingFees/noticesIssued"));
    }

    @Test
    void copiesItsLists() {
        List<ReadingWarning> warnings = new ArrayList<>();
        ReadingReport r = new ReadingReport(SourceFormat.TEXT, Edition.V2019, List.of(), List.of(), List.of(),
                List.of(), warnings);
        warnings.add(ReadingWarning.of(ReadingWarning.Detail.ROW_PRINTED_AGAIN, List.of("x", "1 2"), Optional.empty(),
                Optional.empty()));
        assertTrue(r.warnings().isEmpty());
        assertTrue(r.isComplete());
        assertThrows(NullPointerException.class, () -> new ReadingReport(null, Edition.V2019, List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }
}
