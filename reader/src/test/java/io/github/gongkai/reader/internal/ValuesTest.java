package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ValueKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static CellValue v(String text, ValueKind kind) {
        return Values.parse(text, kind).value();
    }

    @Test
    void readsCountsWithSeparatorsAndUnits() {
        assertEquals(CellValue.count(1234), v("1,234", ValueKind.COUNT));
        assertEquals(CellValue.count(5), v("5件", ValueKind.COUNT));
        assertEquals(CellValue.count(0), v("0", ValueKind.COUNT));
        assertEquals(CellValue.blank(), v("", ValueKind.COUNT));
        assertEquals(CellValue.notApplicable("/"), v("/", ValueKind.COUNT));
    }

    @Test
    void readsSignedCountsAndAmountsWithTheirScaleAndUnit() {
        assertEquals(CellValue.signedCount(-3), v("-3", ValueKind.SIGNED_COUNT));
        assertEquals(CellValue.signedCount(5), v("+5", ValueKind.SIGNED_COUNT));
        assertEquals(CellValue.amount(new BigDecimal("0.00"), AmountUnit.UNSTATED), v("0.00", ValueKind.AMOUNT));
        assertEquals(CellValue.amount(new BigDecimal("12.5"), AmountUnit.TEN_THOUSAND_YUAN),
                v("12.5万元", ValueKind.AMOUNT));
        assertEquals(CellValue.amount(new BigDecimal("100"), AmountUnit.YUAN), v("100元", ValueKind.AMOUNT));
    }

    @Test
    void refusesWhatDoesNotFitTheColumn() {
        assertFalse(Values.parse("1.5", ValueKind.COUNT).ok());
        assertFalse(Values.parse("-1", ValueKind.COUNT).ok());
        assertFalse(Values.parse("5元", ValueKind.COUNT).ok());
        assertFalse(Values.parse("5件", ValueKind.AMOUNT).ok());
        assertFalse(Values.parse("1,23", ValueKind.COUNT).ok());
        assertFalse(Values.parse("1234567890123456789", ValueKind.COUNT).ok());
        assertNull(Values.parse("abc", ValueKind.COUNT).value());
    }
}
