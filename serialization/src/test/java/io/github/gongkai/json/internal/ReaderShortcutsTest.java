package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.FeeColumn;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's other shortcuts past a regular expression: decimal amounts in the column's unit, and the shape
 * of a publication date. Each must give exactly what the general path gives for the texts it takes, and
 * decline every other text so that the general path reads or rejects it.
 */
class ReaderShortcutsTest {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Test
    void readsDecimalsInTheColumnsUnitKeepingTheScale() {
        assertEquals(CellValue.amount(new BigDecimal("0.00"), AmountUnit.TEN_THOUSAND_YUAN),
                TokenCursor.decimalAmount("0.00", ActiveDisclosureColumn.AMOUNT));
        assertEquals(CellValue.amount(new BigDecimal("12.5"), AmountUnit.YUAN),
                TokenCursor.decimalAmount("12.5", FeeColumn.AMOUNT_COLLECTED));
        assertEquals(CellValue.amount(new BigDecimal("348.37"), AmountUnit.UNSTATED),
                TokenCursor.decimalAmount("348.37", ActiveDisclosureColumn.TOTAL_AMOUNT));
        assertEquals(CellValue.amount(new BigDecimal("0.00000000000000001"), AmountUnit.YUAN),
                TokenCursor.decimalAmount("0.00000000000000001", FeeColumn.AMOUNT_NOTICED));
        String eighteenDigits = "12345678901234567.8";
        assertEquals(CellValue.amount(new BigDecimal(eighteenDigits), AmountUnit.YUAN),
                TokenCursor.decimalAmount(eighteenDigits, FeeColumn.AMOUNT_NOTICED));
        assertEquals(CellValue.amount(new BigDecimal("9.9"), AmountUnit.YUAN),
                TokenCursor.decimalAmount("9.9", FeeColumn.AMOUNT_NOTICED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "0", "12", ".5", "5.", "00.5", "01.5", "0..5", "1.2.3", "1.5元", "-1.5", " 1.5",
        "1.5 ", "1,5", "1/5", "1:5", "/.5", ":.5", "1./", "1.:", "12345678901234567.89", "0.0000000000000000001"})
    void declinesEverythingElse(String text) {
        assertNull(TokenCursor.decimalAmount(text, FeeColumn.AMOUNT_NOTICED), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-01-14", "0000-00-00", "9999-99-99", "2022-01-1", "2022-01-140", "2022/01/14",
        "2022-01/14", "2022/01-14", "20220-1-14", "202-01-014", "２０２２-01-14", "2022-0a-14", "a022-01-14",
        "2022-01-1a", "/022-01-14", ":022-01-14", "2022-01-1/", "2022-01-1:", "2022--1-14", "2022-01--4",
        "----------", "", "2022-01-14 "})
    void dateShapeIsThePattern(String text) {
        assertEquals(DATE.matcher(text).matches(), TokenCursor.isDateShape(text), text);
    }
}
