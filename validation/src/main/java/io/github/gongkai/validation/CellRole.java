package io.github.gongkai.validation;

/**
 * The part a cell plays in the rule that produced a {@link Finding}.
 *
 * <p>Every rule compares two sides: the <em>actual</em> side (the cells whose printed values
 * {@link Finding#actual()} adds up) and the <em>expected</em> side (the cells from which
 * {@link Finding#expected()} is derived). {@link #isActualSide()} tells which side a role is on.
 */
public enum CellRole {
    /** A total: the 总计 of a row or group, the （七）总计 of a column, or the summary report's cell. Actual side. */
    TOTAL(true),
    /** One of the cells a total sums. Expected side. */
    COMPONENT(false),
    /** Balance identity: 结转下年度 or （七）总计, the applications that left the year. Actual side. */
    OUTFLOW(true),
    /** Balance identity: 本年新收 or 上年结转, the applications that entered the year. Expected side. */
    INFLOW(false),
    /** Carry-over rule: the later report's 上年结转 cell. Actual side. */
    CURRENT_YEAR(true),
    /** Carry-over rule: the earlier report's 结转下年度 cell. Expected side. */
    PREVIOUS_YEAR(false),
    /** Plausibility rule: the cell whose value looks wrong. Actual side. */
    SUBJECT(true),
    /** Plausibility rule: the cell that bounds the subject. Expected side. */
    BOUND(false);

    private final boolean actualSide;

    CellRole(boolean actualSide) {
        this.actualSide = actualSide;
    }

    /**
     * Tells on which side of the rule this role is.
     *
     * @return true for the actual side, false for the expected side
     */
    public boolean isActualSide() {
        return actualSide;
    }
}
