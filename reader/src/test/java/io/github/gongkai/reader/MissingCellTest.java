package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingCellTest {

    @Test
    void namesTheCellTheReasonAndWhereTheReaderLooked() {
        CellRef cell = CellRef.parse("S6/informationProcessingFees/amountCollected");
        assertEquals("S6/informationProcessingFees/amountCollected: the figure is not stated in section 六 @ line 214",
                new MissingCell(cell, "the figure is not stated in section 六",
                        Optional.of(SourcePosition.line(214, 1))).toString());
        assertEquals("S6/informationProcessingFees/amountCollected: section 六 was not found",
                new MissingCell(cell, "section 六 was not found", Optional.empty()).toString());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new MissingCell(null, "r", Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new MissingCell(CellRef.parse("T4/administrativeReview/total"), "r", null));
    }
}
