package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.junit.GeneratedReports;
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

    @ParameterizedTest
    @GeneratedReports(count = 2_000, seed = 0x5C4E_3A)
    void everyDocumentValidatesAgainstTheSchema(Report report) {
        SchemaCheck.assertValid(COMPACT.write(report));
    }
}
