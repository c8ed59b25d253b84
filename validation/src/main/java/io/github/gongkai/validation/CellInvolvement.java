package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.Objects;

/**
 * One cell that a {@link Finding} involves: where it is, what it was printed with, and its role in the rule.
 * An immutable, thread-safe value.
 *
 * @param cell the cell
 * @param role the part the cell plays in the rule
 * @param value the value as printed (blank cells stay blank; see {@link Finding#blankPolicy()} for how they
 *     were read)
 * @param report the position of the cell's report in the list given to
 *     {@link ReportValidator#validate(ReportSet)}; 0 when a single report was validated
 */
public record CellInvolvement(CellRef cell, CellRole role, CellValue value, int report) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code report} is negative
     */
    public CellInvolvement {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        if (report < 0) {
            throw new IllegalArgumentException("report index must not be negative, was " + report);
        }
    }

    /**
     * Tells whether the cell holds a number.
     *
     * @return false for a blank, placeholder or unread cell
     */
    public boolean isReported() {
        return value.isNumber();
    }
}
