package io.github.gongkai.validation;

/**
 * What it costs, for the {@link ErrorLocator}, to say that a printed cell is wrong: the search looks for the
 * corrections of least total cost. Changing a cell costs its base weight ({@link #component()} or
 * {@link #total()}, by whether the format prints it as a total), multiplied by {@link #typingSlip()} when the
 * value the correction implies differs from the printed one by a single keyboard slip ({@link TypingError}: one
 * digit changed, two adjacent digits swapped, one digit added or dropped).
 *
 * <p>The standard weights are 1, 1 and 0.75:
 * <ul>
 * <li>a total and a component cost the same: nothing in the reports seen so far says that printed totals are
 *     mistyped more or less often than their parts (give {@link #total()} another value if your evidence does);
 * <li>a typing slip costs 0.75 of any other change. It is above 2/3 on purpose: then k + 1 changed cells
 *     always cost more than k (for k ≤ 2), so the search still prefers fewer cells, and typing slips only
 *     decide between corrections of the same number of cells. With a factor of 0.5 or below, two slips would
 *     beat one change that is not a slip.
 * </ul>
 *
 * <p>An immutable, thread-safe value.
 *
 * @param component the cost of changing a component (a part a total sums, or an inflow or outflow of the balance)
 * @param total the cost of changing a printed total ({@link io.github.gongkai.core.ReportFormat#isTotal})
 * @param typingSlip the factor for a change that is a single typing slip of the printed value
 */
public record LocationWeights(double component, double total, double typingSlip) {

    private static final LocationWeights STANDARD = new LocationWeights(1, 1, 0.75);

    /**
     * Checks the weights.
     *
     * @throws IllegalArgumentException if a weight is not finite or not positive, or the factor is above 1
     */
    public LocationWeights {
        positive(component, "component");
        positive(total, "total");
        positive(typingSlip, "typingSlip");
        if (typingSlip > 1) {
            throw new IllegalArgumentException("typingSlip is a factor of at most 1, was " + typingSlip);
        }
    }

    private static void positive(double weight, String name) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + weight);
        }
    }

    /**
     * Returns the standard weights: 1 for a component, 1 for a total, 0.75 for a typing slip.
     *
     * @return the weights, never null
     */
    public static LocationWeights standard() {
        return STANDARD;
    }

    /**
     * Obtains weights.
     *
     * @param component the cost of changing a component, positive and finite
     * @param total the cost of changing a total, positive and finite
     * @param typingSlip the factor for a typing slip, in (0, 1]
     * @return the weights, never null
     * @throws IllegalArgumentException if a weight is out of range
     */
    public static LocationWeights of(double component, double total, double typingSlip) {
        return new LocationWeights(component, total, typingSlip);
    }

    /**
     * Returns these weights with another cost for a total.
     *
     * @param weight the cost of changing a total, positive and finite
     * @return the weights, never null
     * @throws IllegalArgumentException if the weight is out of range
     */
    public LocationWeights withTotal(double weight) {
        return new LocationWeights(component, weight, typingSlip);
    }

    /**
     * Returns these weights with another cost for a component.
     *
     * @param weight the cost of changing a component, positive and finite
     * @return the weights, never null
     * @throws IllegalArgumentException if the weight is out of range
     */
    public LocationWeights withComponent(double weight) {
        return new LocationWeights(weight, total, typingSlip);
    }

    /**
     * Returns these weights with another factor for a typing slip.
     *
     * @param factor the factor, in (0, 1]; 1 makes a slip cost as much as any change
     * @return the weights, never null
     * @throws IllegalArgumentException if the factor is out of range
     */
    public LocationWeights withTypingSlip(double factor) {
        return new LocationWeights(component, total, factor);
    }

    /**
     * Returns the cost of changing one cell.
     *
     * @param isTotal whether the cell is a printed total
     * @param slip whether the change is a single typing slip of the printed value
     * @return the cost, positive
     */
    public double cost(boolean isTotal, boolean slip) {
        return (isTotal ? total : component) * (slip ? typingSlip : 1);
    }
}
