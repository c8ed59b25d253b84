package io.github.gongkai.json.internal;

import io.github.gongkai.core.internal.MessageText;
import java.util.Locale;

/**
 * What the JSON layer needs to know about the characters of a string: whether it is well-formed Unicode, as
 * I-JSON (RFC 7493, section 2.1) requires of every string and member name, and how to show a string from
 * a hostile document in a message that any encoder can write and any terminal can show. Stateless.
 */
public final class JsonText {

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
     * Quotes a text as a JSON string literal, as a message shows a value that was found ({@link MessageText#quote}).
     *
     * @param text the text
     * @return the literal, quotation marks included, never null
     */
    public static String quote(String text) {
        return MessageText.quote(text);
    }

    /**
     * Escapes the control characters and unpaired surrogates of a text ({@link MessageText#printable}).
     *
     * @param text the text
     * @return the text, itself if it holds no such character, never null
     */
    public static String printable(String text) {
        return MessageText.printable(text);
    }
}
