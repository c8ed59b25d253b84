package io.github.gongkai.validation;

/**
 * A single slip of the keyboard that turns the value a {@link Suspect} should have into the value printed,
 * comparing the decimal digits of the two whole numbers.
 */
public enum TypingError {
    /** One digit was typed wrong: {@code 17} for {@code 12}. */
    DIGIT_CHANGED,
    /** Two adjacent digits were swapped: {@code 21} for {@code 12}. */
    DIGITS_SWAPPED,
    /** One digit too many was typed: {@code 112} for {@code 12}. */
    DIGIT_ADDED,
    /** One digit was left out: {@code 12} for {@code 112}. */
    DIGIT_DROPPED
}
