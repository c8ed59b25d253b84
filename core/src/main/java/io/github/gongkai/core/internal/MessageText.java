package io.github.gongkai.core.internal;

/**
 * How gongkai's modules show a text from outside (a hostile document, a page, a setting, an argument) in a
 * message that any encoder can write and any terminal can show: control characters (C0, DEL, C1) and unpaired
 * surrogates written as JSON escapes ({@code \n}, {@code \}{@code u0007}), everything else, CJK included, kept.
 * The one place this is written; {@code ReportJsonException.printable} is its public face. Stateless.
 */
public final class MessageText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MessageText() {
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
