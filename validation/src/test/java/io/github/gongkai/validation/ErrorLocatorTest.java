package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.UnreadReason;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The locator on hand-built tables: a typo in a component, a wrong total, two wrong cells, ties, cells not read,
 * blank cells under each policy, and a table that needs four changes.
 */
class ErrorLocatorTest {

    private static final ErrorLocator LOCATOR = ErrorLocator.standard();
    private static final CellRef DISCLOSED_NATURAL = CellRef.parse("T3/disclosed/naturalPerson");
    private static final CellRef DISCLOSED_TOTAL = CellRef.parse("T3/disclosed/total");

    private static Report consistent(Edition edition) {
        return TestReports.consistent(edition);
    }

    private static Report with(Report report, Object... cellsAndValues) {
        Report.Builder b = report.toBuilder();
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            CellRef ref = CellRef.parse((String) cellsAndValues[i]);
            Object v = cellsAndValues[i + 1];
            b.set(ref, v instanceof CellValue value ? value : CellValue.count(((Number) v).longValue()));
        }
        return b.build();
    }

    private static long count(Report report, String cell) {
        return TestReports.count(report, CellRef.parse(cell));
    }

    /** The corrections as cell → value maps. */
    private static List<Map<String, Long>> solutions(ErrorLocation location) {
        return location.corrections().stream().map(c -> c.changes().stream().collect(Collectors.toMap(
                ch -> ch.cell().toString(), ch -> ch.value().orElse(-1)))).toList();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aConsistentReportHasNothingToLocate(Edition edition) {
        assertEquals(List.of(), LOCATOR.locate(consistent(edition)));
        assertEquals(List.of(), LOCATOR.locate(TestReports.sample()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aTypoInAComponentIsTheOnlyCorrection(Edition edition) {
        Report good = consistent(edition);
        long v = count(good, "T3/disclosed/naturalPerson");
        Report bad = with(good, "T3/disclosed/naturalPerson", v * 10 + v);
        List<ErrorLocation> locations = LOCATOR.locate(bad);
        assertEquals(1, locations.size());
        ErrorLocation location = locations.get(0);
        assertEquals(ReportTable.T3, location.table());
        assertTrue(location.isUnique());
        assertFalse(location.limitReached());
        Correction correction = location.corrections().get(0);
        assertEquals(List.of(DISCLOSED_NATURAL), correction.cells());
        Correction.Change change = correction.changes().get(0);
        assertEquals(OptionalLong.of(v), change.value());
        assertEquals(CellValue.count(v * 10 + v), change.printed());
        assertEquals(java.util.Optional.of(TypingError.DIGIT_ADDED), change.typingError());
        assertEquals(0.75, correction.cost(), 1e-12);
        assertEquals(0.75, location.cost().getAsDouble(), 1e-12);
        assertTrue(correction.isDetermined());
    }

    @Test
    void aChangeThatIsNoTypingSlipCostsTheFullWeight() {
        Report good = consistent(Edition.V2021);
        long v = count(good, "T3/disclosed/naturalPerson");
        ErrorLocation location = LOCATOR.locate(with(good, "T3/disclosed/naturalPerson", v + 37)).get(0);
        assertEquals(List.of(Map.of("T3/disclosed/naturalPerson", v)), solutions(location));
        assertEquals(1.0, location.cost().getAsDouble(), 1e-12);
        assertTrue(location.corrections().get(0).changes().get(0).typingError().isEmpty());
    }

    @Test
    void aWrongTotalIsTheOnlyCorrection() {
        Report good = consistent(Edition.V2021);
        long v = count(good, "T3/disclosed/total");
        ErrorLocation location = LOCATOR.locate(with(good, "T3/disclosed/total", v + 100)).get(0);
        assertEquals(List.of(Map.of("T3/disclosed/total", v)), solutions(location));
        assertEquals(List.of(DISCLOSED_TOTAL), location.corrections().get(0).cells());
    }

    @Test
    void twoWrongCellsAreOneCorrection() {
        Report good = consistent(Edition.V2021);
        String a = "T3/disclosed/naturalPerson";
        String b = "T3/withheld.stateSecret/researchInstitution";
        Report bad = with(good, a, count(good, a) + 13, b, count(good, b) + 29);
        List<ErrorLocation> locations = LOCATOR.locate(bad);
        assertEquals(1, locations.size());
        assertEquals(List.of(Map.of(a, count(good, a), b, count(good, b))), solutions(locations.get(0)));
        assertEquals(2.0, locations.get(0).cost().getAsDouble(), 1e-12);
    }

    @Test
    void wrongCellsInBothTablesAreLocatedPerTable() {
        Report good = consistent(Edition.V2019);
        Report bad = with(good, "T3/disclosed/naturalPerson", count(good, "T3/disclosed/naturalPerson") + 40,
                "T4/administrativeReview/total", 77);
        List<ErrorLocation> locations = LOCATOR.locate(bad);
        assertEquals(List.of(ReportTable.T3, ReportTable.T4), locations.stream().map(ErrorLocation::table).toList());
    }

    @Test
    void equallyGoodCorrectionsAreAllReported() {
        // T4 administrativeReview is 4 + 2 + 1 + 3 = 10; with 5 printed for 4 each of the five cells is one slip away.
        Report bad = with(consistent(Edition.V2021), "T4/administrativeReview/upheld", 5);
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        assertEquals(ReportTable.T4, location.table());
        assertFalse(location.isUnique());
        assertEquals(List.of(Map.of("T4/administrativeReview/upheld", 4L),
                Map.of("T4/administrativeReview/corrected", 1L),
                Map.of("T4/administrativeReview/otherOutcome", 0L),
                Map.of("T4/administrativeReview/pending", 2L),
                Map.of("T4/administrativeReview/total", 11L)), solutions(location));
        for (Correction c : location.corrections()) {
            assertEquals(0.75, c.cost(), 1e-12);
        }
    }

    @Test
    void aTypingSlipBreaksATie() {
        // 4 + 2 + 1 + 3 = 10 printed as 4 + 2 + 1 + 3 = 110: only 110 -> 10 is a slip (a digit added); 4 -> 104
        // and the others are not.
        Report bad = with(consistent(Edition.V2021), "T4/administrativeReview/total", 110);
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        assertEquals(List.of(Map.of("T4/administrativeReview/total", 10L)), solutions(location));
        // Printed 41 + 2 + 1 + 3 = 10: 41 -> 4 is a slip (digit added), total 10 -> 47 is not.
        bad = with(consistent(Edition.V2021), "T4/administrativeReview/upheld", 41);
        location = LOCATOR.locate(bad).get(0);
        assertEquals(List.of(Map.of("T4/administrativeReview/upheld", 4L)), solutions(location));
        // Without the discount for slips, every cell that can take the difference ties.
        location = LOCATOR.withWeights(LocationWeights.standard().withTypingSlip(1)).locate(bad).get(0);
        assertEquals(2, location.corrections().size());
    }

    @Test
    void aCountNeverGoesBelowZero() {
        // 4 + 2 + 1 + 3 = 10 printed with total 1: no component can drop by 9, only the total changes.
        ErrorLocation location = LOCATOR.locate(with(consistent(Edition.V2021), "T4/administrativeReview/total", 1))
                .get(0);
        assertEquals(List.of(Map.of("T4/administrativeReview/total", 10L)), solutions(location));
    }

    @Test
    void aTableThatNeedsFourChangesReachesTheLimit() {
        Report good = consistent(Edition.V2021);
        String[] cells = {"T3/disclosed/naturalPerson", "T3/partiallyDisclosed/commercialEnterprise",
            "T3/withheld.stateSecret/researchInstitution", "T3/withheld.prohibitedByLaw/socialWelfareOrganization"};
        Report bad = good;
        for (int i = 0; i < cells.length; i++) {
            bad = with(bad, cells[i], count(good, cells[i]) + 11 * (i + 1));
        }
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        assertTrue(location.limitReached());
        assertEquals(List.of(), location.corrections());
        assertTrue(location.cost().isEmpty());
        // Three of them are still found.
        Report three = with(bad, cells[3], count(good, cells[3]));
        assertEquals(3, LOCATOR.locate(three).get(0).corrections().get(0).changes().size());
    }

    @Test
    void aCellNotReadIsNeverChangedAndItsIdentitiesStillConstrainTogether() {
        Report good = consistent(Edition.V2021);
        long v = count(good, "T3/disclosed/naturalPerson");
        // The row of the typo has a cell not read: the row alone says nothing, but with that cell's column it does.
        Report bad = with(good, "T3/disclosed/naturalPerson", v + 5,
                "T3/disclosed/commercialEnterprise", CellValue.unread(UnreadReason.NOT_FOUND));
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        assertEquals(List.of(Map.of("T3/disclosed/naturalPerson", v)), solutions(location));
    }

    /** The three （六） rows' cells of column 自然人 in a 2021 table 三. */
    private static final List<CellRef> OTHER_DISPOSAL_NATURAL = List.of(
            CellRef.parse("T3/otherDisposal.correctionOverdue/naturalPerson"),
            CellRef.parse("T3/otherDisposal.feeUnpaid/naturalPerson"),
            CellRef.parse("T3/otherDisposal.other/naturalPerson"));

    /** The report with those cells printed as one total. */
    private static Report mergedOtherDisposalNatural(Report report, long total) {
        Report.Builder b = report.toBuilder();
        OTHER_DISPOSAL_NATURAL.forEach(c -> b.set(c, CellValue.merged(PrintedTotal.of(total,
                OTHER_DISPOSAL_NATURAL))));
        return b.build();
    }

    /**
     * The report's only location, in table 三, which the validator fails too; none of its corrections changes a
     * cell of the merged column.
     */
    private static ErrorLocation locatedElsewhere(Report report) {
        List<ErrorLocation> locations = LOCATOR.locate(report);
        assertEquals(1, locations.size(), locations::toString);
        assertEquals(ReportTable.T3, locations.get(0).table());
        assertTrue(locations.get(0).corrections().stream().flatMap(c -> c.cells().stream())
                .noneMatch(OTHER_DISPOSAL_NATURAL::contains), locations::toString);
        assertFalse(ReportValidator.standard().validate(report).isValid());
        return locations.get(0);
    }

    @Test
    void aCellOfAPrintedTotalOfZeroIsZeroAndNeverChanged() {
        Report good = consistent(Edition.V2021);
        long sum = OTHER_DISPOSAL_NATURAL.stream().mapToLong(c -> count(good, c.toString())).sum();
        assertTrue(sum > 0, "the column's （六） cells hold numbers, so that a total of 0 is wrong somewhere");
        // Unknowns would absorb the difference; read as 0 they cannot, and the validator fails the column too.
        locatedElsewhere(mergedOtherDisposalNatural(good, 0));
        // The right total: its cells, unknowns summing to it, fit the column; nothing to locate.
        assertEquals(List.of(), LOCATOR.locate(mergedOtherDisposalNatural(good, sum)));
        // A total of 0 that one of its cells does not carry (it holds another): the page disagrees with itself, so
        // no cell is taken for 0; they stay unknowns, which absorb the difference, as the validator leaves it unread.
        Report split = mergedOtherDisposalNatural(good, 0).with(OTHER_DISPOSAL_NATURAL.get(2),
                CellValue.merged(PrintedTotal.of(0, OTHER_DISPOSAL_NATURAL.subList(1, 3))));
        assertEquals(List.of(), LOCATOR.locate(split));
    }

    @Test
    void aWrongPrintedTotalIsLocatedWithoutChangingItsCells() {
        Report good = consistent(Edition.V2021);
        long sum = OTHER_DISPOSAL_NATURAL.stream().mapToLong(c -> count(good, c.toString())).sum();
        // The page printed the column's three cells as one number, 5 too many: the validator fails its column.
        ErrorLocation location = locatedElsewhere(mergedOtherDisposalNatural(good, sum + 5));
        assertFalse(location.corrections().isEmpty(), location::toString);
    }

    @Test
    void anIdentityThroughAnUnknownCellAloneConstrainsNothing() {
        // The group's total is not read: any components fit.
        Report bad = with(consistent(Edition.V2021), "T4/administrativeReview/upheld", 400,
                "T4/administrativeReview/total", CellValue.unread(UnreadReason.DAMAGED));
        assertEquals(List.of(), LOCATOR.locate(bad));
        // Nor is a component ever proposed in place of a cell not read.
        bad = with(consistent(Edition.V2021), "T4/administrativeReview/total", 400,
                "T4/administrativeReview/upheld", CellValue.unread(UnreadReason.DAMAGED));
        assertEquals(List.of(), LOCATOR.locate(bad));
    }

    @Test
    void aBlankTotalIsUnknownAndABlankComponentIsZeroUnlessStrict() {
        Report good = consistent(Edition.V2021);
        Report blankTotal = with(good, "T4/administrativeReview/total", CellValue.blank(),
                "T4/administrativeReview/upheld", 40);
        assertEquals(List.of(), LOCATOR.locate(blankTotal));
        // upheld left blank: read as 0 and never changed, so the total 10 against 0 + 2 + 1 + 3 points elsewhere.
        Report blankComponent = with(good, "T4/administrativeReview/upheld", CellValue.blank());
        ErrorLocation location = LOCATOR.locate(blankComponent).get(0);
        assertTrue(location.corrections().stream().flatMap(c -> c.cells().stream())
                .noneMatch(c -> c.toString().equals("T4/administrativeReview/upheld")));
        // 2 -> 6, 1 -> 5, 3 -> 7 are slips; 10 -> 6 is not.
        assertEquals(List.of(Map.of("T4/administrativeReview/corrected", 6L),
                Map.of("T4/administrativeReview/otherOutcome", 5L), Map.of("T4/administrativeReview/pending", 7L)),
                solutions(location));
        // Under STRICT the blank is unknown: 4 fits it, nothing to locate.
        ErrorLocator strict = LOCATOR.withBlankPolicy(BlankPolicy.STRICT);
        assertEquals(BlankPolicy.STRICT, strict.blankPolicy());
        assertEquals(List.of(), strict.locate(blankComponent));
        Report notApplicable = with(good, "T4/administrativeReview/upheld", CellValue.notApplicable("/"));
        assertEquals(List.of(), strict.locate(notApplicable));
        assertEquals(1, LOCATOR.locate(notApplicable).size());
    }

    @Test
    void theSumsOfHugeCountsDoNotOverflowIntoAnAnswer() {
        Report bad = with(consistent(Edition.V2021), "T4/administrativeReview/upheld", Long.MAX_VALUE,
                "T4/administrativeReview/corrected", Long.MAX_VALUE);
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        assertTrue(location.limitReached());
    }

    @Test
    void theLocatorIsConfiguredByValue() {
        assertSame(ErrorLocator.standard(), ErrorLocator.standard());
        assertEquals(LocationWeights.standard(), LOCATOR.weights());
        assertEquals(BlankPolicy.BLANK_IS_ZERO, LOCATOR.blankPolicy());
        LocationWeights weights = LocationWeights.of(1, 2, 0.8);
        ErrorLocator locator = LOCATOR.withWeights(weights);
        assertEquals(weights, locator.weights());
        assertEquals(LocationWeights.standard(), LOCATOR.weights(), "the standard locator is unchanged");
        assertTrue(locator.toString().contains("BLANK_IS_ZERO"), locator.toString());
        assertThrows(NullPointerException.class, () -> LOCATOR.withWeights(null));
        assertThrows(NullPointerException.class, () -> LOCATOR.withBlankPolicy(null));
        assertThrows(NullPointerException.class, () -> LOCATOR.locate(null));
        assertEquals(3, ErrorLocator.MAX_CELLS);
    }

    @Test
    void valuesTheIdentitiesDoNotFixAreNotInvented() {
        // Rows disclosed and partiallyDisclosed print no total: their cells of one column then lie in the same two
        // constraints (the column's outcome total, and the outcome total of the 总计 column with the two rows' sums in
        // place of their totals). Raise both cells so much that neither alone can take the difference: only the
        // pair does, and the identities fix their sum, not each value.
        Report good = consistent(Edition.V2021);
        String a = "T3/disclosed/naturalPerson";
        String b = "T3/partiallyDisclosed/naturalPerson";
        long v = count(good, a);
        long w = count(good, b);
        Report bad = with(good, "T3/disclosed/total", CellValue.blank(), "T3/partiallyDisclosed/total",
                CellValue.blank(), a, v + w + 10, b, w + v + 10);
        ErrorLocation location = LOCATOR.locate(bad).get(0);
        Correction pair = location.corrections().stream()
                .filter(c -> c.cells().equals(List.of(CellRef.parse(a), CellRef.parse(b)))).findFirst().orElseThrow();
        assertFalse(pair.isDetermined());
        assertTrue(pair.changes().stream().allMatch(c -> c.value().isEmpty() && c.typingError().isEmpty()));
        assertEquals(2.0, pair.cost(), 1e-12);
    }
}
