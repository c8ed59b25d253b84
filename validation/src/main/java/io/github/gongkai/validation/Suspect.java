package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell that may be the culprit of a failing rule, with the value that would make the rule hold.
 *
 * <p>A suspect is a suggestion for the reader: the validator never changes a report. Where a failing row
 * identity and a failing column identity of table 三 cross at one cell and imply the same corrected value,
 * that cell is the only suspect ({@link Confidence#MEDIUM} or {@link Confidence#HIGH}); where a failing
 * identity crosses no other, each of its cells is a {@link Confidence#LOW} suspect.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param cell the cell
 * @param printed its value as printed
 * @param suggested the value that would make every failing identity through the cell hold
 * @param confidence how strongly the evidence points at this cell
 * @param typingError the single keyboard slip that turns {@code suggested} into {@code printed}, if one does
 */
public record Suspect(CellRef cell, CellValue printed, CellValue suggested, Confidence confidence,
        Optional<TypingError> typingError) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null
     */
    public Suspect {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(typingError, "typingError");
    }

    /**
     * Tells whether a single keyboard slip explains the printed value.
     *
     * @return true if {@link #typingError()} is present
     */
    public boolean isTypingError() {
        return typingError.isPresent();
    }
}
