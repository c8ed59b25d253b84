package io.github.gongkai.core;

import java.util.Objects;

/**
 * One cell of a report: where it is and what it holds. An immutable, thread-safe value.
 *
 * @param ref the cell's reference
 * @param value the cell's value as printed
 */
public record Cell(CellRef ref, CellValue value) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if either is null
     */
    public Cell {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(value, "value");
    }
}
