package io.github.gongkai.core;

import io.github.gongkai.core.internal.MessageText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one cell, as printed: a number of the column's {@link ValueKind}, a blank cell, a
 * placeholder such as {@code /} or {@code —} marking the cell as not applicable, or a cell that could not
 * be {@linkplain Unread read} from the page.
 *
 * <p>A blank cell is never the same as zero: real tables leave zeros blank, but they also leave totals
 * blank that they did not compute, and only the caller can decide how to read them (see
 * {@link CellTable#countOrZero}).
 *
 * <p>All implementations are immutable, thread-safe records with value equality. Amounts compare by
 * value <em>and</em> scale, so {@code 0} and {@code 0.00} are different cells, as printed.
 *
 * <p>{@code toString()} writes the value as a table prints it, for display: a count's digits ({@code 12}), a
 * signed count with its sign ({@code +3}, {@code -2}, {@code 0}), an amount in plain notation with its unit's
 * symbol if stated ({@code 0.00}, {@code 5.5万元}), a mark as printed ({@code /}), the empty string for a blank
 * cell, and {@code ?} with the reason for an unread one ({@code ?ambiguous[8100008 2/7]}). Different kinds may
 * print alike (a count 0 and an amount 0 of no stated unit are both {@code 0}): tell them apart by their type.
 */
public sealed interface CellValue
        permits CellValue.Count, CellValue.SignedCount, CellValue.Amount, CellValue.Blank, CellValue.NotApplicable,
        CellValue.Unread {

    /** Largest number of decimal places an amount may have. */
    int MAX_AMOUNT_SCALE = 18;
    /** Largest number of digits before the decimal point an amount may have. */
    int MAX_AMOUNT_INTEGER_DIGITS = 24;
    /** Largest length, in characters (Unicode code points), of a not-applicable placeholder. */
    int MAX_PLACEHOLDER_LENGTH = 16;

    /**
     * Obtains a non-negative count.
     *
     * @param value the count
     * @return the cell value, never null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    static Count count(long value) {
        return Count.of(value);
    }

    /**
     * Obtains a signed count, for the 2019 edition's 本年增/减 column.
     *
     * @param value the signed change
     * @return the cell value, never null
     */
    static SignedCount signedCount(long value) {
        return new SignedCount(value);
    }

    /**
     * Obtains an amount with no unit printed in the cell; the report takes the unit from the column
     * header where it fixes one.
     *
     * @param value the exact amount, scale as printed
     * @return the cell value, never null
     * @throws IllegalArgumentException if the amount is negative or out of range
     */
    static Amount amount(BigDecimal value) {
        return new Amount(value, AmountUnit.UNSTATED);
    }

    /**
     * Obtains an amount with the unit printed in the cell or fixed by the column.
     *
     * @param value the exact amount, scale as printed
     * @param unit the unit
     * @return the cell value, never null
     * @throws IllegalArgumentException if the amount is negative or out of range
     */
    static Amount amount(BigDecimal value, AmountUnit unit) {
        return new Amount(value, unit);
    }

    /**
     * Parses an amount written in plain decimal notation, such as {@code "0.00"} or {@code "12.5"}, keeping
     * its scale.
     *
     * @param text the amount, digits with an optional decimal point
     * @return the cell value, never null
     * @throws IllegalArgumentException if the text is not a plain non-negative decimal
     */
    static Amount amount(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a plain non-negative decimal amount: '" + MessageText.printable(text)
                    + "'");
        }
        return amount(new BigDecimal(text));
    }

    /**
     * Returns the blank cell.
     *
     * @return the blank value, never null
     */
    static Blank blank() {
        return Blank.INSTANCE;
    }

    /**
     * Obtains a not-applicable cell marked as printed, such as {@code "/"}, {@code "—"} or {@code "无"}.
     *
     * @param placeholder the mark printed in the cell
     * @return the cell value, never null
     * @throws IllegalArgumentException if the mark is empty, too long, or contains a digit, a control character
     *     or an unpaired surrogate
     */
    static NotApplicable notApplicable(String placeholder) {
        return new NotApplicable(placeholder);
    }

    /**
     * Obtains an unread cell that is not part of a glued run.
     *
     * @param reason why it could not be read, not {@link UnreadReason#MERGED} (see {@link #merged})
     * @return the cell value, never null
     * @throws IllegalArgumentException if the reason is {@link UnreadReason#MERGED}
     */
    static Unread unread(UnreadReason reason) {
        return new Unread(reason, Optional.empty());
    }

    /**
     * Obtains an unread cell that is one piece of a glued run of digits.
     *
     * @param reason why it could not be read, not {@link UnreadReason#MERGED}
     * @param run the printed run and which piece of it this cell is
     * @return the cell value, never null
     * @throws IllegalArgumentException if the reason is {@link UnreadReason#MERGED}
     */
    static Unread unread(UnreadReason reason, PrintedRun run) {
        return new Unread(reason, Optional.of(run));
    }

    /**
     * Obtains an unread cell that the page printed together with others, as one total.
     *
     * @param total the number printed and the cells it stands for, this one among them
     * @return the cell value, with reason {@link UnreadReason#MERGED}, never null
     */
    static Unread merged(PrintedTotal total) {
        return new Unread(UnreadReason.MERGED, Optional.empty(), Optional.of(total));
    }

    /**
     * Tells whether this cell holds a number (a count, a signed count or an amount).
     *
     * @return true unless the cell is blank, not applicable or unread
     */
    default boolean isNumber() {
        return !(this instanceof Blank || this instanceof NotApplicable || this instanceof Unread);
    }

    /**
     * Tells whether this cell could not be read from the page.
     *
     * @return true for an {@link Unread} cell
     */
    default boolean isUnread() {
        return this instanceof Unread;
    }

    /**
     * A non-negative whole number. Values 0 to 1023 are cached.
     *
     * @param value the count, at least zero
     */
    record Count(long value) implements CellValue {
        private static final Count[] CACHE = new Count[1024];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Count(i);
            }
        }

        /**
         * Checks the value.
         *
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count must not be negative, was " + value);
            }
        }

        /**
         * Obtains a count, cached for small values.
         *
         * @param value the count, at least zero
         * @return the count, never null
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public static Count of(long value) {
            return value >= 0 && value < CACHE.length ? CACHE[(int) value] : new Count(value);
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * A signed whole number: the 2019 edition's 本年增/减 column.
     *
     * @param value the change, negative for a decrease
     */
    record SignedCount(long value) implements CellValue {
        @Override
        public String toString() {
            return value > 0 ? "+" + value : Long.toString(value);
        }
    }

    /**
     * An exact, non-negative amount of money with the scale as printed, and its unit.
     *
     * @param value the amount; its scale is significant ({@code 0.00} is not {@code 0})
     * @param unit the unit printed in the cell or fixed by the header, {@link AmountUnit#UNSTATED} if neither
     */
    record Amount(BigDecimal value, AmountUnit unit) implements CellValue {
        /**
         * Checks the amount.
         *
         * @throws IllegalArgumentException if the amount is negative, in exponent form with a negative
         *     scale, has more than {@value CellValue#MAX_AMOUNT_SCALE} decimals or more than
         *     {@value CellValue#MAX_AMOUNT_INTEGER_DIGITS} integer digits
         */
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("an amount must not be negative, was " + value.toPlainString());
            }
            if (value.scale() < 0 || value.scale() > MAX_AMOUNT_SCALE) {
                throw new IllegalArgumentException("an amount must have 0 to " + MAX_AMOUNT_SCALE
                        + " decimal places, had scale " + value.scale());
            }
            if (value.precision() - value.scale() > MAX_AMOUNT_INTEGER_DIGITS) {
                throw new IllegalArgumentException("an amount must have at most " + MAX_AMOUNT_INTEGER_DIGITS
                        + " integer digits");
            }
        }

        /**
         * Returns this amount with another unit, the value unchanged.
         *
         * @param newUnit the unit
         * @return an amount, never null
         */
        public Amount withUnit(AmountUnit newUnit) {
            return newUnit == unit ? this : new Amount(value, newUnit);
        }

        @Override
        public String toString() {
            return value.toPlainString() + unit.symbol();
        }
    }

    /** A cell printed empty: not reported. Never read as zero unless the caller asks. */
    record Blank() implements CellValue {
        static final Blank INSTANCE = new Blank();

        @Override
        public String toString() {
            return "";
        }
    }

    /**
     * A cell holding a placeholder instead of a number, such as {@code /}, {@code —} or {@code 无}.
     *
     * @param placeholder the mark as printed
     */
    record NotApplicable(String placeholder) implements CellValue {
        /**
         * Checks the mark.
         *
         * @throws IllegalArgumentException if the mark is blank, longer than
         *     {@value CellValue#MAX_PLACEHOLDER_LENGTH} characters (Unicode code points, as JSON Schema's
         *     {@code maxLength} counts them: an astral character such as 😀 counts once), holds a digit, a control
         *     character (C0, DEL or C1) or an unpaired surrogate; the message writes the character as
         *     {@code U+0000}
         */
        public NotApplicable {
            Objects.requireNonNull(placeholder, "placeholder");
            if (placeholder.isBlank() || placeholder.codePointCount(0, placeholder.length()) > MAX_PLACEHOLDER_LENGTH) {
                throw new IllegalArgumentException("a not-applicable mark must be 1 to " + MAX_PLACEHOLDER_LENGTH
                        + " characters and not blank");
            }
            Texts.singleLine(placeholder, "a not-applicable mark");
            if (placeholder.codePoints().anyMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a not-applicable mark must hold no digit");
            }
        }

        @Override
        public String toString() {
            return placeholder;
        }
    }

    /**
     * A cell the report has but whose value could not be read from the page: not a blank, not a zero, and
     * never counted as either. Validation does not assess an identity through it, unless its
     * {@linkplain PrintedRun printed run} shows that no reading of the page can satisfy the identity, or its
     * {@linkplain PrintedTotal printed total} gives the sum the identity needs.
     *
     * @param reason why it could not be read
     * @param run the glued run of digits the cell is a piece of, if it is one
     * @param total the number printed for this cell and others together, if there is one (reason
     *     {@link UnreadReason#MERGED})
     */
    record Unread(UnreadReason reason, Optional<PrintedRun> run, Optional<PrintedTotal> total) implements CellValue {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if both a run and a total are given, or a total without the reason
         *     {@link UnreadReason#MERGED}, or that reason without a total
         */
        public Unread {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(total, "total");
            if (run.isPresent() && total.isPresent()) {
                throw new IllegalArgumentException("an unread cell is a piece of a run or of a total, not both");
            }
            if (total.isPresent() != (reason == UnreadReason.MERGED)) {
                throw new IllegalArgumentException("a printed total goes with the reason merged, and only with it");
            }
        }

        /**
         * An unread cell with no printed total.
         *
         * @param reason why it could not be read, not {@link UnreadReason#MERGED}
         * @param run the glued run of digits the cell is a piece of, if it is one
         */
        public Unread(UnreadReason reason, Optional<PrintedRun> run) {
            this(reason, run, Optional.empty());
        }

        /**
         * Returns {@code ?} followed by the reason's key, and the run's text and piece or the total if there
         * is one: {@code ?ambiguous[8100008 2/7]}, {@code ?merged[=5 of 3]}.
         *
         * @return the description, never null
         */
        @Override
        public String toString() {
            return "?" + reason.key()
                    + run.map(r -> "[" + r.text() + " " + (r.piece() + 1) + "/" + r.pieces() + "]").orElse("")
                    + total.map(t -> "[=" + t.value() + " of " + t.cells().size() + "]").orElse("");
        }
    }
}
