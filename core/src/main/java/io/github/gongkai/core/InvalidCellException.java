package io.github.gongkai.core;

import java.util.Objects;

/**
 * Thrown when a value cannot be placed in a cell: the cell does not exist in the report's edition, or the
 * value is of the wrong kind or out of range. The message names the cell by reference and Chinese label.
 */
public final class InvalidCellException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The cell, kept as its canonical text so that the exception stays serializable. */
    private final String cell;

    /**
     * Creates an exception for a cell.
     *
     * @param cell the cell
     * @param edition the report's edition, used for the cell's labels
     * @param problem what is wrong, without the cell's name
     */
    public InvalidCellException(CellRef cell, Edition edition, String problem) {
        super(Objects.requireNonNull(cell, "cell").describe(edition) + ": " + problem);
        this.cell = cell.toString();
    }

    /**
     * Returns the cell the value was meant for.
     *
     * @return the reference, never null
     */
    public CellRef cell() {
        return CellRef.parse(cell);
    }
}
