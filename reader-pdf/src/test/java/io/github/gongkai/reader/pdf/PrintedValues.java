package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.TableColumn;

/**
 * How a cell's value is printed in a table cell, exactly as the report holds it: a count in digits, a signed
 * count with its sign ({@code +5}, {@code -3}), an amount with its scale ({@code 0.00}) and its unit unless the
 * column header states that unit, a blank cell empty, a not-applicable cell as its placeholder.
 */
final class PrintedValues {

    private PrintedValues() {
    }

    /**
     * Returns the text printed for a cell.
     *
     * @param value the cell's value
     * @param column the cell's column, whose header may state the unit
     * @return the text, empty for a blank cell
     * @throws IllegalArgumentException for an unread cell, which has nothing to print
     */
    static String text(CellValue value, TableColumn column) {
        if (value instanceof CellValue.Amount amount) {
            return amount.value().toPlainString()
                    + (amount.unit() == column.headerUnit() ? "" : amount.unit().symbol());
        }
        return text(value);
    }

    /**
     * Returns the text printed for a value with no column header: an amount with its unit.
     *
     * @param value the value
     * @return the text, empty for a blank cell
     */
    static String text(CellValue value) {
        if (value instanceof CellValue.Count c) {
            return Long.toString(c.value());
        }
        if (value instanceof CellValue.SignedCount s) {
            return s.value() > 0 ? "+" + s.value() : Long.toString(s.value());
        }
        if (value instanceof CellValue.Amount a) {
            return a.value().toPlainString() + a.unit().symbol();
        }
        if (value instanceof CellValue.Blank) {
            return "";
        }
        if (value instanceof CellValue.NotApplicable n) {
            return n.placeholder();
        }
        throw new IllegalArgumentException("an unread cell cannot be printed: " + value);
    }

    /**
     * Returns an amount's digits without its unit, for a sentence that names the unit after it.
     *
     * @param value an amount
     * @param unit the unit the sentence names
     * @return the digits, with the unit only if it differs from the sentence's
     */
    static String amountIn(CellValue value, AmountUnit unit) {
        if (value instanceof CellValue.Amount a && a.unit() == unit) {
            return a.value().toPlainString();
        }
        return text(value);
    }
}
