package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.CellRole;
import java.math.BigDecimal;

/**
 * One cell in an {@link Equation}: where, what was printed, its role, and whether it is a total cell for
 * the blank policy.
 *
 * @param ref the cell
 * @param role its role; its side decides the sign
 * @param value the value as printed
 * @param report the position of the cell's report
 * @param total whether the cell is a total (a blank total makes a failing identity not assessable)
 */
record Operand(CellRef ref, CellRole role, CellValue value, int report, boolean total) {

    /**
     * Returns the number printed, amounts in 元 where a unit is known.
     *
     * @return the number, or null for a cell without one
     */
    BigDecimal read() {
        return CellNumbers.of(value);
    }

    CellInvolvement involvement() {
        return new CellInvolvement(ref, role, value, report);
    }
}
