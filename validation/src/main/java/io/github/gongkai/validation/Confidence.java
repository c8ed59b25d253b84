package io.github.gongkai.validation;

/**
 * How strongly the evidence points at a {@link Suspect}. Constants are declared from the strongest.
 */
public enum Confidence {
    /**
     * Two or more failing identities (a row and a column) cross at the cell, all imply the same corrected
     * value, no passing identity contains the cell, and a {@link TypingError} explains the printed digits.
     */
    HIGH,
    /** As {@link #HIGH}, but no single-digit typing error turns the corrected value into the printed one. */
    MEDIUM,
    /**
     * Only one failing identity contains the cell: any of its cells could be wrong, and each is listed with
     * the value it would need.
     */
    LOW
}
