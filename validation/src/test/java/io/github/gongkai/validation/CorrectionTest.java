package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A correction and its changes: what they hold and refuse. */
class CorrectionTest {

    private static final CellRef A = CellRef.parse("T3/disclosed/naturalPerson");
    private static final CellRef B = CellRef.parse("T3/disclosed/total");
    private static final Correction.Change FIXED = new Correction.Change(A, CellValue.count(16), OptionalLong.of(6),
            Optional.of(TypingError.DIGIT_ADDED));
    private static final Correction.Change OPEN = new Correction.Change(B, CellValue.count(3), OptionalLong.empty(),
            Optional.empty());

    @Test
    void aCorrectionListsItsCellsAndSaysWhetherItsValuesAreFixed() {
        Correction determined = new Correction(List.of(FIXED), 0.75);
        assertEquals(List.of(A), determined.cells());
        assertTrue(determined.isDetermined());
        assertEquals(0.75, determined.cost());
        Correction open = new Correction(List.of(FIXED, OPEN), 1.75);
        assertEquals(List.of(A, B), open.cells());
        assertFalse(open.isDetermined());
    }

    @Test
    void theChangesAreCopied() {
        List<Correction.Change> changes = new ArrayList<>(List.of(FIXED));
        Correction correction = new Correction(changes, 1);
        changes.add(OPEN);
        assertEquals(1, correction.changes().size());
        assertThrows(UnsupportedOperationException.class, () -> correction.changes().add(OPEN));
    }

    @Test
    void aCorrectionChangesSomethingAndCostsSomething() {
        assertThrows(IllegalArgumentException.class, () -> new Correction(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new Correction(List.of(FIXED), 0));
        assertThrows(IllegalArgumentException.class, () -> new Correction(List.of(FIXED), Double.NaN));
        assertThrows(NullPointerException.class, () -> new Correction(null, 1));
    }

    @Test
    void aChangeRefusesANegativeCountAndASlipWithoutAValue() {
        assertThrows(IllegalArgumentException.class,
                () -> new Correction.Change(A, CellValue.count(1), OptionalLong.of(-1), Optional.empty()));
        assertEquals(0, new Correction.Change(A, CellValue.count(1), OptionalLong.of(0), Optional.empty()).value()
                .getAsLong());
        assertThrows(IllegalArgumentException.class, () -> new Correction.Change(A, CellValue.count(1),
                OptionalLong.empty(), Optional.of(TypingError.DIGIT_CHANGED)));
        assertThrows(NullPointerException.class,
                () -> new Correction.Change(null, CellValue.count(1), OptionalLong.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Correction.Change(A, null, OptionalLong.empty(),
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Correction.Change(A, CellValue.count(1), null,
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Correction.Change(A, CellValue.count(1),
                OptionalLong.empty(), null));
    }
}
