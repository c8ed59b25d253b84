package io.github.gongkai.cli;

import java.nio.file.Path;

/**
 * Text from inputs (file names, organ names, page text) made safe to print on a terminal: characters that
 * would move the cursor, end a line or reverse the text (C0 and C1 controls, DEL, the Unicode bidirectional
 * controls and line separators) are shown as {@code \}{@code uXXXX} escapes, so that one input always prints
 * as what it is, on its own line, and cannot disguise another.
 */
final class Display {

    private Display() {
    }

    /**
     * Escapes what a terminal would act on.
     *
     * @param text any text, may be null
     * @return the text with unsafe characters escaped; {@code "null"} for null
     */
    static String text(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(text, i)) {
                safe.append(String.format("\\u%04X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /**
     * A path as {@link #text(String)} shows it.
     *
     * @param path a path, may be null
     * @return its text, escaped
     */
    static String path(Path path) {
        return text(path == null ? null : path.toString());
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Controls, bidi embeddings, overrides and isolates, direction marks, line and paragraph separators, and
     * unpaired surrogates (a pair, such as the CJK extension character 𠀀, is printed as it is).
     */
    static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
