package io.github.gongkai.json;

import java.util.function.IntPredicate;

/**
 * The schema's patterns for text, derived from the checks the library itself makes, written in the subset of
 * regular expressions every JSON Schema validator reads alike: an RFC 9485 I-Regexp between {@code ^} and
 * {@code $} (the anchors are RFC 9485's mapping of its whole-string match onto the search that JSON Schema's
 * {@code pattern} performs), with no {@code \p{…}} category (Python's {@code re} has none) and no lookaround,
 * {@code \s}, {@code \d} or {@code .} (each engine reads those differently). Characters are listed in classes
 * instead, computed here from Java's character data: the schema accepts exactly what the library accepts in
 * the Basic Multilingual Plane, and never less anywhere.
 */
final class SchemaPatterns {

    /**
     * An organ's name or a source: a single line ({@code Texts.singleLine}: no C0, DEL or C1 control) that is
     * not blank ({@code String.isBlank}: not only {@code Character.isWhitespace} characters).
     */
    static final String SINGLE_LINE_NOT_BLANK = "^[" + ranges(SchemaPatterns::blankNotControl) + "]*[^"
            + ranges(c -> blankNotControl(c) || control(c)) + "][^" + ranges(SchemaPatterns::control) + "]*$";

    /**
     * A not-applicable mark ({@code CellValue.NotApplicable}): as {@link #SINGLE_LINE_NOT_BLANK}, and no digit
     * ({@code Character.isDigit}, the Unicode category Nd). Digits outside the Basic Multilingual Plane are
     * not listed (a class range over surrogate pairs is read differently by engines without Unicode mode): there
     * the schema accepts a mark that the library refuses, never the other way round.
     */
    static final String PLACEHOLDER = "^[" + ranges(SchemaPatterns::blankNotControl) + "]*[^"
            + ranges(c -> blankNotControl(c) || control(c) || Character.isDigit(c)) + "][^"
            + ranges(c -> control(c) || Character.isDigit(c)) + "]*$";

    private SchemaPatterns() {
    }

    /** Blank for {@code String.isBlank} and allowed in a single line. */
    private static boolean blankNotControl(int c) {
        return Character.isWhitespace(c) && !control(c);
    }

    /** Refused in a single line by {@code Texts.singleLine}. */
    static boolean control(int c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0;
    }

    /** The characters of the Basic Multilingual Plane (surrogates aside) that a predicate accepts, as ranges. */
    static String ranges(IntPredicate accepts) {
        StringBuilder out = new StringBuilder();
        int c = 0;
        while (c <= 0xFFFF) {
            if (Character.isSurrogate((char) c) || !accepts.test(c)) {
                c++;
                continue;
            }
            int last = c;
            while (last + 1 <= 0xFFFF && !Character.isSurrogate((char) (last + 1)) && accepts.test(last + 1)) {
                last++;
            }
            literal(c, out);
            if (last > c) {
                if (last > c + 1) {
                    out.append('-');
                }
                literal(last, out);
            }
            c = last + 1;
        }
        return out.toString();
    }

    /** A character in a class: escaped where I-Regexp's {@code CCchar} needs it ({@code - [ \ ] ^}). */
    private static void literal(int c, StringBuilder out) {
        if (c == '-' || c == '[' || c == '\\' || c == ']' || c == '^') {
            out.append('\\');
        }
        out.appendCodePoint(c);
    }
}
