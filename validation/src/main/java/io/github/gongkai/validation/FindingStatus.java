package io.github.gongkai.validation;

/**
 * Whether a rule was seen to fail, or could not be checked because a cell it needs was not reported or not
 * read.
 *
 * <p>Passing rules produce no finding at all, so there is no {@code PASSED} constant.
 */
public enum FindingStatus {
    /** The rule was checked and does not hold. */
    FAILED,
    /**
     * The rule could not be checked: a cell it needs is blank (or holds a placeholder such as {@code /}) and
     * the {@link BlankPolicy} says such a cell is not reported, or a cell it needs was not read from the page
     * ({@link Finding#notAssessableReason()} tells which). A total that was not reported is not a wrong total,
     * a cell that was not read is not a wrong cell, so this status never makes a report
     * {@linkplain ValidationResult#isValid() invalid}.
     */
    NOT_ASSESSABLE
}
