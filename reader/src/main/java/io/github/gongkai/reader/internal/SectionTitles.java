package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.internal.Headings.Sec;

/**
 * The titles of the narrative sections 一, 五 and 六 after their numeral and 、, as the editions and local variants
 * print them: where a heading's title ends and the section's narrative begins, in the same text or the next.
 * Stateless.
 */
final class SectionTitles {

    private static final String[] ONE = {"总体情况"};
    private static final String[] FIVE = {"存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"};
    private static final String[] SIX = {"其他需要报告的事项"};
    private static final String[] NONE = {};
    /** How far after its numeral a title not among those may end, at its first 情况 or 事项. */
    private static final int TITLE_CHARS = 30;
    /** Punctuation between a title and the narrative after it (in a key: folded, without spaces). */
    private static final String AFTER_TITLE = ":,.;。；!";

    private SectionTitles() {
    }

    /**
     * Where the narrative starts in a heading's text ({@code 五、存在的主要问题及改进情况:一是……}, a line of run-on
     * text): after the title, as the editions print it, or up to its first 情况 or 事项, and the punctuation after it.
     *
     * @param sec the heading's section
     * @param key a key holding the heading
     * @param at where the heading starts in it
     * @param to where its text ends (the next heading, or the key's end)
     * @return the offset in {@code key} where the narrative starts ({@code to} if nothing follows the title), or -1
     *     if the section has no narrative or its title is not told
     */
    static int narrativeStart(Sec sec, String key, int at, int to) {
        String[] titles = titles(sec);
        if (titles.length == 0) {
            return -1;
        }
        int from = afterNumeral(key, at, to);
        int end = -1;
        for (String title : titles) {
            if (from + title.length() <= to && key.startsWith(title, from)) {
                end = Math.max(end, from + title.length());
            }
        }
        if (end < 0) {
            int within = Math.min(to, from + TITLE_CHARS + 2);
            int first = firstOf(key, from, within, "情况", "事项");
            end = first < 0 ? -1 : first + 2;
        }
        return end < 0 ? -1 : afterPunctuation(key, end, to);
    }

    /**
     * Tells whether a heading's text ends before its title does: it is a proper start of a title of its section
     * ({@code 五、存在的主要问题}, its keyword 问题 found), so that the next text may go on with it
     * ({@link #continuation}) rather than begin the section's narrative.
     *
     * @param sec the heading's section
     * @param key a key holding the heading
     * @param at where the heading starts in it
     * @param to where its text ends
     * @return true if so
     */
    static boolean open(Sec sec, String key, int at, int to) {
        int from = afterNumeral(key, at, to);
        for (String title : titles(sec)) {
            if (to - from < title.length() && title.regionMatches(0, key, from, to - from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the narrative starts in the text after a heading that {@link #open ends before its title}: after the
     * rest of the title ({@code 及改进情况}) and the punctuation after it, if the text begins with it; the text's
     * length if it is a piece of the rest; 0 if it does not go on with the title.
     *
     * @param sec the heading's section
     * @param heading the heading's text, from its numeral to its text's end
     * @param next the next text's key
     * @return the offset in {@code next}
     */
    static int continuation(Sec sec, String heading, String next) {
        String head = heading.substring(afterNumeral(heading, 0, heading.length()));
        for (String title : titles(sec)) {
            if (!title.startsWith(head) || next.isEmpty()) {
                continue;
            }
            int rest = title.length() - head.length();
            if (next.startsWith(title.substring(head.length()))) {
                return afterPunctuation(next, rest, next.length());
            }
            if (next.length() < rest && title.startsWith(next, head.length())) {
                return next.length();
            }
        }
        return 0;
    }

    private static int afterPunctuation(String key, int at, int to) {
        int end = at;
        while (end < to && AFTER_TITLE.indexOf(key.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /** The first of two words of two characters in [from, to) of a key, or -1. */
    private static int firstOf(String key, int from, int to, String a, String b) {
        for (int i = from; i + 2 <= to; i++) {
            if (key.startsWith(a, i) || key.startsWith(b, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] titles(Sec sec) {
        return switch (sec) {
            case ONE -> ONE;
            case FIVE -> FIVE;
            case SIX -> SIX;
            default -> NONE;
        };
    }

    /** Where the title of a heading at {@code at} starts: after its numeral and delimiter. */
    private static int afterNumeral(String key, int at, int to) {
        return Math.min(at + 1 < to && Headings.isDelimiter(key.charAt(at + 1)) ? at + 2 : at + 1, to);
    }
}
