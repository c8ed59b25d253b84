package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reader did with a page, cell by cell: the honest half of a {@link ReadResult}.
 *
 * <p>Every cell of the edition ({@link CellRef#all(Edition)}) is in exactly one of four lists:
 * <ul>
 *   <li>{@link #cellsRead()}: a number or a placeholder was read for it (with its provenance);</li>
 *   <li>{@link #blankCells()}: the page printed the cell empty (with its provenance);</li>
 *   <li>{@link #ambiguities()}: its numbers were found but could not be placed with certainty;</li>
 *   <li>{@link #notFound()}: nothing was found for it.</li>
 * </ul>
 * The last two are {@linkplain io.github.gongkai.core.CellValue.Unread unread} in the model, never blank or
 * zero: {@linkplain io.github.gongkai.core.UnreadReason#NOT_FOUND not found}, or for an ambiguity
 * {@linkplain io.github.gongkai.core.UnreadReason#AMBIGUOUS ambiguous},
 * {@linkplain io.github.gongkai.core.UnreadReason#INCONSISTENT inconsistent} (no split of a glued run satisfies
 * the row's identities) or {@linkplain io.github.gongkai.core.UnreadReason#DAMAGED damaged}. {@link #warnings()} lists what the reader handled but a careful
 * user may want to check. {@link #cellsRead()}, {@link #blankCells()} and {@link #notFound()} are in
 * canonical cell order ({@link CellRef#compareTo}); {@link #ambiguities()} and {@link #warnings()} in the
 * order the reader met them in the page. An immutable, thread-safe value.
 *
 * @param format the format the page was read as
 * @param edition the edition detected
 * @param cellsRead cells read as a number or placeholder
 * @param blankCells cells printed empty
 * @param ambiguities numbers found but not placed
 * @param notFound cells for which nothing was found
 * @param warnings what was noticed and handled
 */
public record ReadingReport(SourceFormat format, Edition edition, List<Provenance> cellsRead,
        List<Provenance> blankCells, List<Ambiguity> ambiguities, List<MissingCell> notFound,
        List<ReadingWarning> warnings) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public ReadingReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(edition, "edition");
        cellsRead = List.copyOf(cellsRead);
        blankCells = List.copyOf(blankCells);
        ambiguities = List.copyOf(ambiguities);
        notFound = List.copyOf(notFound);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns where a cell's value came from, if it was read (as a value or as printed empty).
     *
     * @param cell the cell
     * @return its provenance, or empty if the cell is ambiguous or was not found
     */
    public Optional<Provenance> provenance(CellRef cell) {
        Objects.requireNonNull(cell, "cell");
        for (Provenance p : cellsRead) {
            if (p.cell().equals(cell)) {
                return Optional.of(p);
            }
        }
        for (Provenance p : blankCells) {
            if (p.cell().equals(cell)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the ambiguity that left a cell blank, if any.
     *
     * @param cell the cell
     * @return the ambiguity, or empty
     */
    public Optional<Ambiguity> ambiguity(CellRef cell) {
        Objects.requireNonNull(cell, "cell");
        return ambiguities.stream().filter(a -> a.cells().contains(cell)).findFirst();
    }

    /**
     * Tells whether a cell was not found at all.
     *
     * @param cell the cell
     * @return true if it is in {@link #notFound()}
     */
    public boolean isNotFound(CellRef cell) {
        Objects.requireNonNull(cell, "cell");
        return notFound.stream().anyMatch(m -> m.cell().equals(cell));
    }

    /**
     * Tells whether every cell of the edition was read (as a value or as printed empty).
     *
     * @return true if there are no ambiguities and no cells not found
     */
    public boolean isComplete() {
        return ambiguities.isEmpty() && notFound.isEmpty();
    }

    /**
     * Returns a one-line summary, such as {@code "2021 edition from TEXT: 200 read, 0 blank, 0 ambiguous,
     * 3 not found, 1 warning(s)"}.
     *
     * @return the summary, never null
     */
    public String summary() {
        int ambiguous = ambiguities.stream().mapToInt(a -> a.cells().size()).sum();
        return edition.key() + " edition from " + format + ": " + cellsRead.size() + " read, " + blankCells.size()
                + " blank, " + ambiguous + " ambiguous, " + notFound.size() + " not found, " + warnings.size()
                + " warning(s)";
    }

    /**
     * Returns the summary followed by one line per ambiguity, missing cell and warning.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(summary());
        ambiguities.forEach(a -> sb.append("\n  ambiguous: ").append(a));
        notFound.forEach(m -> sb.append("\n  not found: ").append(m));
        warnings.forEach(w -> sb.append("\n  warning: ").append(w));
        return sb.toString();
    }
}
