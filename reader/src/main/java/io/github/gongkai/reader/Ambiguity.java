package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param code why it could not be placed
 * @param arguments the values the reason's text names beyond the other components, as listed for each
 *     {@link Code}; empty for most
 * @param candidates the readings considered, possibly truncated; empty if none fits at all
 * @param candidateCount how many readings were found in total
 * @param searchExhausted true if the search for readings was cut off at the reader's limit, so that
 *     {@code candidateCount} is a lower bound
 */
public record Ambiguity(List<CellRef> cells, String raw, SourcePosition position, Code code, List<String> arguments,
        List<List<CellValue>> candidates, int candidateCount, boolean searchExhausted) {

    /**
     * Why the numbers could not be placed. Each constant's text, in English and Chinese, comes from the reader's
     * message files ({@link #reason(Locale)}); a constant whose text names more than the record's other
     * components says which {@link #arguments()} it takes.
     */
    public enum Code {
        /** The row printed more numbers than it has cells. Arguments: the number of values printed. */
        TOO_MANY_VALUES(1),
        /**
         * Table 三's header puts the 法人或其他组织 subtotal column where the row's numbers do not add up, and they do
         * at another place: header and numbers are shifted, and which column to leave out cannot be told.
         */
        SUBTOTAL_COLUMN_SHIFTED(0),
        /** The row printed fewer numbers than it has cells, none glued. Arguments: the number of values printed. */
        CELL_LOST(1),
        /** The cell's text cannot be read as a value of its column ({@link #raw()} is the text). */
        UNREADABLE_VALUE(0),
        /** A glued run has several splits and the table has no identity to choose between them. */
        GLUED_SPLITS_WITHOUT_IDENTITY(0),
        /** A glued run has several splits that satisfy the identities. */
        GLUED_SPLITS_CONSISTENT(0),
        /** A glued run is too long to split within the reader's search limit. */
        GLUED_SEARCH_LIMIT(0),
        /** No split of a glued run satisfies the identities (the page has an error): the cells are inconsistent. */
        GLUED_NO_SPLIT_FITS(0),
        /** A glued run cannot be cut into as many numbers as the row has cells (the cells are damaged). */
        GLUED_CANNOT_BE_CUT(0),
        /** Numbers printed without their row label, whose row cannot be confirmed. */
        NUMBERS_WITHOUT_LABEL(0),
        /** Section 六's sentences state different figures for one cell (the candidates). */
        PROSE_FIGURES_DIFFER(0),
        /** Glued digits after a label of table 四 may cover that row alone or the next rows too. */
        ROW_SPAN_UNCLEAR(0),
        /**
         * A group of table 三 was printed as one row, its own rows absent, and its numbers cannot be read one per
         * column. Arguments: the group's label.
         */
        GROUP_NUMBERS_UNREADABLE(1),
        /**
         * A group of table 三 was printed as one row, its own rows absent: each number other than 0 is the total of
         * its column's cells, which are merged (a column printed 0 is not listed: each of its cells is 0).
         * Arguments: the group's label, the number of its rows.
         */
        GROUP_PRINTED_AS_ONE_ROW(2);

        private final int arguments;

        Code(int arguments) {
            this.arguments = arguments;
        }

        /**
         * Returns how many {@link Ambiguity#arguments()} the constant's text takes.
         *
         * @return the number, 0 to 2
         */
        public int argumentCount() {
            return arguments;
        }
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code cells} is empty, a candidate's size differs from it,
     *     {@code candidateCount} is below the number of candidates listed, or the code takes another number of
     *     arguments
     */
    public Ambiguity {
        cells = List.copyOf(cells);
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
        arguments = ReaderTexts.arguments(code, code.argumentCount(), arguments);
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
     * Returns why the numbers could not be placed, in English, such as {@code "glued run has 10 possible splits
     * and the table has no identity to choose"}.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason(Locale.ENGLISH);
    }

    /**
     * Returns why the numbers could not be placed, in Chinese for a locale whose language is {@code zh} and in
     * English otherwise. Page text (the raw run, a label) is inserted as printed.
     *
     * @param locale the language
     * @return the reason, never null
     */
    public String reason(Locale locale) {
        Map<String, String> named = Map.of("count", candidateCount + (searchExhausted ? "+" : ""),
                "cells", Integer.toString(cells.size()), "raw", raw,
                "kind", ReaderTexts.kind(locale, cells.get(0)));
        return ReaderTexts.format(locale, "ambiguity." + code.name(), arguments, named);
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
        sb.append(": \"").append(raw).append("\" @ ").append(position).append(": ").append(reason());
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
