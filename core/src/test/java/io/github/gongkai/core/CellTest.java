package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTest {

    private static final CellRef REF = CellRef.parse("T2/licensing/decisions");

    @Test
    void holdsItsReferenceAndValue() {
        Cell cell = new Cell(REF, CellValue.count(64));
        assertSame(REF, cell.ref());
        assertEquals(CellValue.count(64), cell.value());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Cell(null, CellValue.blank()));
        assertThrows(NullPointerException.class, () -> new Cell(REF, null));
    }

    @Test
    void valueEquality() {
        Cell cell = new Cell(REF, CellValue.count(64));
        assertEquals(new Cell(CellRef.parse("T2/licensing/decisions"), CellValue.count(64)), cell);
        assertEquals(new Cell(CellRef.parse("T2/licensing/decisions"), CellValue.count(64)).hashCode(),
                cell.hashCode());
        assertNotEquals(new Cell(REF, CellValue.count(65)), cell);
        assertNotEquals(new Cell(REF, CellValue.blank()), new Cell(REF, CellValue.count(0)));
        assertNotEquals(new Cell(CellRef.parse("T2/punishment/decisions"), CellValue.count(64)), cell);
    }

    @Test
    void amountsKeepTheirScale() {
        CellRef fees = CellRef.parse("T2/administrativeFees/amount");
        assertNotEquals(new Cell(fees, CellValue.amount(new BigDecimal("0"))),
                new Cell(fees, CellValue.amount(new BigDecimal("0.00"))));
    }
}
