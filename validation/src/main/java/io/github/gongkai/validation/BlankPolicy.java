package io.github.gongkai.validation;

/**
 * How the rules read a cell that holds no number: a {@linkplain io.github.gongkai.core.CellValue.Blank blank}
 * cell or a {@linkplain io.github.gongkai.core.CellValue.NotApplicable placeholder} such as {@code /},
 * {@code —} or {@code 无}. Published tables leave zeros blank, and many leave whole 总计 columns blank.
 *
 * <p>Every {@link Finding} records the policy it was made under ({@link Finding#blankPolicy()}). A cell that
 * was not read from the page ({@link io.github.gongkai.core.CellValue.Unread}) is not a cell without a number
 * in this sense: under either policy it is read neither as 0 nor as blank (see
 * {@link NotAssessableReason#NOT_READ}).
 */
public enum BlankPolicy {
    /**
     * The default. A cell without a number reads as 0. An identity that fails while one of its
     * <em>total</em> cells is without a number is {@link FindingStatus#NOT_ASSESSABLE}, never
     * {@link FindingStatus#FAILED}: the total was not reported, which is not the same as a wrong total.
     * Total cells are those of the 总计 column and the （七）总计 row of table 三, the 总计 column of table 四, the
     * 总计 column in the carry-over rule, and the summary report's cells in the summary rule.
     */
    BLANK_IS_ZERO,
    /**
     * Every cell without a number is not reported. An identity with such a cell, whichever its role, is
     * {@link FindingStatus#NOT_ASSESSABLE}, even if it would hold with blanks read as 0. Plausibility rules
     * that need such a cell stay silent.
     */
    STRICT
}
