package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One smallest set of printed cells whose change makes every identity of a table hold, with the value each
 * changed cell must then have: one answer of the {@link ErrorLocator}.
 *
 * <p>The values are exact whole numbers, at least 0. Where the identities fix a cell's value only together with
 * another changed cell's (they could move together), the change says so, {@link Change#value()} is empty, and no
 * number is invented for it; whether values of at least 0 exist for such cells is not checked, and such a change
 * gets no typing-slip discount.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param changes the cells to change, in the format's canonical cell order; 1 to {@link ErrorLocator#MAX_CELLS}
 * @param cost the sum of the changes' costs under the locator's {@link LocationWeights}
 */
public record Correction(List<Change> changes, double cost) {

    /**
     * Checks and copies the changes.
     *
     * @throws NullPointerException if the list or a change is null
     * @throws IllegalArgumentException if there is no change or the cost is not positive
     */
    public Correction {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one cell");
        }
        if (!(cost > 0)) {
            throw new IllegalArgumentException("a correction costs something, was " + cost);
        }
    }

    /**
     * Returns the cells this correction changes.
     *
     * @return an unmodifiable list, in the order of {@link #changes()}
     */
    public List<CellRef> cells() {
        return changes.stream().map(Change::cell).toList();
    }

    /**
     * Tells whether the identities fix the value of every changed cell.
     *
     * @return true if every {@link Change#value()} is present
     */
    public boolean isDetermined() {
        return changes.stream().allMatch(c -> c.value().isPresent());
    }

    /**
     * One cell of a correction.
     *
     * @param cell the cell
     * @param printed its value as printed, a count
     * @param value the value the identities imply for it, empty if they do not fix it
     * @param typingError the single keyboard slip that turns {@code value} into the printed count, if one does
     */
    public record Change(CellRef cell, CellValue printed, OptionalLong value, Optional<TypingError> typingError) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the value is negative, or a typing error is given without a value
         */
        public Change {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(printed, "printed");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(typingError, "typingError");
            if (value.isPresent() && value.getAsLong() < 0) {
                throw new IllegalArgumentException("a count is at least 0, was " + value.getAsLong());
            }
            if (typingError.isPresent() && value.isEmpty()) {
                throw new IllegalArgumentException("a typing error needs the value it turned into the printed one");
            }
        }
    }
}
