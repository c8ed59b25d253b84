package io.github.gongkai.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One number a page printed for several cells together, because its template merged their rows: 2023–2024
 * reports that print table 三 in the 2021 edition but with a single （六）其他处理 row, as the 2019 edition
 * does, give for each column the total of the 2021 edition's three （六） rows. The total is known; the part of
 * each cell is not. Each of the {@link #cells()} holds an {@linkplain CellValue.Unread unread} value with this
 * same total, and an identity whose terms include all of them, with one coefficient, can still be checked
 * (I-3 on each column). An immutable, thread-safe value.
 *
 * @param value the number printed, at least 0
 * @param cells the cells it stands for, 2 or more, distinct, of one table, in {@link CellRef} order
 */
public record PrintedTotal(long value, List<CellRef> cells) {

    /** Most cells one printed total may stand for. */
    public static final int MAX_CELLS = 64;

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the value is negative, there are fewer than 2 or more than
     *     {@value #MAX_CELLS} cells, a cell repeats, the cells are of several tables or not in order
     * @throws NullPointerException if {@code cells} or one of them is null
     */
    public PrintedTotal {
        cells = List.copyOf(cells);
        if (value < 0) {
            throw new IllegalArgumentException("a printed total must not be negative, was " + value);
        }
        if (cells.size() < 2 || cells.size() > MAX_CELLS) {
            throw new IllegalArgumentException("a printed total stands for 2 to " + MAX_CELLS + " cells, not "
                    + cells.size());
        }
        if (new HashSet<>(cells).size() != cells.size()) {
            throw new IllegalArgumentException("a printed total lists a cell twice: " + cells);
        }
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).table() != cells.get(0).table() || cells.get(i - 1).compareTo(cells.get(i)) > 0) {
                throw new IllegalArgumentException("a printed total's cells are of one table, in order: " + cells);
            }
        }
    }

    /**
     * Obtains a printed total.
     *
     * @param value the number printed
     * @param cells the cells it stands for
     * @return the total, never null
     * @throws IllegalArgumentException as the constructor
     */
    public static PrintedTotal of(long value, List<CellRef> cells) {
        return new PrintedTotal(value, cells);
    }

    /**
     * Tells whether a cell is one of those this total stands for.
     *
     * @param cell a cell
     * @return true if it is listed
     */
    public boolean covers(CellRef cell) {
        return cells.contains(Objects.requireNonNull(cell, "cell"));
    }
}
