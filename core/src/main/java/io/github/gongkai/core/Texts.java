package io.github.gongkai.core;

import java.util.Locale;

/**
 * The one rule for every text a report holds, so that each type applies it the same way.
 *
 * <p>Every text must be well-formed Unicode: no unpaired surrogate. A Java {@code String} can hold one, but no
 * UTF-8 (or any other Unicode encoding) can write it, so a report holding one could be built but not written:
 * an encoder that reports errors fails in the middle of the output, and one that replaces them writes
 * {@code ?} or U+FFFD instead of what was read. Rejecting it here is what lets every writer promise that it
 * cannot fail on a report's text.
 *
 * <p>A <em>single-line</em> text (the organ's name, the source, a not-applicable mark) holds no control
 * character at all: none of C0 (U+0000 to U+001F), DEL (U+007F) or C1 (U+0080 to U+009F), that is general
 * category Cc. A <em>multi-line</em> text (a narrative section) may hold TAB, LF and CR, the three that plain
 * text uses for layout (the characters XML 1.0 also allows), and no other. A NUL, an escape sequence or a
 * form feed is not content that a published report prints: it comes from a broken extraction or from an
 * attack on whatever prints the text next (a terminal, a CSV, a database that refuses NUL).
 *
 * <p>Messages name the field and the index ({@code String.charAt} position) of the first bad character,
 * written as {@code U+D800}, never the character itself: the message must be printable where the text was not.
 */
final class Texts {

    private Texts() {
    }

    /**
     * Checks a text that is one line.
     *
     * @param text the text, not null
     * @param field how the message names the text, such as {@code "header: organName"}
     * @return {@code text}
     * @throws IllegalArgumentException if the text holds an unpaired surrogate or any control character
     */
    static String singleLine(String text, String field) {
        int at = firstBad(text, false);
        if (at >= 0) {
            throw bad(text, at, field, " must hold no control character, found ");
        }
        return text;
    }

    /**
     * Checks a text that may run over several lines.
     *
     * @param text the text, not null
     * @param field how the message names the text, such as {@code "narrative: overview"}
     * @return {@code text}
     * @throws IllegalArgumentException if the text holds an unpaired surrogate or a control character other
     *     than TAB, LF and CR
     */
    static String multiLine(String text, String field) {
        int at = firstBad(text, true);
        if (at >= 0) {
            throw bad(text, at, field, " must hold no control character other than TAB, LF and CR, found ");
        }
        return text;
    }

    /**
     * Writes a code point as {@code U+} and at least four upper-case hexadecimal digits, as Unicode does.
     *
     * @param codePoint the code point
     * @return such as {@code "U+D800"}, never null
     */
    static String code(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
        return "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
    }

    /** The index of the first unpaired surrogate or forbidden control character, or -1. */
    private static int firstBad(String text, boolean multiLine) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 ? (char) (c - 0xD800) >= 0x800 : c >= 0x20 && c < 0x7F) {
                continue; // from U+00A0 and no surrogate, or printable ASCII: nearly every character, in one test
            }
            if (c < 0xA0) {
                if (!multiLine || c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else {
                // A surrogate. A high surrogate followed by a low one is one astral character (𠀀 is U+D840 U+DC00).
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static IllegalArgumentException bad(String text, int at, String field, String controlProblem) {
        char c = text.charAt(at);
        String problem = Character.isSurrogate(c) ? " must be well-formed Unicode, found the unpaired surrogate "
                : controlProblem;
        return new IllegalArgumentException(field + problem + code(c) + " at index " + at);
    }
}
