package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ValueKind;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static final List<ValueKind> SEVEN = Collections.nCopies(7, ValueKind.COUNT);

    /** A row of table 三: its {@code T3.ROW_TOTAL}, from the format. */
    private static final Splitter.Identities ROW_TOTAL = Splitter.Identities.among(Edition.V2021,
            Cells.of(ApplicationRow.NEWLY_RECEIVED, Edition.V2021));

    /** Table 四 as one row: the {@code T4.GROUP_TOTAL} of each group, from the format. */
    private static final Splitter.Identities GROUP_TOTALS = Splitter.Identities.among(Edition.V2021,
            ReportFormat.of(Edition.V2021).cells(ReportTable.T4));

    @Test
    void theIdentitiesAreTheFormatsAmongTheCells() {
        assertEquals(1, ROW_TOTAL.size());
        assertEquals(3, GROUP_TOTALS.size());
        assertTrue(Splitter.Identities.among(Edition.V2021,
                Cells.of(ActiveDisclosureRow.values()[0], Edition.V2021)).isEmpty());
    }

    private static Splitter.Result split(List<ValueKind> kinds, Splitter.Identities identity, String... pieces) {
        List<Splitter.Piece> p = java.util.Arrays.stream(pieces).map(s -> new Splitter.Piece(s, true)).toList();
        return Splitter.split(p, kinds, identity, 20, 200_000);
    }

    @Test
    void theIssuesExampleHasExactlyOneConsistentSplit() {
        Splitter.Result r = split(SEVEN, ROW_TOTAL, "640020470");
        assertEquals(1, r.fittingCount());
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), r.fitting().get(0));
    }

    @Test
    void twoConsistentSplitsAreBothKept() {
        Splitter.Result r = split(SEVEN, ROW_TOTAL, "110000011");
        assertEquals(2, r.fittingCount());
        assertTrue(r.fitting().contains(List.of("1", "10", "0", "0", "0", "0", "11")));
        assertTrue(r.fitting().contains(List.of("11", "0", "0", "0", "0", "0", "11")));
    }

    @Test
    void spacesInTheSourceAreAlwaysCuts() {
        Splitter.Result r = split(SEVEN, ROW_TOTAL, "230", "000023");
        assertEquals(1, r.fittingCount());
        assertEquals(List.of("23", "0", "0", "0", "0", "0", "23"), r.fitting().get(0));
    }

    @Test
    void noSplitFitsAnInconsistentRow() {
        Splitter.Result r = split(SEVEN, ROW_TOTAL, "1234567");
        assertEquals(0, r.fittingCount());
        assertEquals(1, r.otherCount(), "the only cut into seven one-digit numbers");
    }

    @Test
    void tableFourGroupsOfFive() {
        Splitter.Result r = split(Collections.nCopies(15, ValueKind.COUNT), GROUP_TOTALS,
                "000000000000000");
        assertEquals(1, r.fittingCount());
    }

    @Test
    void decimalsAndUnitsGoWithTheLastNumberAndOnlyIntoAmounts() {
        Splitter.Result r = split(List.of(ValueKind.COUNT, ValueKind.AMOUNT), Splitter.Identities.NONE, "135753.52元");
        assertEquals(5, r.fittingCount());
        assertTrue(r.fitting().contains(List.of("135", "753.52元")));
    }

    @Test
    void withoutAnIdentityEveryCutIsACandidate() {
        Splitter.Result r = split(List.of(ValueKind.COUNT, ValueKind.SIGNED_COUNT), Splitter.Identities.NONE, "350");
        assertEquals(2, r.fittingCount());
        assertEquals(1, split(Collections.nCopies(3, ValueKind.COUNT), Splitter.Identities.NONE, "000").fittingCount());
    }

    @Test
    void theSearchIsBounded() {
        List<Splitter.Piece> p = List.of(new Splitter.Piece("1234567891234567891234567891234567890", true));
        Splitter.Result r = Splitter.split(p, Collections.nCopies(15, ValueKind.COUNT),
                GROUP_TOTALS, 20, 10_000);
        assertTrue(r.exhausted());
    }

    @Test
    void aPieceThatStoodAloneIsNeverCut() {
        Splitter.Result r = Splitter.split(List.of(new Splitter.Piece("1000001", false)), SEVEN,
                ROW_TOTAL, 20, 1000);
        assertEquals(0, r.fittingCount() + r.otherCount());
    }
}
