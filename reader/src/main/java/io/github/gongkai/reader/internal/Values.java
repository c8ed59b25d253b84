package io.github.gongkai.reader.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.ReadingWarning;
import java.math.BigDecimal;
import java.util.List;

/** Reads one cell's text as a value of a column's kind. */
final class Values {

    /** Longest run of digits read as one number. */
    static final int MAX_DIGITS = 18;

    /** The outcomes of reading the small counts, which are most cells (records, so they can be shared). */
    private static final Parsed[] COUNTS = new Parsed[1024];

    static {
        for (int i = 0; i < COUNTS.length; i++) {
            COUNTS[i] = new Parsed(CellValue.count(i));
        }
    }

    private Values() {
    }

    /** The outcome of reading a cell: a value, or why not (a warning's detail and its arguments). */
    record Parsed(CellValue value, ReadingWarning.Detail error, List<String> arguments) {
        Parsed(CellValue value) {
            this(value, null, List.of());
        }

        boolean ok() {
            return value != null;
        }
    }

    /**
     * Reads a cell.
     *
     * @param text the folded, trimmed text of the cell (one number, a placeholder, or empty)
     * @param kind the column's kind
     * @return the value or an error
     */
    static Parsed parse(String text, ValueKind kind) {
        if (kind != ValueKind.AMOUNT) {
            // Most cells: digits only, read without the unit, sign and separator checks below.
            long v = plainCount(text);
            if (v >= 0) {
                if (kind == ValueKind.COUNT) {
                    return v < COUNTS.length ? COUNTS[(int) v] : new Parsed(CellValue.count(v));
                }
                return new Parsed(CellValue.signedCount(v));
            }
        }
        return parseGeneral(text, kind);
    }

    /**
     * {@link #parse} of what is not a plain count: blanks, placeholders, units, signs, separators and amounts.
     * Apart from the plain count's path, the commonest, so that it is compiled into its caller.
     */
    private static Parsed parseGeneral(String text, ValueKind kind) {
        if (text.isEmpty()) {
            return new Parsed(CellValue.blank());
        }
        if (Text.isPlaceholder(text)) {
            return new Parsed(CellValue.notApplicable(text));
        }
        Suffix suffix = Suffix.of(text);
        String number = stripSeparators(text.substring(0, suffix.end).trim());
        if (number == null) {
            return error(text, kind);
        }
        boolean signed = !number.isEmpty() && (number.charAt(0) == '+' || number.charAt(0) == '-');
        boolean negative = signed && number.charAt(0) == '-';
        if (signed) {
            number = number.substring(1);
        }
        int dot = number.indexOf('.');
        if (number.isEmpty() || !digitsOnly(number, dot)) {
            return error(text, kind);
        }
        if (kind == ValueKind.AMOUNT) {
            return signed || suffix.countUnit ? error(text, kind) : amount(text, number, suffix.unit);
        }
        if (dot >= 0 || suffix.unit != AmountUnit.UNSTATED || number.length() > MAX_DIGITS
                || (negative && kind == ValueKind.COUNT)) {
            return error(text, kind);
        }
        long v = Long.parseLong(number);
        return new Parsed(kind == ValueKind.COUNT ? CellValue.count(v) : CellValue.signedCount(negative ? -v : v));
    }

    /** A unit printed after the number: money (元, 万元) or a count's (件, 个, 项, 条, 次, 人次). */
    private record Suffix(AmountUnit unit, boolean countUnit, int end) {
        static Suffix of(String text) {
            int end = text.length();
            if (text.endsWith("万元")) {
                return new Suffix(AmountUnit.TEN_THOUSAND_YUAN, false, end - 2);
            }
            if (text.endsWith("元")) {
                return new Suffix(AmountUnit.YUAN, false, end - 1);
            }
            if (text.endsWith("人次")) {
                return new Suffix(AmountUnit.UNSTATED, true, end - 2);
            }
            char last = text.charAt(end - 1);
            boolean countUnit = last == '件' || last == '个' || last == '项' || last == '条' || last == '次';
            return new Suffix(AmountUnit.UNSTATED, countUnit, countUnit ? end - 1 : end);
        }
    }

    private static Parsed amount(String text, String number, AmountUnit unit) {
        BigDecimal value = new BigDecimal(number);
        if (value.scale() > CellValue.MAX_AMOUNT_SCALE) {
            return new Parsed(null, ReadingWarning.Detail.AMOUNT_TOO_MANY_DECIMALS,
                    List.of(text, Integer.toString(CellValue.MAX_AMOUNT_SCALE)));
        }
        if (value.precision() - value.scale() > CellValue.MAX_AMOUNT_INTEGER_DIGITS) {
            return new Parsed(null, ReadingWarning.Detail.AMOUNT_TOO_LARGE,
                    List.of(text, Integer.toString(CellValue.MAX_AMOUNT_INTEGER_DIGITS)));
        }
        return new Parsed(CellValue.amount(value, unit));
    }

    /** The value of one to {@link #MAX_DIGITS} ASCII digits and nothing else, or -1 for any other text. */
    private static long plainCount(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_DIGITS) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Text.isAsciiDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Parsed error(String text, ValueKind kind) {
        return new Parsed(null, ReadingWarning.Detail.NOT_A_VALUE, List.of(text, kind.name()));
    }

    private static boolean digitsOnly(String s, int dot) {
        if (dot == 0 || dot == s.length() - 1 || (dot >= 0 && s.indexOf('.', dot + 1) >= 0)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != dot && !Text.isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes thousands separators written correctly (1,234,567); null if commas are misplaced. */
    static String stripSeparators(String s) {
        int comma = s.indexOf(',');
        if (comma < 0) {
            return s;
        }
        return isThousands(s) ? s.replace(",", "") : null;
    }

    /** Tells whether a number uses thousands separators correctly: {@code [+-]?d{1,3}(,ddd)+(.d+)?}. */
    static boolean isThousands(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int dot = s.indexOf('.');
        int end = dot < 0 ? s.length() : dot;
        int group = 0;
        boolean sawComma = false;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (Text.isAsciiDigit(c)) {
                group++;
                if (!sawComma && group > 3) {
                    return false;
                }
            } else if (c == ',') {
                if ((sawComma && group != 3) || group == 0) {
                    return false;
                }
                sawComma = true;
                group = 0;
            } else {
                return false;
            }
        }
        return sawComma && group == 3;
    }
}
