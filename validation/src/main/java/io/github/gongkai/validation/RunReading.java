package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One way to read the glued runs of digits an identity passes through: a value for each of its unread cells
 * that is a piece of a {@linkplain io.github.gongkai.core.PrintedRun printed run}, as one reading of each run
 * cuts it. A {@link Finding} whose identity no reading satisfies lists some of them
 * ({@link Finding#readings()}); the validator never picks one as the report's value.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param values the value of each cell, in {@link CellRef} order; not empty, values not negative
 */
public record RunReading(SortedMap<CellRef, Long> values) {

    /**
     * Checks and copies the values into an unmodifiable map in cell order.
     *
     * @throws NullPointerException if the map, a cell or a value is null
     * @throws IllegalArgumentException if the map is empty or a value is negative
     */
    public RunReading {
        Objects.requireNonNull(values, "values");
        SortedMap<CellRef, Long> copy = new TreeMap<>();
        for (Map.Entry<CellRef, Long> e : values.entrySet()) {
            Objects.requireNonNull(e.getKey(), "cell");
            long value = Objects.requireNonNull(e.getValue(), "value");
            if (value < 0) {
                throw new IllegalArgumentException("a reading of printed digits is not negative, was " + value
                        + " for " + e.getKey());
            }
            copy.put(e.getKey(), value);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a reading gives at least one cell a value");
        }
        values = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains a reading from any map of cells to values.
     *
     * @param values the value of each cell
     * @return the reading, never null
     * @throws IllegalArgumentException as the constructor
     */
    public static RunReading of(Map<CellRef, Long> values) {
        return new RunReading(new TreeMap<>(values));
    }

    /**
     * Returns the reading as {@code cell=value} pairs in cell order, such as
     * {@code T3/newlyReceived/naturalPerson=8, T3/newlyReceived/commercialEnterprise=1}: what the
     * {@code readings} message parameter shows.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ");
        values.forEach((cell, value) -> text.add(cell + "=" + value));
        return text.toString();
    }
}
