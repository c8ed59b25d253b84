package io.github.gongkai.validation;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.internal.ErrorSearch;
import java.util.List;
import java.util.Objects;

/**
 * Finds the fewest, most probably mistyped cells whose change makes every identity of a table hold: error
 * location by minimal change (Fellegi–Holt), as R's {@code errorlocate} does for data editing.
 *
 * <pre>{@code
 * for (ErrorLocation location : ErrorLocator.standard().locate(report)) {
 *     if (location.limitReached()) {
 *         System.out.println(location.table() + ": more than 3 cells");
 *     }
 *     for (Correction correction : location.corrections()) {
 *         for (Correction.Change change : correction.changes()) {
 *             System.out.println(change.cell() + " " + change.printed() + " -> " + change.value());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Contract, for each table of the report that has identities (三 and 四):
 * <ul>
 * <li>The identities are core's {@link io.github.gongkai.core.ReportFormat#identities()} of the report's
 *     edition; the search makes <em>every</em> identity of the table hold exactly, in whole numbers, each
 *     changed count at least 0.
 * <li>Only cells printed with a count can be changed. A cell not read ({@link io.github.gongkai.core.CellValue.Unread})
 *     is an unknown, never wrong: an identity through it holds for some value of it, so it constrains the
 *     other cells only where unknowns cancel out of several identities (the search eliminates them). The cells
 *     of a {@linkplain io.github.gongkai.core.PrintedTotal printed total} carried by each of them sum to it, one
 *     more constraint eliminated with the identities; a cell of a total of 0 is 0 (counts are never below 0).
 *     As in the validator, such cells are never changed either. Blank and
 *     not-applicable cells follow the {@link BlankPolicy}, as in the validator: under
 *     {@link BlankPolicy#BLANK_IS_ZERO} a blank component is 0 and a blank total is an unknown (a total not
 *     reported is not a wrong total); under {@link BlankPolicy#STRICT} every blank is an unknown. Neither is
 *     ever changed. The value an unknown would need is not reported, and not checked to be at least 0.
 * <li>A table whose identities can all hold without changing a printed count gets no {@link ErrorLocation}:
 *     nothing to locate.
 * <li>Otherwise its {@code ErrorLocation} lists every correction of least cost ({@link LocationWeights}) of 1
 *     to {@link #MAX_CELLS} cells, or none when more cells would have to change
 *     ({@link ErrorLocation#limitReached()}; also when the table's sums do not fit in 63 bits).
 * </ul>
 *
 * <p>The search is exact for corrections it reports (each makes every identity hold). It is complete — no
 * correction of less or equal cost is missed — except where a set of cells satisfies the identities only with a
 * negative count or a fraction: larger sets around it are then tried through the cells that share an identity
 * with it, which covers the tables of the format but is not proved in general.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrorLocator {

    /** The largest number of cells of one table a correction changes: 3. */
    public static final int MAX_CELLS = 3;

    private static final ErrorLocator STANDARD = new ErrorLocator(LocationWeights.standard(), BlankPolicy.BLANK_IS_ZERO);

    private final LocationWeights weights;
    private final BlankPolicy blankPolicy;

    private ErrorLocator(LocationWeights weights, BlankPolicy blankPolicy) {
        this.weights = weights;
        this.blankPolicy = blankPolicy;
    }

    /**
     * Returns the locator with the {@linkplain LocationWeights#standard() standard weights} and blanks read as
     * {@link ReportValidator#standard()} reads them ({@link BlankPolicy#BLANK_IS_ZERO}).
     *
     * @return the locator, never null
     */
    public static ErrorLocator standard() {
        return STANDARD;
    }

    /**
     * Returns a locator that weighs changes otherwise.
     *
     * @param newWeights the weights
     * @return a locator, never null
     */
    public ErrorLocator withWeights(LocationWeights newWeights) {
        return new ErrorLocator(Objects.requireNonNull(newWeights, "weights"), blankPolicy);
    }

    /**
     * Returns a locator that reads blank and not-applicable cells by another policy; use the validator's
     * ({@link ReportValidator#blankPolicy()}) to locate what it found.
     *
     * @param policy the policy
     * @return a locator, never null
     */
    public ErrorLocator withBlankPolicy(BlankPolicy policy) {
        return new ErrorLocator(weights, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the weights.
     *
     * @return the weights, never null
     */
    public LocationWeights weights() {
        return weights;
    }

    /**
     * Returns how blank and not-applicable cells are read.
     *
     * @return the policy, never null
     */
    public BlankPolicy blankPolicy() {
        return blankPolicy;
    }

    /**
     * Locates the errors of each table whose identities cannot all hold as printed.
     *
     * @param report the report
     * @return one location per such table, in printed order; empty when every table can hold unchanged
     */
    public List<ErrorLocation> locate(Report report) {
        return ErrorSearch.locate(Objects.requireNonNull(report, "report"), weights, blankPolicy == BlankPolicy.STRICT);
    }

    @Override
    public String toString() {
        return "ErrorLocator[" + weights + ", " + blankPolicy + "]";
    }
}
