package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one cell's value came from: the cell, the text printed for it and its position in the page.
 *
 * <p>The raw text is the cell's own text as printed, trimmed ({@code "0件"}, {@code "1,234"}, {@code "/"},
 * {@code ""} for an empty cell). For a number cut out of a glued run it is that number's digits, and the
 * note names the whole run and how it was split. For a section 六 fee figure stated only in a sentence it is the
 * figure ({@code 380元}) or the words that deny one ({@code 未收取信息处理费}, read as 0), and the note, which
 * starts {@code stated only in a sentence of section 六}, quotes the clause. An immutable, thread-safe value.
 *
 * @param cell the cell of the report
 * @param raw the text printed for the cell, trimmed; empty for a cell printed empty
 * @param position where the text stands in the page
 * @param note how the value was obtained when it was not simply read from its own cell (a glued run split
 *     by the table's identity, a label recognised from a fragment, a figure stated only in a sentence), or empty
 */
public record Provenance(CellRef cell, String raw, SourcePosition position, Optional<String> note) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null
     */
    public Provenance {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(note, "note");
    }

    /**
     * Returns {@code cell = "raw" @ position}, with the note if any.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return cell + " = \"" + raw + "\" @ " + position + note.map(n -> " (" + n + ")").orElse("");
    }
}
