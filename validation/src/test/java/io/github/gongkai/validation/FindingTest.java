package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Finding}: its messages, template and parameters. */
class FindingTest {

    private static final Report GOOD = TestReports.consistent(Edition.V2021);

    private static Finding culpritFinding() {
        Report bad = TestReports.with(GOOD, "T3/disclosed/naturalPerson",
                TestReports.count(GOOD, CellRef.parse("T3/disclosed/naturalPerson")) + 10);
        return ReportValidator.standard().validate(bad).findings().get(0);
    }

    @Test
    void templateHoldsMessageKeysOnly() {
        Finding f = culpritFinding();
        assertEquals("{io.github.gongkai.validation.T3.ROW_TOTAL.1} {io.github.gongkai.validation.suspect}"
                + " {io.github.gongkai.validation.typingError.DIGIT_ADDED}", f.messageTemplate());
    }

    @Test
    void parametersHoldTheValues() {
        Finding f = culpritFinding();
        var p = f.messageParameters();
        assertEquals("T3.ROW_TOTAL.1", p.get("rule"));
        assertEquals("disclosed", p.get("subject"));
        assertEquals("（一）予以公开", p.get("subjectLabel"));
        assertEquals("T3/disclosed/naturalPerson", p.get("cell"));
        assertEquals("-10", p.get("difference"), "printed total minus the sum of its components");
        assertEquals("T3/disclosed/naturalPerson", p.get("suspect"));
        assertEquals(f.expected().orElseThrow().toPlainString(), p.get("expected"));
        assertEquals(f.actual().orElseThrow().toPlainString(), p.get("actual"));
    }

    @Test
    void messageInEnglishAndChinese() {
        Finding f = culpritFinding();
        String total = f.actual().orElseThrow().toPlainString();
        String en = f.message(Locale.ENGLISH);
        assertTrue(en.startsWith("Table 3, row disclosed (（一）予以公开): the total is " + total), en);
        assertTrue(en.contains("the total is " + total), en);
        assertTrue(en.contains("Likely culprit: T3/disclosed/naturalPerson"), en);
        assertTrue(en.endsWith("printed 17, would be 7. An extra digit looks typed."), en);
        String zh = f.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("表三“（一）予以公开”（disclosed）行：总计为" + total), zh);
        assertTrue(zh.contains("疑似出错单元格：T3/disclosed/naturalPerson"), zh);
        assertEquals(zh, f.message(Locale.CHINA));
        assertEquals(en, f.message(Locale.ROOT));
        assertTrue(f.toString().startsWith("ERROR FAILED T3.ROW_TOTAL.1: Table 3"), f.toString());
    }

    @Test
    void candidatesWhenNoCellIsSingledOut() {
        Report bad = TestReports.with(GOOD, "T4/administrativeReview/total", 11);
        Finding f = ReportValidator.standard().validate(bad).findings().get(0);
        assertEquals(Optional.empty(), f.culprit());
        assertEquals(5, f.suspects().size());
        assertEquals(Optional.of(f.cells().get(0)), f.anchor(), "without a culprit, the anchor is the total");
        assertTrue(f.messageTemplate().endsWith("{io.github.gongkai.validation.candidates}"));
        assertTrue(f.messageParameters().get("candidates").contains("T4/administrativeReview/total → 10"));
    }

    @Test
    void findingNeedsACell() {
        assertThrows(IllegalArgumentException.class, () -> new Finding(Rule.T3_BALANCE.id(), Severity.ERROR,
                FindingStatus.FAILED, BlankPolicy.BLANK_IS_ZERO, "x", "x", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()));
        assertFalse(culpritFinding().cells().isEmpty());
    }

    @Test
    void aZeroDifferenceHasNoSign() {
        Finding f = new Finding(Rule.SET_SUMMARY.id(), Severity.ERROR, FindingStatus.FAILED,
                BlankPolicy.BLANK_IS_ZERO, "s", "label", culpritFinding().cells(), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ZERO), List.of());
        assertEquals("0", f.messageParameters().get("difference"));
        assertEquals("+3", new Finding(Rule.SET_SUMMARY.id(), Severity.ERROR, FindingStatus.FAILED,
                BlankPolicy.BLANK_IS_ZERO, "s", "label", culpritFinding().cells(), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.valueOf(4)), Optional.of(BigDecimal.valueOf(3)), List.of())
                .messageParameters().get("difference"));
    }

    @Test
    void messageIsEnglishWhateverTheDefaultLocale() {
        Finding f = culpritFinding();
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals(f.message(Locale.ENGLISH), f.message());
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(f.message(Locale.ENGLISH), f.message());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
