package io.github.gongkai.testkit;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import java.util.List;
import java.util.Objects;

/**
 * One known fault injected into a valid report by {@link FaultInjector}: what was changed, from what, to
 * what. Tests assert that a validator finds exactly it. All implementations are immutable records.
 */
public sealed interface Fault permits Fault.CellChanged, Fault.DigitsSwapped, Fault.TotalBlanked, Fault.RowMoved {

    /**
     * Returns the cells whose printed value the fault changed.
     *
     * @return an unmodifiable list, never empty
     */
    List<CellRef> cells();

    /**
     * Describes the fault in one line, for test failure messages.
     *
     * @return the description, never null
     */
    String description();

    /**
     * A count changed by a known delta: a wrong number typed in one cell.
     *
     * @param cell the cell
     * @param original the value before (a blank cell counts as 0)
     * @param changed the value after
     */
    record CellChanged(CellRef cell, long original, long changed) implements Fault {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if nothing changed or a value is negative
         */
        public CellChanged {
            Objects.requireNonNull(cell, "cell");
            if (original == changed || original < 0 || changed < 0) {
                throw new IllegalArgumentException("a change needs two different non-negative values");
            }
        }

        /**
         * Returns by how much the cell changed.
         *
         * @return {@code changed - original}
         */
        public long delta() {
            return changed - original;
        }

        @Override
        public List<CellRef> cells() {
            return List.of(cell);
        }

        @Override
        public String description() {
            return cell + " changed from " + original + " to " + changed + " (delta " + delta() + ")";
        }
    }

    /**
     * Two adjacent digits of a count swapped, as in a typing error: 1234 printed as 1324.
     *
     * @param cell the cell
     * @param original the value before
     * @param changed the value after
     * @param position the index, from the left, of the first of the two swapped digits
     */
    record DigitsSwapped(CellRef cell, long original, long changed, int position) implements Fault {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if nothing changed
         */
        public DigitsSwapped {
            Objects.requireNonNull(cell, "cell");
            if (original == changed) {
                throw new IllegalArgumentException("a swap must change the value");
            }
        }

        @Override
        public List<CellRef> cells() {
            return List.of(cell);
        }

        @Override
        public String description() {
            return cell + " printed " + changed + " instead of " + original + " (digits " + position + " and "
                    + (position + 1) + " swapped)";
        }
    }

    /**
     * A total cell left blank: a total not reported.
     *
     * @param cell the total cell
     * @param original the value it held
     */
    record TotalBlanked(CellRef cell, long original) implements Fault {
        /**
         * Checks for null.
         *
         * @throws NullPointerException if the cell is null
         */
        public TotalBlanked {
            Objects.requireNonNull(cell, "cell");
        }

        @Override
        public List<CellRef> cells() {
            return List.of(cell);
        }

        @Override
        public String description() {
            return cell + " left blank (was " + original + ")";
        }
    }

    /**
     * A row of table 三 printed one row off: the numbers of {@code from} stand in row {@code to}, whose own
     * numbers are lost, and row {@code from} is printed blank.
     *
     * @param from the row whose numbers moved
     * @param to the row they now stand in
     * @param cells every cell of both rows
     */
    record RowMoved(ApplicationRow from, ApplicationRow to, List<CellRef> cells) implements Fault {
        /**
         * Checks the rows and copies the cells.
         *
         * @throws IllegalArgumentException if the rows are the same
         */
        public RowMoved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from == to) {
                throw new IllegalArgumentException("a row must move to another row");
            }
            cells = List.copyOf(cells);
        }

        @Override
        public String description() {
            return "T3 row " + from.key() + " printed in row " + to.key() + "; row " + from.key() + " left blank";
        }
    }
}
