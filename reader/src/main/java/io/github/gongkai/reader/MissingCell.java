package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell of the report's edition for which the page printed nothing the reader could find: its row is
 * absent, its table is absent, or (section 六) the figure is not stated. The cell is
 * {@linkplain io.github.gongkai.core.CellValue.Unread unread} in the model, with reason
 * {@link io.github.gongkai.core.UnreadReason#NOT_FOUND}: not blank, not zero.
 * An immutable, thread-safe value.
 *
 * @param cell the cell
 * @param reason why it was not found, in English
 * @param position where the reader looked (the start of the table or section), if it found that much
 */
public record MissingCell(CellRef cell, String reason, Optional<SourcePosition> position) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null
     */
    public MissingCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(position, "position");
    }

    /**
     * Returns {@code cell: reason (@ position)}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return cell + ": " + reason + position.map(p -> " @ " + p).orElse("");
    }
}
