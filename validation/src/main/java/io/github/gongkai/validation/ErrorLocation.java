package io.github.gongkai.validation;

import io.github.gongkai.core.ReportTable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where the errors of one table most probably are: every {@link Correction} of least cost that makes all of
 * the table's identities hold, or none if no change of at most {@link ErrorLocator#MAX_CELLS} cells does. The
 * {@link ErrorLocator} gives one for each table whose identities cannot all hold as printed, and none for a
 * table that needs no change.
 *
 * <p>Several corrections are a tie: the printed numbers do not tell them apart (with the locator's weights), and
 * the reader must look at the page. An empty list is not "nothing wrong": it says that more than
 * {@link ErrorLocator#MAX_CELLS} cells would have to change ({@link #limitReached()}).
 *
 * <p>An immutable, thread-safe value.
 *
 * @param table the table, {@code T3} or {@code T4}
 * @param corrections the corrections of least cost, in order of their cells; empty when the limit is reached
 */
public record ErrorLocation(ReportTable table, List<Correction> corrections) {

    /**
     * Checks and copies the corrections.
     *
     * @throws NullPointerException if the table, the list or a correction is null
     */
    public ErrorLocation {
        Objects.requireNonNull(table, "table");
        corrections = List.copyOf(corrections);
    }

    /**
     * Tells whether no correction of at most {@link ErrorLocator#MAX_CELLS} cells was found: the table needs
     * more changes than the locator looks for.
     *
     * @return true if {@link #corrections()} is empty
     */
    public boolean limitReached() {
        return corrections.isEmpty();
    }

    /**
     * Tells whether the printed numbers point at exactly one correction.
     *
     * @return true for one correction
     */
    public boolean isUnique() {
        return corrections.size() == 1;
    }

    /**
     * Returns the cost of the least costly corrections, the same for each of them.
     *
     * @return the cost (corrections that tie may differ from it by a rounding error of the sum), empty when the
     *     limit is reached
     */
    public OptionalDouble cost() {
        return corrections.stream().mapToDouble(Correction::cost).min();
    }
}
