package io.github.gongkai.validation.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import java.math.BigDecimal;

/**
 * The number a cell holds, as every rule that adds or compares cells reads it: a count or signed count as is, an
 * amount in 元 (万元 × 10 000). Not part of the API.
 */
public final class CellNumbers {

    private CellNumbers() {
    }

    /**
     * Reads a cell's number.
     *
     * @param value the cell's value
     * @return the number, amounts in 元; null for a cell without one (blank, not applicable, not read)
     */
    public static BigDecimal of(CellValue value) {
        if (value instanceof CellValue.Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (value instanceof CellValue.SignedCount c) {
            return BigDecimal.valueOf(c.value());
        }
        if (value instanceof CellValue.Amount a) {
            return a.unit() == AmountUnit.TEN_THOUSAND_YUAN ? a.value().movePointRight(4) : a.value();
        }
        return null;
    }
}
