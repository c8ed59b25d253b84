package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ValueKind;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static final List<ValueKind> SEVEN = Collections.nCopies(7, ValueKind.COUNT);

    private static Splitter.Result split(List<ValueKind> kinds, Splitter.Identity identity, String... pieces) {
        List<Splitter.Piece> p = java.util.Arrays.stream(pieces).map(s -> new Splitter.Piece(s, true)).toList();
        return Splitter.split(p, kinds, identity, 20, 200_000);
    }

    @Test
    void theIssuesExampleHasExactlyOneConsistentSplit() {
        Splitter.Result r = split(SEVEN, Splitter.Identity.LAST_IS_SUM, "640020470");
        assertEquals(1, r.fittingCount());
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), r.fitting().get(0));
    }

    @Test
    void twoConsistentSplitsAreBothKept() {
        Splitter.Result r = split(SEVEN, Splitter.Identity.LAST_IS_SUM, "110000011");
        assertEquals(2, r.fittingCount());
        assertTrue(r.fitting().contains(List.of("1", "10", "0", "0", "0", "0", "11")));
        assertTrue(r.fitting().contains(List.of("11", "0", "0", "0", "0", "0", "11")));
    }

    @Test
    void spacesInTheSourceAreAlwaysCuts() {
        Splitter.Result r = split(SEVEN, Splitter.Identity.LAST_IS_SUM, "230", "000023");
        assertEquals(1, r.fittingCount());
        assertEquals(List.of("23", "0", "0", "0", "0", "0", "23"), r.fitting().get(0));
    }

    @Test
    void noSplitFitsAnInconsistentRow() {
        Splitter.Result r = split(SEVEN, Splitter.Identity.LAST_IS_SUM, "1234567");
        assertEquals(0, r.fittingCount());
        assertEquals(1, r.otherCount(), "the only cut into seven one-digit numbers");
    }

    @Test
    void tableFourGroupsOfFive() {
        Splitter.Result r = split(Collections.nCopies(15, ValueKind.COUNT), Splitter.Identity.GROUPS_OF_FIVE,
                "000000000000000");
        assertEquals(1, r.fittingCount());
    }

    @Test
    void decimalsAndUnitsGoWithTheLastNumberAndOnlyIntoAmounts() {
        Splitter.Result r = split(List.of(ValueKind.COUNT, ValueKind.AMOUNT), Splitter.Identity.NONE, "135753.52元");
        assertEquals(5, r.fittingCount());
        assertTrue(r.fitting().contains(List.of("135", "753.52元")));
    }

    @Test
    void withoutAnIdentityEveryCutIsACandidate() {
        Splitter.Result r = split(List.of(ValueKind.COUNT, ValueKind.SIGNED_COUNT), Splitter.Identity.NONE, "350");
        assertEquals(2, r.fittingCount());
        assertEquals(1, split(Collections.nCopies(3, ValueKind.COUNT), Splitter.Identity.NONE, "000").fittingCount());
    }

    @Test
    void theSearchIsBounded() {
        List<Splitter.Piece> p = List.of(new Splitter.Piece("1234567891234567891234567891234567890", true));
        Splitter.Result r = Splitter.split(p, Collections.nCopies(15, ValueKind.COUNT),
                Splitter.Identity.GROUPS_OF_FIVE, 20, 10_000);
        assertTrue(r.exhausted());
    }

    @Test
    void aPieceThatStoodAloneIsNeverCut() {
        Splitter.Result r = Splitter.split(List.of(new Splitter.Piece("1000001", false)), SEVEN,
                Splitter.Identity.LAST_IS_SUM, 20, 1000);
        assertEquals(0, r.fittingCount() + r.otherCount());
    }
}
