package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** An error location: the limit, a unique answer, ties, the cost. */
class ErrorLocationTest {

    private static Correction correction(String cell, double cost) {
        return new Correction(List.of(new Correction.Change(CellRef.parse(cell), CellValue.count(1),
                OptionalLong.of(2), Optional.empty())), cost);
    }

    @Test
    void noCorrectionMeansTheLimitWasReached() {
        ErrorLocation location = new ErrorLocation(ReportTable.T3, List.of());
        assertTrue(location.limitReached());
        assertFalse(location.isUnique());
        assertTrue(location.cost().isEmpty());
    }

    @Test
    void oneCorrectionIsUnique() {
        ErrorLocation location = new ErrorLocation(ReportTable.T4,
                List.of(correction("T4/administrativeReview/total", 0.75)));
        assertFalse(location.limitReached());
        assertTrue(location.isUnique());
        assertEquals(0.75, location.cost().getAsDouble());
        assertEquals(ReportTable.T4, location.table());
    }

    @Test
    void tiesShareTheLeastCost() {
        List<Correction> corrections = new ArrayList<>(List.of(correction("T4/administrativeReview/total", 1.0000000001),
                correction("T4/administrativeReview/upheld", 1)));
        ErrorLocation location = new ErrorLocation(ReportTable.T4, corrections);
        assertFalse(location.isUnique());
        assertEquals(1, location.cost().getAsDouble(), "the least of the sums");
        corrections.clear();
        assertEquals(2, location.corrections().size(), "copied");
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> new ErrorLocation(null, List.of()));
        assertThrows(NullPointerException.class, () -> new ErrorLocation(ReportTable.T3, null));
    }
}
