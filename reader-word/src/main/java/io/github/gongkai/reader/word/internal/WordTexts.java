package io.github.gongkai.reader.word.internal;

/** Text as a Word file stores it, made into text as printed. */
final class WordTexts {

    private WordTexts() {
    }

    /**
     * The characters of {@code s} from {@code from} to {@code to} without control characters: a Word file's
     * line and paragraph breaks, cell marks, page and column breaks are layout, not text (a cell's lines are
     * joined without a break, as {@link io.github.gongkai.reader.spi.LaidOutDocument} asks). A tab is a space.
     */
    static String clean(String s, int from, int to) {
        StringBuilder out = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(to - from).append(s, from, i);
            }
            if (c == '\t') {
                out.append(' ');
            }
        }
        return out == null ? s.substring(from, to) : out.toString();
    }

    /** {@link #clean(String, int, int)} of the whole string. */
    static String clean(String s) {
        return clean(s, 0, s.length());
    }
}
