package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.junit.GeneratedReports;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Properties over thousands of generated reports of both editions: the JSON round trip gives an equal
 * report, the canonical form is byte-identical after a second write, and every document validates against
 * the published schema. {@code -Dgongkai.testkit.count=N} runs more cases.
 */
class JsonPropertiesTest {

    private static final ReportJson COMPACT = ReportJson.standard();
    private static final ReportJson PRETTY = ReportJson.builder().pretty(true).build();

    @ParameterizedTest
    @GeneratedReports(count = 2_000)
    void roundTripIsExactAndCanonical(GeneratedReport generated) {
        Report report = generated.report();
        String compact = COMPACT.write(report);
        Report read = COMPACT.read(compact);
        assertEquals(report, read, generated::toString);
        assertEquals(compact, COMPACT.write(read), "write → read → write must be byte-identical");
        String pretty = PRETTY.write(report);
        assertEquals(report, PRETTY.read(pretty));
        assertEquals(pretty, PRETTY.write(PRETTY.read(pretty)));
    }

    /**
     * The same with unread cells of every form in generated reports: version 2, exact and canonical, valid, and
     * an error at the first unread cell once declared version 1.
     */
    @Tag("slow") // a thousand reports: run by every build, left out of mutation testing (UnreadCellJsonTest kills there)
    @ParameterizedTest
    @GeneratedReports(count = 1_000, seed = 0x0E_AD_14)
    void unreadCellsRoundTripAsVersion2(GeneratedReport generated) {
        Report report = UnreadInjection.inject(generated.report(), new SplittableRandom(generated.seed()));
        String compact = COMPACT.write(report);
        assertTrue(compact.startsWith("{\"format\":\"gongkai.report\",\"version\":2,"), generated::toString);
        Report read = COMPACT.read(compact);
        assertEquals(report, read, generated::toString);
        assertEquals(compact, COMPACT.write(read));
        String pretty = PRETTY.write(report);
        assertEquals(report, PRETTY.read(pretty));
        assertEquals(pretty, PRETTY.write(PRETTY.read(pretty)));
        SchemaCheck.assertValid(compact);
        String v1 = compact.replace("\"version\":2", "\"version\":1");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> COMPACT.read(v1));
        CellRef first = report.cells().stream().filter(c -> c.value().isUnread()).findFirst().orElseThrow().ref();
        assertEquals("/" + first, e.pointer());
        SchemaCheck.assertInvalid(v1);
    }

    @ParameterizedTest
    @GeneratedReports(count = 2_000, seed = 0x5C4E_3A)
    void everyDocumentValidatesAgainstTheSchema(Report report) {
        SchemaCheck.assertValid(COMPACT.write(report));
    }
}
