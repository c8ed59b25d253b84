package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.CellValue;
import java.math.BigDecimal;

/** A value of an expected-cells CSV ({@code cell,value,…}: a number, {@code BLANK}, {@code NA}). Test code only. */
final class ExpectedValue {

    private ExpectedValue() {
    }

    /**
     * Whether a value read is the CSV's: counts and signed counts as printed, amounts by value (any scale),
     * blank and not-applicable cells by kind.
     */
    static boolean matches(CellValue got, String expected) {
        if (got instanceof CellValue.Count c) {
            return expected.equals(Long.toString(c.value()));
        } else if (got instanceof CellValue.SignedCount c) {
            return expected.equals(Long.toString(c.value()));
        } else if (got instanceof CellValue.Amount a) {
            return a.value().compareTo(new BigDecimal(expected)) == 0;
        } else if (got instanceof CellValue.Blank) {
            return expected.equals("BLANK");
        } else if (got instanceof CellValue.NotApplicable) {
            return expected.equals("NA");
        }
        return false;
    }
}
