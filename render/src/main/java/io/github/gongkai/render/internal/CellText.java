package io.github.gongkai.render.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.TableColumn;

/**
 * How a cell's value is printed: the text of every format before escaping. Public for
 * {@code io.github.gongkai.render.docx} alone, to which the module exports this package; not API.
 */
public final class CellText {

    /** What an unread cell shows: no number can be mistaken for it. */
    public static final String UNREAD = "?";

    private CellText() {
    }

    /**
     * Returns the text of a value in its column: digits for a count, the sign of a signed count, an amount's
     * scale and its unit unless the column header states it, a placeholder as printed, nothing for a blank and
     * {@value #UNREAD} for an unread cell.
     *
     * @param value the cell's value
     * @param column the cell's column
     * @param edition the report's edition
     * @return the printed text, never null
     */
    public static String of(CellValue value, TableColumn column, Edition edition) {
        if (value instanceof CellValue.Count count) {
            return Long.toString(count.value());
        }
        if (value instanceof CellValue.SignedCount signed) {
            return signed.toString();
        }
        if (value instanceof CellValue.Amount amount) {
            String digits = amount.value().toPlainString();
            return amount.unit() == column.headerUnit() && headerStatesUnit(column, edition) ? digits
                    : digits + amount.unit().symbol();
        }
        if (value instanceof CellValue.NotApplicable mark) {
            return mark.placeholder();
        }
        if (value instanceof CellValue.Unread) {
            return UNREAD;
        }
        return ""; // blank
    }

    /** Tells whether the column's printed label shows the unit its header fixes (本年收费金额（单位：万元）). */
    static boolean headerStatesUnit(TableColumn column, Edition edition) {
        AmountUnit unit = column.headerUnit();
        return unit != AmountUnit.UNSTATED && column.label(edition).contains(unit.symbol());
    }
}
