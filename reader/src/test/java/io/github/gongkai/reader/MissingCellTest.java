package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingCellTest {

    @Test
    void namesTheCellTheReasonAndWhereTheReaderLooked() {
        CellRef cell = CellRef.parse("S6/informationProcessingFees/amountCollected");
        assertEquals("S6/informationProcessingFees/amountCollected: the figure is not stated in section 六 @ line 214",
                MissingCell.of(cell, MissingCell.Code.FIGURE_NOT_STATED, Optional.of(SourcePosition.line(214, 1)))
                        .toString());
        assertEquals("S6/informationProcessingFees/amountCollected: section 六 was not found",
                MissingCell.of(cell, MissingCell.Code.SECTION_NOT_FOUND, Optional.empty()).toString());
    }

    @Test
    void rejectsNulls() {
        CellRef cell = CellRef.parse("T4/administrativeReview/total");
        assertThrows(NullPointerException.class,
                () -> MissingCell.of(null, MissingCell.Code.TABLE_NOT_FOUND, Optional.empty()));
        assertThrows(NullPointerException.class, () -> MissingCell.of(cell, null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> MissingCell.of(cell, MissingCell.Code.TABLE_NOT_FOUND, null));
        assertThrows(NullPointerException.class,
                () -> new MissingCell(cell, MissingCell.Code.TABLE_NOT_FOUND, null, Optional.empty()));
    }

    @Test
    void aCodeTakesItsArgumentsAndNoOthers() {
        CellRef cell = CellRef.parse("T4/administrativeReview/total");
        assertThrows(IllegalArgumentException.class,
                () -> MissingCell.of(cell, MissingCell.Code.ROW_NOT_FOUND, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new MissingCell(cell, MissingCell.Code.TABLE_NOT_FOUND, List.of("x"), Optional.empty()));
    }

    @Test
    void itsReasonNamesTheTableAndRowInEnglishOrChinese() {
        CellRef cell = CellRef.parse("T3/disclosed/naturalPerson");
        MissingCell row = new MissingCell(cell, MissingCell.Code.ROW_NOT_FOUND, List.of("（一）予以公开"),
                Optional.of(SourcePosition.line(40, 1)));
        assertEquals("row （一）予以公开 was not found in table 三", row.reason());
        assertEquals("表三中未找到“（一）予以公开”一行", row.reason(Locale.SIMPLIFIED_CHINESE));
        MissingCell table = MissingCell.of(cell, MissingCell.Code.TABLE_NOT_FOUND, Optional.empty());
        assertEquals("table 三 was not found", table.reason(Locale.GERMAN));
        assertEquals("未找到表三", table.reason(Locale.CHINESE));
    }

    @Test
    void everyCodeHasATextInBothLanguages() {
        CellRef cell = CellRef.parse("T2/normativeDocuments/inForce");
        for (MissingCell.Code code : MissingCell.Code.values()) {
            List<String> arguments = code.argumentCount() == 0 ? List.of() : List.of("ARG");
            MissingCell m = new MissingCell(cell, code, arguments, Optional.empty());
            assertFalse(m.reason().equals(m.reason(Locale.CHINESE)), code.name());
            assertFalse(m.reason(Locale.CHINESE).contains("{"), code.name());
            arguments.forEach(a -> assertTrue(m.reason(Locale.CHINESE).contains(a), code.name()));
        }
    }
}
