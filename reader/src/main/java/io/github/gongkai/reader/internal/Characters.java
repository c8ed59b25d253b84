package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;

/**
 * Keeps characters that no text may hold out of what the reader returns: unpaired surrogates anywhere in a
 * page, control characters in a name. The rest of the reader may then take every {@code String} for text.
 */
public final class Characters {

    private static final char REPLACEMENT = '\uFFFD';

    private Characters() {
    }

    /**
     * A page with its unpaired surrogates replaced.
     *
     * @param text the page, the same instance as given if nothing was replaced (null from the in-place variant)
     * @param replaced how many characters (or HTML character references) were replaced with U+FFFD
     * @param first where the first of them stands in the page as given (line and column), or null if none
     * @param controls whether the page may hold a control character other than TAB, LF and CR, which no narrative
     *     may hold: always true from {@link #replaceUnpairedSurrogates(String, boolean)}, which does not look
     * @param tabs whether the page may hold a tab, so that a line may be a row of cells separated by tabs: always
     *     true from {@link #replaceUnpairedSurrogates(String, boolean)}
     */
    public record Cleaned(String text, int replaced, SourcePosition first, boolean controls, boolean tabs) {
    }

    /**
     * Replaces each unpaired surrogate of a page with U+FFFD. In HTML also each numeric character reference
     * to a surrogate or to U+0000 ({@code &#xD800;}, {@code &#55296;}, {@code &#0;}, with or without the
     * semicolon), which the HTML standard decodes as U+FFFD (a parse error) and jsoup would decode as the bare
     * code unit; two references that would make a valid pair are two errors, as the standard says.
     *
     * @param text the page
     * @param html whether the page is HTML
     * @return the page and what was replaced
     */
    public static Cleaned replaceUnpairedSurrogates(String text, boolean html) {
        int firstSurrogate = firstUnpaired(text, 0);
        int firstReference = html ? firstBadReference(text, text.indexOf("&#")) : -1;
        if (firstSurrogate < 0 && firstReference < 0) {
            return new Cleaned(text, 0, null, true, true);
        }
        int n = text.length();
        StringBuilder sb = new StringBuilder(n);
        int replaced = 0;
        int first = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                first = first < 0 ? i : first;
                replaced++;
                sb.append(REPLACEMENT);
                i++;
                continue;
            }
            if (html && c == '&') {
                int end = badReferenceEnd(text, i);
                if (end > i) {
                    first = first < 0 ? i : first;
                    replaced++;
                    sb.append(REPLACEMENT);
                    i = end;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return new Cleaned(sb.toString(), replaced, position(text, first), true, true);
    }

    /**
     * Replaces, in place, each unpaired surrogate of a page that is not HTML with U+FFFD (see
     * {@link #replaceUnpairedSurrogates(String, boolean)}); done on the array the line reader scans anyway,
     * which is quicker than a pass over the string. The same pass tells whether the page holds a control
     * character that no narrative may hold: if not, no narrative made of the page's characters and line feeds
     * does, and the narratives need no {@link #narrative} pass of their own; and whether it holds a tab, without
     * which no line need be looked at for a row of cells separated by tabs.
     *
     * @param cs the page's characters, changed where a surrogate is unpaired
     * @return what was replaced; its text is null (make it from {@code cs} if anything was replaced)
     */
    public static Cleaned replaceUnpairedSurrogates(char[] cs) {
        int n = cs.length;
        int replaced = 0;
        int first = -1;
        boolean controls = false;
        boolean tabs = false;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= '\u00A0' ? (char) (c - '\uD800') >= 0x800 : c >= ' ' && c < '\u007F' || c == '\n') {
                continue; // printable ASCII or a line feed, or from U+00A0 and no surrogate: nearly every character
            }
            if (c < '\u00A0') {
                controls |= removed(c, true);
                tabs |= c == '\t';
                continue;
            }
            if (c <= '\uDBFF' && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                i++;
                continue;
            }
            first = first < 0 ? i : first;
            replaced++;
            cs[i] = REPLACEMENT;
        }
        return new Cleaned(null, replaced, replaced == 0 ? null : position(cs, first), controls, tabs);
    }

    /** The index of the first unpaired surrogate at or after {@code from}, or -1. */
    private static int firstUnpaired(String s, int from) {
        for (int i = from, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\uD800' && c <= '\uDFFF') {
                if (c <= '\uDBFF' && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static int firstBadReference(String s, int from) {
        for (int at = from; at >= 0; at = s.indexOf("&#", at + 2)) {
            if (badReferenceEnd(s, at) > at) {
                return at;
            }
        }
        return -1;
    }

    /**
     * If a numeric character reference to a surrogate or to zero starts at {@code at}, the index after it
     * (after its {@code ;} if it has one); else {@code at}.
     */
    private static int badReferenceEnd(String s, int at) {
        int n = s.length();
        if (at + 2 >= n || s.charAt(at) != '&' || s.charAt(at + 1) != '#') {
            return at;
        }
        int i = at + 2;
        boolean hex = s.charAt(i) == 'x' || s.charAt(i) == 'X';
        if (hex) {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < n) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : !hex ? -1 : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; // ASCII only, as in HTML
            if (d < 0) {
                break;
            }
            value = Math.min(value * (hex ? 16 : 10) + d, 0x110000); // beyond Unicode stays beyond
            i++;
        }
        if (i == start || !(value == 0 || (value >= 0xD800 && value <= 0xDFFF))) {
            return at;
        }
        return i < n && s.charAt(i) == ';' ? i + 1 : i;
    }

    private static SourcePosition position(char[] cs, int index) {
        return position(java.nio.CharBuffer.wrap(cs), index);
    }

    /** The line and column of an index, with the line breaks the line reader uses, or null for -1. */
    private static SourcePosition position(CharSequence s, int index) {
        if (index < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < index && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePosition.line(line, index - lineStart + 1);
    }

    /**
     * Removes control characters (C0, DEL, C1: {@link Character#isISOControl}) from a name and replaces its
     * unpaired surrogates with U+FFFD.
     *
     * @param s a name, such as an organ or a source address
     * @return the name without them, the same instance if it had none
     */
    public static String withoutControls(String s) {
        return withoutControls(s, false);
    }

    /**
     * Removes the control characters a narrative may not hold (all but TAB, LF and CR, which core allows in
     * narrative text) and replaces unpaired surrogates with U+FFFD.
     *
     * @param s the text of a section
     * @return the text without them, the same instance if it had none
     */
    public static String narrative(String s) {
        return withoutControls(s, true);
    }

    /**
     * The index of the first character to remove or that is a surrogate, or the length: printable ASCII and
     * everything from U+00A0 up to the surrogates, most of a page, are passed in a loop of their own (a narrative
     * is thousands of characters).
     */
    private static int firstToRemoveOrSurrogate(String s, boolean keepLineBreaks) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u00A0' ? c < '\uD800' || c > '\uDFFF' : c >= ' ' && c < '\u007F') {
                continue;
            }
            if (removed(c, keepLineBreaks) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean removed(char c, boolean keepLineBreaks) {
        return Character.isISOControl(c) && !(keepLineBreaks && (c == '\t' || c == '\n' || c == '\r'));
    }

    private static String withoutControls(String s, boolean keepLineBreaks) {
        int n = s.length();
        int i = firstToRemoveOrSurrogate(s, keepLineBreaks);
        if (i == n) {
            return s;
        }
        if (firstUnpaired(s, i) >= 0) {
            s = replaceUnpairedSurrogates(s, false).text();
            n = s.length();
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (!removed(c, keepLineBreaks)) {
                sb.append(c);
            }
        }
        return sb.length() == n ? s : sb.toString();
    }
}
