package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmbiguityTest {

    private static final List<CellRef> CELLS = List.of(CellRef.parse("T2/administrativeFees/previousYearItems"),
            CellRef.parse("T2/administrativeFees/change"));
    private static final List<CellValue> A = List.of(CellValue.count(3), CellValue.signedCount(50));
    private static final List<CellValue> B = List.of(CellValue.count(35), CellValue.signedCount(0));

    @Test
    void listsItsCandidatesAndFindsOne() {
        Ambiguity a = new Ambiguity(CELLS, "350", SourcePosition.line(10, 4491), "two splits", List.of(A, B), 2, false);
        assertTrue(a.hasCandidate(B));
        assertFalse(a.hasCandidate(List.of(CellValue.count(350), CellValue.signedCount(0))));
        assertEquals("T2/administrativeFees/previousYearItems .. T2/administrativeFees/change: \"350\" @ line 10, "
                + "column 4491: two splits; 2 candidate(s) [3/+50] [35/0]", a.toString());
    }

    @Test
    void aLostCellPrintsAsAQuestionMarkAndAnExhaustedSearchAsAPlus() {
        List<CellValue> lost = List.of(CellValue.blank(), CellValue.signedCount(5));
        Ambiguity a = new Ambiguity(CELLS, "5", SourcePosition.block(1), "lost", List.of(lost), 7, true);
        assertTrue(a.toString().endsWith("7+ candidate(s) [?/+5]"), a.toString());
    }

    @Test
    void isImmutable() {
        List<List<CellValue>> candidates = new ArrayList<>(List.of(A));
        Ambiguity a = new Ambiguity(CELLS, "350", SourcePosition.block(1), "r", candidates, 1, false);
        candidates.add(B);
        assertEquals(1, a.candidates().size());
        assertThrows(UnsupportedOperationException.class, () -> a.candidates().add(B));
    }

    @Test
    void checksItsParts() {
        SourcePosition at = SourcePosition.block(1);
        assertThrows(IllegalArgumentException.class, () -> new Ambiguity(List.of(), "x", at, "r", List.of(), 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Ambiguity(CELLS, "x", at, "r", List.of(List.of(CellValue.count(1))), 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Ambiguity(CELLS, "x", at, "r", List.of(A, B), 1, false));
        assertThrows(NullPointerException.class, () -> new Ambiguity(CELLS, null, at, "r", List.of(), 0, false));
    }
}
