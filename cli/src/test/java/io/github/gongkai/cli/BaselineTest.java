package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link Baseline}: its file, and what it says of each finding. */
class BaselineTest {

    @TempDir
    Path dir;

    private Report broken() throws IOException {
        return ReportReader.standard().read(Fixtures.broken(dir)).report();
    }

    private static List<Finding> findings(Report report) {
        return ReportValidator.standard().validate(report).findings();
    }

    private Path write(ArrayNode entries) throws IOException {
        return Files.writeString(dir.resolve("baseline.json"),
                FindingsJson.MAPPER.writeValueAsString(Baseline.document(entries)));
    }

    @Test
    void marksEachFindingNewChangedConfirmedOrDismissed() throws IOException {
        Report broken = broken();
        List<Finding> findings = findings(broken);
        assertEquals(2, findings.size());
        ArrayNode entries = FindingsJson.MAPPER.createArrayNode();
        entries.add(Baseline.entry(broken, findings.get(0)));
        ObjectNode dismissed = Baseline.entry(broken, findings.get(1));
        dismissed.put("decision", "dismissed");
        entries.add(dismissed);
        Baseline baseline = Baseline.read(write(entries));
        assertTrue(baseline.isPresent());
        assertEquals(Baseline.Mark.CONFIRMED, baseline.mark(broken, findings.get(0)));
        assertEquals(Baseline.Mark.DISMISSED, baseline.mark(broken, findings.get(1)));
        // The same cell printed otherwise: the same rules and cells, other numbers.
        CellRef cell = CellRef.parse("T3/newlyReceived/naturalPerson");
        Report again = broken.with(cell, CellValue.count(7));
        for (Finding finding : findings(again)) {
            assertEquals(Baseline.Mark.CHANGED, baseline.mark(again, finding));
        }
        // Another organ: the entries name the organ and year, so they do not apply.
        Report other = broken.toBuilder().organName("另一个机关").build();
        assertEquals(Baseline.Mark.NEW, baseline.mark(other, findings(other).get(0)));
        assertEquals(Baseline.Mark.NEW, Baseline.NONE.mark(broken, findings.get(0)));
        assertEquals(false, Baseline.NONE.isPresent());
    }

    @Test
    void anEntryWithoutOrganAndYearAppliesToEveryReport() throws IOException {
        Report broken = broken();
        ObjectNode entry = Baseline.entry(broken, findings(broken).get(0));
        entry.remove("organ");
        entry.remove("year");
        Baseline baseline = Baseline.read(write(FindingsJson.MAPPER.createArrayNode().add(entry)));
        Report other = broken.toBuilder().organName("另一个机关").reportYear(2022).build();
        assertEquals(Baseline.Mark.CONFIRMED, baseline.mark(other, findings(other).get(0)));
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedNamingThePlace() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{\"format\": \"gongkai.baseline\",\n\"findings\": [");
        String message = assertThrows(OperatorException.class, () -> Baseline.read(notJson)).getMessage();
        // Where the file was cut off, and nothing of the parser's account of its source.
        assertTrue(message.contains(": not JSON at line 2, column "), message);
        assertTrue(!message.contains("Source") && !message.contains("REDACTED"), message);
        Path other = Files.writeString(dir.resolve("b.json"), "{\"format\":\"x\"}");
        assertTrue(assertThrows(OperatorException.class, () -> Baseline.read(other)).getMessage()
                .contains("not a baseline"));
        Path badDecision = Files.writeString(dir.resolve("c.json"), "{\"format\":\"gongkai.baseline\",\"version\":1,"
                + "\"findings\":[{\"fingerprint\":\"gk1:00000000000000000000000000000000\",\"decision\":\"maybe\"}]}");
        assertTrue(assertThrows(OperatorException.class, () -> Baseline.read(badDecision)).getMessage()
                .contains("at /findings/0/decision"));
        Path badPrint = Files.writeString(dir.resolve("d.json"), "{\"format\":\"gongkai.baseline\",\"version\":1,"
                + "\"findings\":[{\"fingerprint\":\"abc\",\"decision\":\"confirmed\"}]}");
        assertTrue(assertThrows(OperatorException.class, () -> Baseline.read(badPrint)).getMessage()
                .contains("at /findings/0/fingerprint"));
        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(OperatorException.class, () -> Baseline.read(missing)).getMessage()
                .contains("--baseline"));
    }
}
