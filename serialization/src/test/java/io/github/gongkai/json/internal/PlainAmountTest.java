package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.FeeColumn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcut for whole-number amounts: it must give exactly what the general amount pattern gives
 * for the texts it takes, and decline (null) every other text so that the pattern reads or rejects it.
 */
class PlainAmountTest {

    @Test
    void readsWholeNumbersInTheColumnsUnit() {
        assertEquals(CellValue.amount(new BigDecimal("3351"), AmountUnit.TEN_THOUSAND_YUAN),
                TokenCursor.plainAmount("3351", ActiveDisclosureColumn.AMOUNT));
        assertEquals(CellValue.amount(BigDecimal.ZERO, AmountUnit.YUAN),
                TokenCursor.plainAmount("0", FeeColumn.AMOUNT_COLLECTED));
        assertEquals(CellValue.amount(new BigDecimal("9"), AmountUnit.UNSTATED),
                TokenCursor.plainAmount("9", ActiveDisclosureColumn.TOTAL_AMOUNT));
        String eighteen = "123456789012345678";
        assertEquals(CellValue.amount(new BigDecimal(eighteen), AmountUnit.YUAN),
                TokenCursor.plainAmount(eighteen, FeeColumn.AMOUNT_NOTICED));
    }

    @Test
    void declinesEverythingElse() {
        for (String text : new String[] {"", "012", "00", "12.5", "0.00", "1/", "/1", "1:", ":1", "5元", "-1", " 1",
                "1234567890123456789"}) {
            assertNull(TokenCursor.plainAmount(text, FeeColumn.AMOUNT_NOTICED), text);
        }
    }
}
