package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.CellRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the renderer printed one cell of a report: its page, the box of the cell (between its borders, or where
 * they would be) and the box of the text drawn in it, so that a test can check the position a reader reports.
 *
 * @param ref the cell
 * @param page the page, from 1
 * @param cell the cell's box; for a figure in a sentence, the text's box
 * @param text the box of the printed text; empty for a cell printed empty
 * @param printed the text printed, empty for a blank cell
 */
record PrintedCell(CellRef ref, int page, Box cell, Optional<Box> text, String printed) {

    /** Checks for nulls. */
    PrintedCell {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(printed, "printed");
    }

    @Override
    public String toString() {
        return ref + " \"" + printed + "\" on page " + page + " in " + text.orElse(cell);
    }
}
