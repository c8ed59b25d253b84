package io.github.gongkai.core;

/**
 * The kind of number a column's cells hold. Any cell may also be {@linkplain CellValue.Blank blank},
 * {@linkplain CellValue.NotApplicable not applicable} or {@linkplain CellValue.Unread unread}.
 */
public enum ValueKind {
    /** A non-negative whole number (件, 个, 项): {@link CellValue.Count}. */
    COUNT,
    /** A signed whole number, the 2019 edition's 本年增/减: {@link CellValue.SignedCount}. */
    SIGNED_COUNT,
    /** A non-negative exact decimal amount of money: {@link CellValue.Amount}. */
    AMOUNT
}
