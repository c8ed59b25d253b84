package io.github.gongkai.json.internal;

import java.util.Locale;

/**
 * What the JSON layer needs to know about the characters of a string: whether it is well-formed Unicode, as
 * I-JSON (RFC 7493, section 2.1) requires of every string and member name, and how to show a string from
 * a hostile document in a message that any encoder can write and any terminal can show. Stateless.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /**
     * Finds the first unpaired surrogate: a high surrogate not followed by a low one, or a low surrogate not
     * preceded by a high one. No encoding of Unicode can write one.
     *
     * @param text the text
     * @return its index ({@code String.charAt} position), or -1 if the text is well-formed
     */
    public static int unpairedSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Writes a UTF-16 code unit as Unicode writes a code point, {@code U+} and four upper-case hexadecimal
     * digits, such as {@code U+D800}.
     *
     * @param c the character
     * @return its code, never null
     */
    public static String code(char c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0000".substring(hex.length()) + hex;
    }

    /**
     * Quotes a text as a JSON string literal, as a message shows a value that was found: a quotation mark and
     * a backslash are escaped, and so is every control character (C0, DEL, C1) and every unpaired surrogate,
     * as {@code \n} or {@code \}{@code u0000}. Everything else, CJK included, is kept.
     *
     * @param text the text
     * @return the literal, quotation marks included, never null
     */
    public static String quote(String text) {
        return '"' + escape(text, true) + '"';
    }

    /**
     * Escapes the control characters (C0, DEL, C1) and unpaired surrogates of a text as {@link #quote} does,
     * and nothing else, so that a message or a pointer holding it can be written and shown anywhere.
     *
     * @param text the text
     * @return the text, itself if it holds no such character, never null
     */
    public static String printable(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quoted) {
        int n = text.length();
        int first = 0;
        while (first < n && !mustEscape(text, first, quoted)) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!mustEscape(text, i, quoted)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean mustEscape(String text, int i, boolean quoted) {
        char c = text.charAt(i);
        if (c < 0x20 || c >= 0x7F && c < 0xA0) {
            return true;
        }
        if (c == '"' || c == '\\') {
            return quoted;
        }
        if (!Character.isSurrogate(c)) {
            return false;
        }
        // Half of a pair is kept: the pair is one well-formed character.
        return Character.isHighSurrogate(c)
                ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
}
