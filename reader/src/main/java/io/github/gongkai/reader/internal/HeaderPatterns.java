package io.github.gongkai.reader.internal;

/**
 * The header's three patterns, matched by hand: a report's title, its publication date and the first day of its
 * period, each on a squeezed line (folded, no whitespace). Each method finds exactly what its regular expression,
 * quoted in its Javadoc, finds with {@link java.util.regex.Matcher#find()} (the tests hold the expressions and
 * compare), in a pass or two over the line instead of a backtracking search from every position: the header is
 * read for every page, and the expressions were a tenth of a short page's read. Stateless.
 */
final class HeaderPatterns {

    private HeaderPatterns() {
    }

    /**
     * A title's parts: the text before its year, the year, and the text from after {@code 年} or {@code 年度} to
     * {@code 政府信息公开}.
     *
     * @param before group 1, the organ where it is printed before the year
     * @param year group 2
     * @param between group 3, the organ where it is printed after the year
     */
    record Title(String before, int year, String between) {
    }

    /**
     * The title in a line, as {@code ^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告} (DOTALL)
     * finds it: the first year followed by 年 after which 政府信息公开…报告 follows, and the first such words after it.
     * Any character may stand between, line separators too: a stray U+0085 or U+2028 in a title must not hide it
     * (the organ's name loses it later).
     *
     * @param s a squeezed line
     * @return the title's parts, or null if the line holds none
     */
    static Title title(String s) {
        for (int p = 0, last = s.length() - 5; p <= last; p++) {
            if (s.charAt(p + 4) != '年' || !isYear(s, p)) {
                continue;
            }
            // 度 taken or left to group 3 starts the words' search at the same place: 政 is not 度.
            int from = p + 5 < s.length() && s.charAt(p + 5) == '度' ? p + 6 : p + 5;
            int words = reportWordsFrom(s, from);
            if (words >= 0) {
                return new Title(s.substring(0, p), year(s, p), s.substring(from, words));
            }
        }
        return null;
    }

    /**
     * Where the first {@code 政府信息公开(?:工作)?(?:年度)?报告} at or after {@code from} starts, or -1. Each optional
     * word is taken when it is there: left out, the next word would have to start with its first character.
     */
    private static int reportWordsFrom(String s, int from) {
        for (int q = s.indexOf("政府信息公开", from); q >= 0; q = s.indexOf("政府信息公开", q + 1)) {
            int t = q + 6;
            t += s.startsWith("工作", t) ? 2 : 0;
            t += s.startsWith("年度", t) ? 2 : 0;
            if (s.startsWith("报告", t)) {
                return q;
            }
        }
        return -1;
    }

    /**
     * The date in a line, as
     * {@code (?:发布时间|发布日期|成文日期|时间|日期)[:]?((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})} finds it. Every
     * word of the expression ends in 时间 or 日期, and the longer ones only start earlier, so the first 时间 or 日期 a
     * date follows is the one the expression finds.
     *
     * @param s a squeezed line
     * @return {year, month, day} as printed (not checked as a date), or null if the line holds none
     */
    static int[] date(String s) {
        int time = s.indexOf("时间");
        int day = s.indexOf("日期");
        while (time >= 0 || day >= 0) {
            boolean timeFirst = day < 0 || (time >= 0 && time < day);
            int at = timeFirst ? time : day;
            int[] date = dateAt(s, at + 2);
            if (date != null) {
                return date;
            }
            if (timeFirst) {
                time = s.indexOf("时间", at + 1);
            } else {
                day = s.indexOf("日期", at + 1);
            }
        }
        return null;
    }

    /** {@code [:]?((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})} at {@code t}, or null. */
    private static int[] dateAt(String s, int t) {
        int n = s.length();
        t += t < n && s.charAt(t) == ':' ? 1 : 0;
        if (t + 5 >= n || !isYear(s, t) || "-年/.".indexOf(s.charAt(t + 4)) < 0) {
            return null;
        }
        int year = year(s, t);
        t += 5;
        int monthEnd = digitsEnd(s, t);
        if (monthEnd == t || monthEnd >= n || "-月/.".indexOf(s.charAt(monthEnd)) < 0) {
            return null;
        }
        int dayEnd = digitsEnd(s, monthEnd + 1);
        if (dayEnd == monthEnd + 1) {
            return null;
        }
        return new int[] {year, number(s, t, monthEnd), number(s, monthEnd + 1, dayEnd)};
    }

    /**
     * The year of the first {@code ((?:19|20)\d{2})年1月1日} in a line: the start of the period a report covers.
     *
     * @param s a line
     * @return the year, or -1 if the line holds none
     */
    static int periodYear(String s) {
        for (int k = s.indexOf("年1月1日"); k >= 0; k = s.indexOf("年1月1日", k + 1)) {
            if (k >= 4 && isYear(s, k - 4)) {
                return year(s, k - 4);
            }
        }
        return -1;
    }

    /** Whether {@code (?:19|20)\d{2}} stands at {@code p}; the caller knows {@code p + 4} is inside the line. */
    private static boolean isYear(String s, int p) {
        char a = s.charAt(p);
        char b = s.charAt(p + 1);
        return (a == '1' && b == '9' || a == '2' && b == '0') && Text.isAsciiDigit(s.charAt(p + 2))
                && Text.isAsciiDigit(s.charAt(p + 3));
    }

    private static int year(String s, int p) {
        return number(s, p, p + 4);
    }

    /** One past the last of at most two ASCII digits from {@code from} ({@code \d{1,2}}, as many as there are). */
    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end < from + 2 && Text.isAsciiDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
