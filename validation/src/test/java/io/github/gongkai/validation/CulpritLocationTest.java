package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Suspect}s: a single wrong cell anywhere in table 三 or 四 is named, with the value it should have. */
class CulpritLocationTest {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    static Stream<Arguments> cells(ReportTable table) {
        return Stream.of(Edition.values()).flatMap(e -> CellRef.all(e).stream()
                .filter(ref -> ref.table() == table)
                .map(ref -> Arguments.of(e, ref)));
    }

    static Stream<Arguments> table3Cells() {
        return cells(ReportTable.T3);
    }

    static Stream<Arguments> table4Cells() {
        return cells(ReportTable.T4);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("table3Cells")
    void everyTable3CellIsNamedByTheCrossingOfItsIdentities(Edition edition, CellRef ref) {
        Report good = TestReports.consistent(edition);
        long original = TestReports.count(good, ref);
        long typo = original % 10 == 9 ? original - 1 : original + 1; // the last digit mistyped
        Report bad = good.with(ref, CellValue.count(typo));

        List<Finding> findings = VALIDATOR.validate(bad).findings();
        assertTrue(findings.size() >= 2, "a wrong cell of table 三 breaks a row and a column identity");
        for (Finding f : findings) {
            Suspect culprit = f.culprit().orElseThrow(() -> new AssertionError("no culprit in " + f));
            assertEquals(ref, culprit.cell());
            assertEquals(CellValue.count(typo), culprit.printed());
            assertEquals(CellValue.count(original), culprit.suggested());
            assertEquals(Confidence.HIGH, culprit.confidence());
            assertEquals(Optional.of(TypingError.DIGIT_CHANGED), culprit.typingError());
            assertEquals(ref, f.anchor().orElseThrow().cell());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("table4Cells")
    void everyTable4CellIsAmongTheCandidatesOfItsGroup(Edition edition, CellRef ref) {
        Report good = TestReports.consistent(edition);
        long original = TestReports.count(good, ref);
        Report bad = good.with(ref, CellValue.count(original + 1));

        List<Finding> findings = VALIDATOR.validate(bad).findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Optional.empty(), f.culprit(), "one identity alone cannot single out a cell");
        Suspect suspect = f.suspects().stream().filter(s -> s.cell().equals(ref)).findFirst().orElseThrow();
        assertEquals(CellValue.count(original), suspect.suggested());
        assertEquals(Confidence.LOW, suspect.confidence());
        for (Suspect s : f.suspects()) {
            // every candidate, changed to its suggested value, would make the group add up
            Report fixed = bad.with(s.cell(), s.suggested());
            assertTrue(VALIDATOR.validate(fixed).findings().isEmpty(), s.toString());
        }
    }

    @Test
    void swappedDigitsAreATypingError() {
        Report good = TestReports.consistent(Edition.V2021);
        CellRef ref = CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.TOTAL);
        long original = TestReports.count(good, ref);
        String digits = Long.toString(original);
        assertTrue(digits.length() >= 2 && digits.charAt(0) != digits.charAt(1), digits);
        long swapped = Long.parseLong("" + digits.charAt(1) + digits.charAt(0) + digits.substring(2));

        Finding f = VALIDATOR.validate(good.with(ref, CellValue.count(swapped))).findings().get(0);
        Suspect culprit = f.culprit().orElseThrow();
        assertEquals(ref, culprit.cell());
        assertEquals(CellValue.count(original), culprit.suggested());
        assertEquals(Optional.of(TypingError.DIGITS_SWAPPED), culprit.typingError());
        assertEquals(Confidence.HIGH, culprit.confidence());
    }

    @Test
    void aChangeNoTypingErrorExplainsHasMediumConfidence() {
        Report good = TestReports.consistent(Edition.V2021);
        CellRef ref = CellRef.parse("T3/disclosed/naturalPerson");
        long original = TestReports.count(good, ref);
        Report bad = good.with(ref, CellValue.count(original + 55));

        Suspect culprit = VALIDATOR.validate(bad).findings().get(0).culprit().orElseThrow();
        assertEquals(ref, culprit.cell());
        assertEquals(Confidence.MEDIUM, culprit.confidence());
        assertFalse(culprit.isTypingError());
    }

    @Test
    void aBlankCellThatShouldHoldANumberIsNamed() {
        Report good = TestReports.consistent(Edition.V2021);
        CellRef ref = CellRef.parse("T3/notProcessed.duplicate/legalServiceAgency");
        Report bad = good.with(ref, CellValue.blank());

        Suspect culprit = VALIDATOR.validate(bad).findings().get(0).culprit().orElseThrow();
        assertEquals(ref, culprit.cell());
        assertEquals(CellValue.blank(), culprit.printed());
        assertEquals(good.get(ref), culprit.suggested());
        assertFalse(culprit.isTypingError());
    }

    @Test
    void twoUnrelatedWrongCellsAreEachNamed() {
        Report good = TestReports.consistent(Edition.V2021);
        CellRef a = CellRef.parse("T3/disclosed/naturalPerson");
        CellRef b = CellRef.parse("T3/unableToProvide.notHeld/researchInstitution");
        Report bad = good.with(a, CellValue.count(TestReports.count(good, a) + 1))
                .with(b, CellValue.count(TestReports.count(good, b) + 2));

        List<CellRef> culprits = VALIDATOR.validate(bad).findings().stream()
                .map(f -> f.culprit().orElseThrow().cell()).distinct().toList();
        assertEquals(List.of(a, b), culprits.stream().sorted().toList());
    }

    @Test
    void theReportIsNeverChanged() {
        Report good = TestReports.consistent(Edition.V2021);
        Report bad = TestReports.with(good, "T3/disclosed/naturalPerson", 99);
        Report copy = bad.toBuilder().build();
        VALIDATOR.validate(bad);
        assertEquals(copy, bad);
    }

    @Test
    void candidatesThatATypingErrorExplainsComeFirst() {
        // 尚未审结 printed 30 instead of 3: the total would need to be 37, no slip; 30 → 3 drops a typed digit
        Report good = TestReports.consistent(Edition.V2021);
        Report bad = TestReports.with(good, "T4/administrativeReview/pending", 30);
        Finding f = VALIDATOR.validate(bad).findings().get(0);
        assertEquals(List.of(CellRef.parse("T4/administrativeReview/pending"),
                CellRef.parse("T4/administrativeReview/total")), f.suspects().stream().map(Suspect::cell).toList());
        assertEquals(List.of(CellValue.count(3), CellValue.count(37)),
                f.suspects().stream().map(Suspect::suggested).toList());
        assertTrue(f.suspects().get(0).isTypingError());
        assertEquals(Optional.of(TypingError.DIGIT_ADDED), f.suspects().get(0).typingError());
        assertFalse(f.suspects().get(1).isTypingError());
    }
}
