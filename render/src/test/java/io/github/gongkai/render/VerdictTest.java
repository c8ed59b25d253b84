package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void tellsAFailedErrorFromAWarningFromNothing() {
        Report seed = CheckedPages.seed();
        assertEquals(Verdict.VALID, Verdict.of(seed, CheckedPages.validate(seed)));
        Report broken = CheckedPages.broken();
        assertEquals(Verdict.NOT_VALID, Verdict.of(broken, CheckedPages.validate(broken)));
        ReportValidator lenient = ReportValidator.builder().severity(Rule.T3_ROW_TOTAL, Severity.WARNING)
                .severity(Rule.T3_OUTCOME_TOTAL, Severity.WARNING).build();
        assertEquals(Verdict.VALID_WITH_WARNINGS, Verdict.of(broken, lenient.validate(broken)));
    }

    @Test
    void aCellNotReadIsNotFullyAssessedEvenWhereNoRuleNeedsIt() {
        // A cell of table 二 is in no identity: every rule holds, yet the report was not read in full.
        CellRef cell = CellRef.of(ActiveDisclosureRow.values()[0],
                ActiveDisclosureRow.values()[0].columns(CheckedPages.seed().edition()).get(0));
        Report report = CheckedPages.seed().with(cell, new CellValue.Unread(UnreadReason.DAMAGED, Optional.empty()));
        ValidationResult result = CheckedPages.validate(report);
        assertEquals(Verdict.NOT_FULLY_ASSESSED, Verdict.of(report, result));
        assertEquals(Verdict.VALID, Verdict.of(CheckedPages.seed(), result));
        assertThrows(NullPointerException.class, () -> Verdict.of(null, result));
        assertThrows(NullPointerException.class, () -> Verdict.of(report, null));
    }

    @Test
    void hasStableKeys() {
        assertEquals("valid-with-warnings", Verdict.VALID_WITH_WARNINGS.key());
        assertEquals("not-fully-assessed", Verdict.NOT_FULLY_ASSESSED.key());
        assertEquals("unreadable", Verdict.UNREADABLE.key());
    }
}
