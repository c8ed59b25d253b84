package io.github.gongkai.render.internal;

/**
 * The width of text in a monospaced terminal font: East Asian wide and fullwidth characters (Unicode's
 * {@code East_Asian_Width} W and F: CJK ideographs, kana, hangul, fullwidth forms, CJK punctuation such as
 * {@code （） 、 ，}) take two columns, combining marks and format characters none, everything else one. East
 * Asian ambiguous characters (such as {@code “ ”}) count one, as in most non-CJK locales.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** Returns the number of columns the text takes. */
    static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Returns the number of columns one code point takes: 0, 1 or 2. */
    static int of(int cp) {
        if (cp < 0x300) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** The East_Asian_Width W and F ranges (Unicode 15), the unassigned code points in them included. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x231A && cp <= 0x231B
                || cp >= 0x2329 && cp <= 0x232A
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xA960 && cp <= 0xA97F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
