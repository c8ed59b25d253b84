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
        return i == n ? s : foldFrom(s, i);
    }

    /**
     * {@link #fold} of a string whose first character that needs folding is known.
     *
     * @param s the text
     * @param first the index of the first character for which {@link #needsFold} is true
     * @return the folded text
     */
    static String foldFrom(String s, int first) {
        int n = s.length();
        char[] out = new char[n];
        s.getChars(0, n, out, 0);
        int len = foldInPlace(out, first, n);
        return len < 0 ? foldNfkc(s) : new String(out, 0, len);
    }

    /**
     * {@link #fold} of the characters [first, to) of an array, in place: no character folds to more than one,
     * so the folded text is written over the text as it is read.
     *
     * @param cs the characters, those before {@code first} needing no folding
     * @param first the index of the first character for which {@link #needsFold} is true
     * @param to one past the last character
     * @return one past the last folded character; or -1, with the array in no useful state, if the text needs
     *     NFKC ({@link #needsNfkc}), which only {@link #fold} of the whole text gives
     */
    static int foldInPlace(char[] cs, int first, int to) {
        int len = first;
        for (int k = first; k < to; k++) {
            char c = cs[k];
            if (c < '\u00A0' || (c >= '\u4E00' && c <= '\u9FFF')) {
                cs[len++] = c; // ASCII and ideographs, most of a line, are kept as they are
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                cs[len++] = (char) (c - 0xFEE0);
            } else if (isFoldedToSpace(c)) {
                cs[len++] = ' ';
            } else if (isDropped(c)) {
                continue;
            } else if (needsNfkc(c)) {
                return -1; // rare: the whole text goes through the Normalizer first
            } else {
                cs[len++] = c;
            }
        }
        return len;
    }

    private static String foldNfkc(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        char[] out = new char[t.length()];
        int len = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out[len++] = (char) (c - 0xFEE0);
            } else if (isFoldedToSpace(c)) {
                out[len++] = ' ';
            } else if (!isDropped(c)) {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /**
     * Whether {@link #fold} makes the character a space or drops it: the no-break, ideographic and other wide
     * spaces, zero-width spaces and joiners, the byte order mark and the soft hyphen.
     *
     * @param c the character
     * @return true if folded to a space or dropped
     */
    static boolean isBlankOrDroppedByFold(char c) {
        return isFoldedToSpace(c) || isDropped(c);
    }

    private static boolean isFoldedToSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    private static boolean isDropped(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
    }

    static boolean needsFold(char c) {
        if (c < '\u00A0' || (c >= '\u4E00' && c <= '\u9FFF') || (c > '\u3000' && c < '\u3040')
                || (c >= '\u2010' && c <= '\u2027')) {
            return false;
        }
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200D')
                || c == '\u202F' || c == '\u205F' || c == '\uFEFF' || c == '\u00AD' || needsNfkc(c);
    }

    /** Whether folding hands the character to NFKC, which may turn it into an ideograph. */
    static boolean needsNfkc(char c) {
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
        int i = firstChangeInKey(f);
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
            if (c == ' ' || isWhitespace(c) || isQuote(c)) {
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

    /**
     * Where a character of a text's {@linkplain #labelKeyOfFolded key} stands in the text: the key drops
     * whitespace and quotes and maps the other characters one to one.
     *
     * @param f folded text
     * @param from where in {@code f} to count from: the start of the text, or a character that the key keeps
     * @param keys how many characters of the key to go past from there
     * @return how far past {@code from} that character of the key stands in {@code f} ({@code f}'s length minus
     *     {@code from} past the key's end)
     */
    static int textIndexOfKey(String f, int from, int keys) {
        int k = 0;
        for (int i = from, n = f.length(); i < n; i++) {
            char c = f.charAt(i);
            if (changesInKey(c) && (isWhitespace(c) || isQuote(c))) {
                continue;
            }
            if (k == keys) {
                return i - from;
            }
            k++;
        }
        return f.length() - from;
    }

    /** The index of the first character that {@link #changesInKey}, or the length. */
    private static int firstChangeInKey(String f) {
        for (int i = 0, n = f.length(); i < n; i++) {
            char c = f.charAt(i);
            // Ideographs, most of a page, are settled by the first test.
            if (c > '\u3017' ? c == '，' : changesInKey(c)) {
                return i;
            }
        }
        return f.length();
    }

    /**
     * Whether {@link #labelKeyOfFolded} drops or replaces the character: a space, a quote or a bracket it
     * unifies. Tested first against the ranges those lie in, as this runs for most characters of a page.
     */
    static boolean changesInKey(char c) {
        if (c > '\u3017') {
            return c == '，'; // ideographs, most of a page
        }
        if (c < '\u0080') {
            return c <= ' ' ? Character.isWhitespace(c) : c == '[' || c == ']' || c == '"' || c == '\'' || c == '`';
        }
        if (c < '\u1680') {
            return c == '«' || c == '»';
        }
        if (c <= '\u3000') {
            return c == '“' || c == '”' || c == '‘' || c == '’' || isWhitespaceFrom1680(c);
        }
        return c >= '「' && c != '\u3012' && c != '\u3013';
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
     * Tells whether a character is whitespace, exactly as {@link Character#isWhitespace(char)} does, but
     * without its table lookup for the characters a report is made of (ideographs, CJK punctuation, full-width
     * forms), none of which is whitespace.
     *
     * @param c the character
     * @return true if {@code Character.isWhitespace(c)}
     */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u1680' && c <= '\u3000' && isWhitespaceFrom1680(c);
    }

    /**
     * {@link Character#isWhitespace(char)} of a character from U+1680 to U+3000, without its table lookup (these
     * are the dashes, quotes and ellipses of Chinese prose): only U+1680, U+2000..U+200A but U+2007, U+2028,
     * U+2029, U+205F and U+3000 are.
     */
    private static boolean isWhitespaceFrom1680(char c) {
        return c >= '\u2000' && c <= '\u200A' ? c != '\u2007'
                : c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u205F' || c == '\u3000';
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
