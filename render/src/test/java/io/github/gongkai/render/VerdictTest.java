package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void tellsAFailedErrorFromARuleNotCheckedFromAWarningFromNothing() {
        assertEquals(Verdict.VALID, Verdict.of(ValidationResult.empty()));
        Report broken = CheckedPages.broken();
        assertEquals(Verdict.NOT_VALID, Verdict.of(CheckedPages.validate(broken)));
        ReportValidator lenient = ReportValidator.builder().severity(Rule.T3_ROW_TOTAL, Severity.WARNING)
                .severity(Rule.T3_OUTCOME_TOTAL, Severity.WARNING).build();
        assertEquals(Verdict.VALID_WITH_WARNINGS, Verdict.of(lenient.validate(broken)));
    }

    @Test
    void hasStableKeys() {
        assertEquals("valid-with-warnings", Verdict.VALID_WITH_WARNINGS.key());
        assertEquals("not-fully-assessed", Verdict.NOT_FULLY_ASSESSED.key());
        assertEquals("unreadable", Verdict.UNREADABLE.key());
    }
}
