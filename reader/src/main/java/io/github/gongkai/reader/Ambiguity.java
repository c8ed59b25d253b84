package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.List;
import java.util.Objects;

/**
 * A row (or part of one) whose numbers were found but could not be placed with certainty: a glued run
 * with several consistent splits or none, a row that lost a cell, a row with more numbers than columns.
 * The reader leaves its cells {@linkplain CellValue.Unread unread} in the model (reason ambiguous, inconsistent
 * when no split of a glued run satisfies the row's identities, or damaged; with the glued run's digits where
 * they are plain) and lists the readings it considered here; it never picks one.
 *
 * <p>Each candidate is one complete reading of {@link #cells()}, value for value in the same order;
 * {@linkplain CellValue.Blank blank} in a candidate means "this cell would be the one that was lost". When
 * there are more candidates than the reader's limit, {@link #candidates()} holds the first ones in a
 * deterministic order and {@link #candidateCount()} says how many there were (or the limit of the search,
 * see {@link #searchExhausted()}). An immutable, thread-safe value.
 *
 * @param cells the cells left unread because of this ambiguity, in printed order
 * @param raw the text that could not be placed, as printed (a glued run such as {@code "8855698"}, or the
 *     row's cells joined by {@code " | "}); past 1 000 characters cut, with how many characters and values were
 *     left out (a hostile page's million-number "row")
 * @param position where the text stands in the page
 * @param reason why it could not be placed, in English
 * @param candidates the readings considered, possibly truncated; empty if none fits at all
 * @param candidateCount how many readings were found in total
 * @param searchExhausted true if the search for readings was cut off at the reader's limit, so that
 *     {@code candidateCount} is a lower bound
 */
public record Ambiguity(List<CellRef> cells, String raw, SourcePosition position, String reason,
        List<List<CellValue>> candidates, int candidateCount, boolean searchExhausted) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code cells} is empty, a candidate's size differs from it, or
     *     {@code candidateCount} is below the number of candidates listed
     */
    public Ambiguity {
        cells = List.copyOf(cells);
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
        candidates = candidates.stream().map(List::copyOf).toList();
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("an ambiguity concerns at least one cell");
        }
        for (List<CellValue> candidate : candidates) {
            if (candidate.size() != cells.size()) {
                throw new IllegalArgumentException("a candidate has " + candidate.size() + " values for "
                        + cells.size() + " cells");
            }
        }
        if (candidateCount < candidates.size()) {
            throw new IllegalArgumentException("candidateCount " + candidateCount + " is below the "
                    + candidates.size() + " candidates listed");
        }
    }

    /**
     * Tells whether the given reading is one of the listed candidates.
     *
     * @param values one value per cell, in the order of {@link #cells()}
     * @return true if a listed candidate equals it
     */
    public boolean hasCandidate(List<? extends CellValue> values) {
        return candidates.contains(List.copyOf(values));
    }

    /**
     * Returns a one-line description naming the cells, the raw text, the position and the candidates.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(cells.get(0));
        if (cells.size() > 1) {
            sb.append(" .. ").append(cells.get(cells.size() - 1));
        }
        sb.append(": \"").append(raw).append("\" @ ").append(position).append(": ").append(reason);
        sb.append("; ").append(candidateCount).append(searchExhausted ? "+" : "").append(" candidate(s)");
        for (List<CellValue> candidate : candidates) {
            sb.append(" [");
            for (int i = 0; i < candidate.size(); i++) {
                sb.append(i == 0 ? "" : "/").append(candidate.get(i) instanceof CellValue.Blank ? "?" : candidate.get(i));
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
