package io.github.gongkai.render;

import io.github.gongkai.core.CellRef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report shown on a {@link CheckedReportPage} came from: the input's name, a line on how it was read,
 * and where each cell was printed. The render module does not read pages; whoever read the report (such as
 * the reader module's {@code ReadingReport}) describes the positions, as text such as {@code line 12, column 4}
 * or {@code page 2, x 120.5, y 300.0}.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param name the input's name, such as a file name; shown as text
 * @param reading how the input was read, such as {@code 2021 edition from PDF: 203 of 203 cells read}, if known
 * @param positions where each cell was printed, for the cells where that is known
 */
public record PageSource(String name, Optional<String> reading, Map<CellRef, String> positions) {

    /**
     * Checks for nulls and copies the map.
     *
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public PageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reading, "reading");
        positions = Map.copyOf(positions);
    }

    /**
     * Obtains a source with a name alone.
     *
     * @param name the input's name
     * @return the source, never null
     */
    public static PageSource of(String name) {
        return new PageSource(name, Optional.empty(), Map.of());
    }

    /**
     * Returns a copy with a line on how the input was read.
     *
     * @param newReading the line
     * @return the copy, never null
     */
    public PageSource withReading(String newReading) {
        return new PageSource(name, Optional.of(newReading), positions);
    }

    /**
     * Returns a copy with where each cell was printed.
     *
     * @param newPositions the positions by cell
     * @return the copy, never null
     */
    public PageSource withPositions(Map<CellRef, String> newPositions) {
        return new PageSource(name, reading, newPositions);
    }

    /**
     * Returns where a cell was printed.
     *
     * @param cell the cell
     * @return its position, or empty if unknown
     */
    public Optional<String> position(CellRef cell) {
        return Optional.ofNullable(positions.get(Objects.requireNonNull(cell, "cell")));
    }
}
