package io.github.gongkai.json;

import java.util.Set;

/**
 * Checks that a JSON Schema {@code pattern} is interoperable: {@code ^}, then an RFC 9485 I-Regexp, then
 * {@code $}, the I-Regexp using no category escape ({@code \p{…}}, {@code \P{…}}: I-Regexp has them, Python's
 * {@code re} does not). A recursive-descent reading of RFC 9485's grammar (section 3), code point by code point.
 */
final class IRegexp {

    /** RFC 9485's {@code IsCategory} values. */
    private static final Set<String> CATEGORIES = Set.of("L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
            "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "Z", "Zl", "Zp", "Zs", "S", "Sc",
            "Sk", "Sm", "So", "C", "Cc", "Cf", "Cn", "Co");

    private final int[] cps;
    private final boolean categories;
    private int at;

    private IRegexp(String text, boolean categories) {
        this.cps = text.codePoints().toArray();
        this.categories = categories;
    }

    /**
     * Checks a schema pattern.
     *
     * @param pattern the pattern as the schema holds it
     * @return null if it is {@code ^} I-Regexp {@code $} without category escapes, else what is wrong and where
     */
    static String problem(String pattern) {
        if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.length() < 2) {
            return "not anchored as ^…$";
        }
        return problemOfIRegexp(pattern.substring(1, pattern.length() - 1), false);
    }

    /**
     * Checks a bare I-Regexp.
     *
     * @param regexp the expression
     * @param allowCategories whether {@code \p{…}} and {@code \P{…}} are allowed, as RFC 9485 allows them
     * @return null if it is one, else what is wrong and where
     */
    static String problemOfIRegexp(String regexp, boolean allowCategories) {
        IRegexp parser = new IRegexp(regexp, allowCategories);
        try {
            parser.regexp();
            if (parser.at != parser.cps.length) {
                throw parser.fail("unexpected '" + Character.toString(parser.cps[parser.at]) + "'");
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException(what + " at code point " + at);
    }

    private boolean more() {
        return at < cps.length;
    }

    private int peek() {
        return more() ? cps[at] : -1;
    }

    private void expect(int c) {
        if (peek() != c) {
            throw fail("expected '" + Character.toString(c) + "'");
        }
        at++;
    }

    /** {@code i-regexp = branch *( "|" branch )}. */
    private void regexp() {
        branch();
        while (peek() == '|') {
            at++;
            branch();
        }
    }

    /** {@code branch = *piece}; {@code piece = atom [ quantifier ]}. */
    private void branch() {
        while (more() && peek() != '|' && peek() != ')') {
            atom();
            quantifier();
        }
    }

    private void quantifier() {
        int c = peek();
        if (c == '*' || c == '+' || c == '?') {
            at++;
        } else if (c == '{') {
            at++;
            digits();
            if (peek() == ',') {
                at++;
                if (peek() != '}') {
                    digits();
                }
            }
            expect('}');
        }
    }

    private void digits() {
        if (!(peek() >= '0' && peek() <= '9')) {
            throw fail("expected a digit");
        }
        while (peek() >= '0' && peek() <= '9') {
            at++;
        }
    }

    /** {@code atom = NormalChar / charClass / ( "(" i-regexp ")" )}. */
    private void atom() {
        int c = peek();
        if (c == '(') {
            at++;
            if (peek() == '?') {
                throw fail("'(?' (lookaround, non-capturing group) is not I-Regexp");
            }
            regexp();
            expect(')');
        } else if (c == '.') {
            at++;
        } else if (c == '\\') {
            escape(false);
        } else if (c == '[') {
            classExpression();
        } else if (normal(c)) {
            at++;
        } else {
            throw fail("'" + Character.toString(c) + "' is not a normal character");
        }
    }

    /** {@code NormalChar}: anything but {@code ( ) * + . ? [ \ ] { | }} and surrogates. */
    private static boolean normal(int c) {
        return c >= 0 && "()*+.?[\\]{|}".indexOf(c) < 0 && !(c >= 0xD800 && c <= 0xDFFF);
    }

    /** {@code SingleCharEsc / charClassEsc}. */
    private void escape(boolean inClass) {
        at++;
        int c = peek();
        if (c == 'p' || c == 'P') {
            if (!categories) {
                throw fail("'\\" + Character.toString(c) + "{…}' (Python's re has no categories)");
            }
            at++;
            expect('{');
            StringBuilder name = new StringBuilder();
            while (more() && peek() != '}') {
                name.appendCodePoint(cps[at++]);
            }
            expect('}');
            if (!CATEGORIES.contains(name.toString())) {
                throw fail("unknown category " + name);
            }
        } else if (c >= 0 && ("()*+-.?[\\]^{|}nrt".indexOf(c) >= 0)) {
            at++;
        } else {
            throw fail("'\\" + (c < 0 ? "" : Character.toString(c)) + "' is not an I-Regexp escape"
                    + (inClass ? " in a class" : ""));
        }
    }

    /** {@code charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"}. */
    private void classExpression() {
        expect('[');
        if (peek() == '^') {
            at++;
        }
        if (peek() == '-') {
            at++;
        } else {
            classElement();
        }
        while (more() && peek() != ']') {
            if (peek() == '-' && at + 1 < cps.length && cps[at + 1] == ']') {
                at++;
                break;
            }
            classElement();
        }
        expect(']');
    }

    /** {@code CCE1 = ( CCchar [ "-" CCchar ] ) / charClassEsc}. */
    private void classElement() {
        if (peek() == '\\' && at + 1 < cps.length && (cps[at + 1] == 'p' || cps[at + 1] == 'P')) {
            escape(true);
            return;
        }
        classChar();
        if (peek() == '-' && at + 1 < cps.length && cps[at + 1] != ']') {
            at++;
            classChar();
        }
    }

    /** {@code CCchar}: anything but {@code - [ \ ]} and surrogates, or a single-character escape. */
    private void classChar() {
        int c = peek();
        if (c == '\\') {
            if (at + 1 < cps.length && (cps[at + 1] == 'p' || cps[at + 1] == 'P')) {
                throw fail("a category cannot end a range");
            }
            escape(true);
        } else if (c < 0 || c == '-' || c == '[' || c == ']' || (c >= 0xD800 && c <= 0xDFFF)) {
            throw fail(c < 0 ? "unterminated class" : "'" + Character.toString(c) + "' must be escaped in a class");
        } else {
            at++;
        }
    }
}
