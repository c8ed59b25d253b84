package io.github.gongkai.validation;

/**
 * Why a rule could not be checked: a {@link FindingStatus#NOT_ASSESSABLE} finding gives one
 * ({@link Finding#notAssessableReason()}). The two are different facts about the page: a cell left blank was
 * printed empty (the organ did not report it), a cell not read was printed but the reader could not tell which
 * number it holds.
 */
public enum NotAssessableReason {
    /**
     * A cell the rule needs holds no number, blank or a placeholder such as {@code /}, and the
     * {@link BlankPolicy} says it is not reported: a total left blank under {@link BlankPolicy#BLANK_IS_ZERO},
     * any such cell under {@link BlankPolicy#STRICT}. Message key {@code io.github.gongkai.validation.notAssessable}.
     */
    BLANK,
    /**
     * A cell the rule needs was not read from the page ({@link io.github.gongkai.core.CellValue.Unread}): its
     * value is unknown, neither blank nor zero. For an identity through the pieces of glued runs of digits,
     * some reading of the digits satisfies it; for a cell printed together with others as one total, the
     * rule does not include all of them. Message key {@code io.github.gongkai.validation.notRead}.
     */
    NOT_READ
}
