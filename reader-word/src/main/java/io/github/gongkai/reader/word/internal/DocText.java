package io.github.gongkai.reader.word.internal;

/** The text of a {@code .doc} paragraph as printed, from HWPF's text with its special characters. */
final class DocText {

    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;
    private static final char LINE_BREAK = 0x0B;
    private static final char NON_BREAKING_HYPHEN = 0x1E;
    /** Fields nest; deeper than this their codes are still dropped, as the outermost code is. */
    private static final int MAX_FIELD_DEPTH = 64;

    private DocText() {
    }

    /**
     * The text a paragraph prints: a field's code ({@code PAGE}, {@code HYPERLINK "…"}) dropped and its result
     * kept, a manual line break as {@code '\n'}, a non-breaking hyphen as {@code '-'}; other control characters
     * (paragraph and cell marks, pictures) are left for {@link WordTexts#clean} to drop.
     */
    static String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        // For each open field, whether its code is still being read (before its separator).
        boolean[] inCode = new boolean[MAX_FIELD_DEPTH];
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                depth++;
                if (depth <= MAX_FIELD_DEPTH) {
                    inCode[depth - 1] = true;
                }
            } else if (c == FIELD_SEPARATOR && depth > 0) {
                if (depth <= MAX_FIELD_DEPTH) {
                    inCode[depth - 1] = false;
                }
            } else if (c == FIELD_END && depth > 0) {
                depth--;
            } else if (!hidden(inCode, depth)) {
                out.append(c == LINE_BREAK ? '\n' : c == NON_BREAKING_HYPHEN ? '-' : c);
            }
        }
        return out.toString();
    }

    /** Whether text at this depth is some open field's code. */
    private static boolean hidden(boolean[] inCode, int depth) {
        for (int d = 0; d < Math.min(depth, MAX_FIELD_DEPTH); d++) {
            if (inCode[d]) {
                return true;
            }
        }
        return depth > MAX_FIELD_DEPTH;
    }
}
