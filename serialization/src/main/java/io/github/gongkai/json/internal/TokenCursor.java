package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.TableColumn;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.InputCoercionException;

/**
 * The reader's speed tricks, and the only place that knows them: member names are guessed in canonical order
 * (a canonical document is read by comparing each name with the one expected there), a count is read in one
 * call to the parser, and the common amounts and dates are read without a regular expression or
 * {@code LocalDate.parse}. Each trick answers exactly as the general path would, or declines and leaves the
 * parser where the general path expects it.
 */
final class TokenCursor {

    /** What {@link #nextMember} returns at the end of the object. */
    static final int END = -1;
    /** What {@link #nextMember} returns for a name other than the one guessed: it is the parser's current name. */
    static final int OTHER = -2;

    private final JsonParser p;
    private final JsonErrors errors;

    TokenCursor(JsonParser p, JsonErrors errors) {
        this.p = p;
        this.errors = errors;
    }

    /**
     * Moves to the next member name of an object, guessing that it is {@code names[next]}.
     *
     * @param names the object's member names in canonical order
     * @param next the position of the name expected next; at or past the end, nothing is guessed
     * @return {@code next} if the guess was right, {@link #OTHER} for another name (then
     *     {@link JsonParser#currentName()}), {@link #END} at the end of the object
     */
    int nextMember(SerializableString[] names, int next) {
        if (next < names.length) {
            if (p.nextName(names[next])) {
                return next;
            }
            // The guess failed, and the parser already stands on the next token.
            return p.currentToken() == JsonToken.PROPERTY_NAME ? OTHER : END;
        }
        return p.nextName() == null ? END : OTHER;
    }

    /**
     * Reads the next value as a whole number of at least zero, the common cell.
     *
     * @return the number, or -1 for any other value, on which the parser then stands (an integer beyond a
     *     {@code long} included)
     */
    long nextWholeNumber() {
        try {
            return p.nextLongValue(-1);
        } catch (InputCoercionException e) {
            return -1; // an integer beyond a long: the parser stands on it
        }
    }

    /** Reads the next value, which must be a string. */
    String nextString(String here, JsonProblem expected) {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw errors.wrongType(here, expected);
        }
        return p.getString();
    }

    /**
     * Reads the common amount, a whole number in the column's unit ({@code "3351"}), without the pattern;
     * returns null for anything else, which the pattern then reads (or rejects) as before.
     */
    static CellValue plainAmount(String text, TableColumn column) {
        int n = text.length();
        if (n == 0 || n > Math.min(18, CellValue.MAX_AMOUNT_INTEGER_DIGITS) || n > 1 && text.charAt(0) == '0') {
            return null;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return CellValue.amount(BigDecimal.valueOf(value), column.headerUnit());
    }

    /**
     * Reads the common decimal amount in the column's unit ({@code "0.00"}, {@code "12.5"}), at most 18 digits
     * in all, without the pattern; returns null for anything else, which the pattern then reads (or rejects).
     */
    static CellValue decimalAmount(String text, TableColumn column) {
        int n = text.length();
        int dot = text.indexOf('.');
        if (dot < 1 || dot == n - 1 || n > 19 || dot > 1 && text.charAt(0) == '0') {
            return null;
        }
        long unscaled = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i != dot) {
                if (c < '0' || c > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
            }
        }
        return CellValue.amount(BigDecimal.valueOf(unscaled, n - dot - 1), column.headerUnit());
    }

    /** Tells whether a text is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: ASCII digits, hyphens at 4 and 7. */
    static boolean isDateShape(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
