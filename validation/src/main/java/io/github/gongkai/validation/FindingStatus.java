package io.github.gongkai.validation;

/**
 * Whether a rule was seen to fail, or could not be checked because a cell it needs was not reported.
 *
 * <p>Passing rules produce no finding at all, so there is no {@code PASSED} constant.
 */
public enum FindingStatus {
    /** The rule was checked and does not hold. */
    FAILED,
    /**
     * The rule could not be checked: a cell it needs is blank (or holds a placeholder such as {@code /}) and
     * the {@link BlankPolicy} says such a cell is not reported. A total that was not reported is not a wrong
     * total, so this status never makes a report {@linkplain ValidationResult#isValid() invalid}.
     */
    NOT_ASSESSABLE
}
