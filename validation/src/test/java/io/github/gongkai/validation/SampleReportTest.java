package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reports of the corpus and the generated fixtures pass with zero findings. */
class SampleReportTest {

    @Test
    void sampleReportPassesWithZeroFindings() {
        ValidationResult result = ReportValidator.standard().validate(TestReports.sample());
        assertEquals(List.of(), result.findings());
        assertSame(ValidationResult.empty(), result);
        assertTrue(result.isValid());
    }

    @Test
    void sampleReportPassesInStrictModeToo() {
        ReportValidator strict = ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build();
        assertEquals(List.of(), strict.validate(TestReports.sample()).findings());
    }

    @Test
    void pingtanReportsPass() {
        assertEquals(List.of(), ReportValidator.standard().validate(TestReports.pingtan2022()).findings());
        assertEquals(List.of(), ReportValidator.standard().validate(TestReports.pingtan2019()).findings());
    }

    @Test
    void generatedFixturesPass() {
        for (Edition edition : Edition.values()) {
            assertEquals(List.of(), ReportValidator.standard().validate(TestReports.consistent(edition)).findings(),
                    edition.key());
        }
    }
}
