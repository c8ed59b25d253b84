package io.github.gongkai.reader.internal;

import java.text.Normalizer;

/**
 * Character-level normalisation shared by every part of the reader. All methods are pure functions of
 * their input; no regular expressions, one linear pass each.
 */
public final class Text {

    private Text() {
    }

    /**
     * Folds a string towards NFKC: full-width ASCII forms to ASCII, ideographic and no-break spaces to a
     * space, zero-width characters removed. Other compatibility characters (circled digits, Kangxi
     * radicals, compatibility ideographs) are handed to {@link Normalizer} in NFKC, only when present.
     *
     * @param s the text
     * @return the folded text, the same instance if nothing changed
     */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !needsFold(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        String t = s;
        for (int k = i; k < n; k++) {
            if (needsNfkc(s.charAt(k))) {
                t = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        char[] out = new char[t.length()];
        int len = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out[len++] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                    || c == '\u205F') {
                out[len++] = ' ';
            } else if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF' && c != '\u00AD') {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    static boolean needsFold(char c) {
        if (c < '\u00A0' || (c >= '\u4E00' && c <= '\u9FFF') || (c > '\u3000' && c < '\u3040')
                || (c >= '\u2010' && c <= '\u2027')) {
            return false;
        }
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200D')
                || c == '\u202F' || c == '\u205F' || c == '\uFEFF' || c == '\u00AD' || needsNfkc(c);
    }

    private static boolean needsNfkc(char c) {
        if (c < '\u2150' || (c >= '\u4E00' && c <= '\u9FFF')) {
            return false;
        }
        return (c >= '\u2460' && c <= '\u24FF') || (c >= '\u2F00' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')
                || (c >= '\u2150' && c <= '\u218F') || (c >= '\u3200' && c <= '\u33FF');
    }

    /**
     * Normalises a label for matching: {@link #fold}, then whitespace and quotes removed, brackets unified
     * to ASCII parentheses, {@code ．。} after a digit unified to {@code .}. List markers are kept (see
     * {@link #stripMarkers}).
     *
     * @param s the label as printed
     * @return the normalised label
     */
    public static String labelKey(String s) {
        return labelKeyOfFolded(fold(s));
    }

    /**
     * {@link #labelKey} of a text already {@linkplain #fold folded}, such as a token's text.
     *
     * @param f folded text
     * @return the normalised label, the same instance if nothing changed
     */
    static String labelKeyOfFolded(String f) {
        int n = f.length();
        int i = 0;
        while (i < n && !changesInKey(f.charAt(i))) {
            i++;
        }
        if (i == n) {
            return f;
        }
        char[] out = new char[n];
        f.getChars(0, i, out, 0);
        int len = i;
        for (; i < n; i++) {
            char c = f.charAt(i);
            if (!changesInKey(c)) {
                out[len++] = c;
                continue;
            }
            if (c == ' ' || Character.isWhitespace(c) || isQuote(c)) {
                continue;
            }
            switch (c) {
                case '[', '【', '〔', '〖', '「' -> out[len++] = '(';
                case ']', '】', '〕', '〗', '」' -> out[len++] = ')';
                case '，' -> out[len++] = ',';
                default -> out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /** Whether {@link #labelKeyOfFolded} drops or replaces the character (CJK ideographs never). */
    static boolean changesInKey(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false;
        }
        switch (c) {
            case '[', '【', '〔', '〖', '「', ']', '】', '〕', '〗', '」', '，' -> {
                return true;
            }
            default -> {
                return c == ' ' || Character.isWhitespace(c) || isQuote(c);
            }
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '『' || c == '』'
                || c == '«' || c == '»' || c == '`';
    }

    /**
     * Removes leading list markers from a {@linkplain #labelKey normalised label}: {@code 一、}, {@code (一)},
     * {@code 1.}, {@code 1、}, {@code (1)}, {@code 1)}, repeatedly ({@code 三、(一)}).
     *
     * @param key a normalised label
     * @return the label without leading markers
     */
    public static String stripMarkers(String key) {
        int i = 0;
        int n = key.length();
        while (i < n) {
            int j = marker(key, i);
            if (j == i) {
                break;
            }
            i = j;
        }
        return i == 0 ? key : key.substring(i);
    }

    private static int marker(String s, int i) {
        int n = s.length();
        boolean paren = s.charAt(i) == '(';
        int j = paren ? i + 1 : i;
        int start = j;
        boolean digits = j < n && isAsciiDigit(s.charAt(j));
        while (j < n && (digits ? isAsciiDigit(s.charAt(j)) : isChineseNumeral(s.charAt(j)))) {
            j++;
        }
        if (j == start || j - start > 3) {
            return i;
        }
        if (paren) {
            return j < n && s.charAt(j) == ')' ? j + 1 : i;
        }
        if (j < n && (s.charAt(j) == '、' || s.charAt(j) == '.' || s.charAt(j) == ')' || s.charAt(j) == '。')) {
            return j + 1;
        }
        return i;
    }

    /**
     * Tells whether a character is an ASCII digit.
     *
     * @param c the character
     * @return true for {@code 0}..{@code 9}
     */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Tells whether a character is a Chinese numeral used in list markers.
     *
     * @param c the character
     * @return true for 一 to 十
     */
    public static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * Tells whether a whole (folded, trimmed) cell is a not-applicable placeholder: {@code /}, {@code -},
     * {@code —}, {@code –}, {@code ―}, {@code \}, repeated, or {@code 无}.
     *
     * @param s the folded, trimmed cell text
     * @return true if it is a placeholder
     */
    public static boolean isPlaceholder(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        if (s.equals("无")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isPlaceholderChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a character can make up a placeholder.
     *
     * @param c the character
     * @return true for the dash and slash marks
     */
    public static boolean isPlaceholderChar(char c) {
        return c == '/' || c == '-' || c == '—' || c == '–' || c == '―' || c == '\\' || c == '─' || c == '－'
                || c == '‐' || c == '‑';
    }

    /**
     * Returns the unit a cell ends with, if any: the longest of {@code 万元 元 人次 件 个 项 条 次}.
     *
     * @param s folded text
     * @param end the end (exclusive) of the number's text
     * @return the unit's length, 0 if none
     */
    public static int unitLengthAt(String s, int end) {
        if (s.startsWith("万元", end)) {
            return 2;
        }
        if (s.startsWith("人次", end)) {
            return 2;
        }
        if (end < s.length()) {
            char c = s.charAt(end);
            if (c == '元' || c == '件' || c == '个' || c == '项' || c == '条' || c == '次') {
                return 1;
            }
        }
        return 0;
    }
}
