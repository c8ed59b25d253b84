package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that structure a page: the section headings (一、总体情况 … 六、其他需要报告的事项), the edition
 * markers of the tables' headers, and the first label of table 三. Stateless; all keyword searches of the reader
 * go through here.
 */
final class Headings {

    /** The sections of the report, in printed order. */
    enum Sec {
        NONE, ONE, T2, T3, T4, FIVE, SIX
    }

    /** Enum values() clones its array on every call. */
    static final Sec[] SECTIONS = Sec.values();

    static final String[] MARKERS_2021 = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
        "本年收费金额", "逾期不补正", "逾期未按收费通知"};
    static final String[] MARKERS_2019 = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
        "本年增/减", "采购项目数量", "政府集中采购", "其他对外管理服务事项"};

    /** The label that starts table 三 when its heading is missing. */
    static final String T3_FIRST_LABEL = "本年新收政府信息公开申请";

    /**
     * A section heading: its numeral, the keywords that may follow it, how far, and whether 、 is required.
     * {@link #breaks()}: whether the heading is looked for broken over two texts ({@link #brokenHeadingStart}).
     */
    private record HeadingSpec(Sec sec, char numeral, boolean delimRequired, int window, String... keywords) {
        /**
         * Not 一、总体情况, too short to be broken, nor table 三's, whose first label starts the table when its
         * heading is not found (with a warning).
         */
        boolean breaks() {
            return sec != Sec.ONE && sec != Sec.T3;
        }
    }

    private static final HeadingSpec[] HEADINGS = {
        new HeadingSpec(Sec.ONE, '一', false, 2, "总体情况"),
        new HeadingSpec(Sec.T2, '二', false, 2, "主动公开政府信息", "主动公开情况"),
        new HeadingSpec(Sec.T3, '三', false, 2, "收到和处理"),
        new HeadingSpec(Sec.T4, '四', true, 25, "复议", "诉讼"),
        new HeadingSpec(Sec.FIVE, '五', true, 25, "问题", "改进"),
        new HeadingSpec(Sec.SIX, '六', false, 4, "其他需要报告"),
    };

    /**
     * The keywords of every section heading (a token without one is no heading), bits from 0, then
     * {@link #T3_FIRST_LABEL} ({@link #T3_LABEL_BIT}).
     */
    static final KeywordSet HEADING_WORDS;
    /** The bit of {@link #T3_FIRST_LABEL} in {@link #HEADING_WORDS} and {@link #HEADING_AND_MARKER_WORDS}. */
    static final long T3_LABEL_BIT;
    /** For each heading and each of its keywords, the keyword's bit in {@link #HEADING_WORDS}. */
    private static final int[][] HEADING_KEYWORD_BITS;
    /** The words of {@link #HEADING_WORDS}: the heading keywords, table 三's first label, the broken starts. */
    static final int HEADING_WORD_COUNT;
    /** The bits of the heading keywords alone. */
    static final long HEADING_BITS;
    /** The bits of a broken heading's start: the numeral of 二, 四, 五 or 六 and 、 or . after it. */
    static final long BROKEN_BITS;
    /** The edition markers, 2021's from bit {@link #MARKERS_2021_AT}, 2019's from {@link #MARKERS_2019_AT}. */
    static final KeywordSet MARKER_WORDS;
    static final int MARKERS_2021_AT = 0;
    static final int MARKERS_2019_AT = MARKERS_2021.length;
    /** Both: the heading keywords' bits, then the markers' bits shifted by {@link #HEADING_WORD_COUNT}. */
    static final KeywordSet HEADING_AND_MARKER_WORDS;
    /** One bit per BMP character: set if a heading keyword, a marker or {@link #T3_FIRST_LABEL} starts with it. */
    private static final long[] FIRST_CHARS = new long[1 << 10];

    static {
        List<String> words = new ArrayList<>();
        for (HeadingSpec spec : HEADINGS) {
            for (String kw : spec.keywords()) {
                if (!words.contains(kw)) {
                    words.add(kw);
                }
            }
        }
        HEADING_KEYWORD_BITS = new int[HEADINGS.length][];
        for (int s = 0; s < HEADINGS.length; s++) {
            String[] keywords = HEADINGS[s].keywords();
            HEADING_KEYWORD_BITS[s] = new int[keywords.length];
            for (int w = 0; w < keywords.length; w++) {
                HEADING_KEYWORD_BITS[s][w] = words.indexOf(keywords[w]);
            }
        }
        // Table 三's first label is sought in the same pass, after the heading keywords, and the start of a broken
        // heading: its numeral and delimiter (一 and 三 are not looked for broken).
        HEADING_BITS = (1L << words.size()) - 1;
        T3_LABEL_BIT = 1L << words.size();
        words.add(T3_FIRST_LABEL);
        long broken = 0;
        for (HeadingSpec spec : HEADINGS) {
            if (spec.breaks()) {
                for (char d : new char[] {'、', '.'}) {
                    broken |= 1L << words.size();
                    words.add(spec.numeral() + String.valueOf(d));
                }
            }
        }
        BROKEN_BITS = broken;
        HEADING_WORDS = new KeywordSet(words.toArray(new String[0]));
        HEADING_WORD_COUNT = words.size();
        List<String> markers = new ArrayList<>(List.of(MARKERS_2021));
        markers.addAll(List.of(MARKERS_2019));
        MARKER_WORDS = new KeywordSet(markers.toArray(new String[0]));
        words.addAll(markers);
        HEADING_AND_MARKER_WORDS = new KeywordSet(words.toArray(new String[0]));
        for (String w : words) {
            char c = w.charAt(0);
            FIRST_CHARS[c >>> 6] |= 1L << c;
        }
    }

    private Headings() {
    }

    /**
     * Tells whether a character of folded, normalised text could begin a heading keyword, an edition marker or
     * the first label of table 三, or is the numeral of a heading that may be broken over two texts
     * ({@link #brokenHeadingStart}). A text none of whose characters could (and none of which folding changes)
     * holds no heading, no marker, no such label and no start of a broken heading.
     *
     * @param c the character
     * @return true if some of those words starts with it
     */
    static boolean mayStartKeyword(char c) {
        return (FIRST_CHARS[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The official titles of the sections from 二 on, normalised: a text that is one of them alone, after any
     * numeral, is that section's heading. Some organs print their own sections first and the prescribed ones after,
     * numbered anew ({@code 一、主动公开政府信息情况} … {@code 三、政府信息公开行政复议、行政诉讼情况},
     * {@code 五、其他需要报告的事项}), which the numerals of {@link #HEADINGS} do not find.
     */
    private static final String[][] TITLES = {
        {},
        {},
        {title(ReportTable.T2)},
        {title(ReportTable.T3)},
        {title(ReportTable.T4), "政府信息公开行政复议和行政诉讼情况"},
        // Section 五 holds no table, so core names no title for it: the 2019 template's, then the 2021 one's.
        {"政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及改进情况"},
        {title(ReportTable.S6)},
    };

    /** A table's section title as core names it ({@code 二、主动公开政府信息情况}), normalised, without its numeral. */
    private static String title(ReportTable table) {
        return Text.stripMarkers(Text.labelKey(table.label()));
    }

    /**
     * The heading of a text that is a section's official title alone after a numeral other than its own
     * ({@link #TITLES}): {offset 0, the section's ordinal, 1 if table 三's}, or null.
     */
    private static int[] renumbered(String k) {
        if (k.length() < 4 || !Text.isChineseNumeral(k.charAt(0)) || k.charAt(1) != '、' && k.charAt(1) != '.') {
            return null;
        }
        String title = Labels.withoutTrailingNoise(k.substring(2));
        for (int s = 0; s < TITLES.length; s++) {
            for (String t : TITLES[s]) {
                if (t.equals(title)) {
                    return new int[] {0, s, s == Sec.T3.ordinal() ? 1 : 0};
                }
            }
        }
        return null;
    }

    /**
     * Finds the section headings in a normalised text. What the reader needs of them is the last (the section
     * the text ends in, and where its heading starts) and whether table 三's is among them.
     *
     * @param k a label key
     * @return {offset of the last heading, its section ordinal, 1 if table 三's heading is among them else 0},
     *     or null if the text holds no heading
     */
    static int[] find(String k) {
        long present = HEADING_WORDS.find(k);
        return (present & HEADING_BITS) == 0 ? null : find(k, present);
    }

    /**
     * {@link #find(String)}, given the bits of the heading keywords the text contains.
     */
    static int[] find(String k, long present) {
        int lastAt = -1;
        int lastSec = -1;
        int t3 = 0;
        for (int s = 0; s < HEADINGS.length; s++) {
            HeadingSpec spec = HEADINGS[s];
            for (int w = 0; w < spec.keywords().length; w++) {
                if ((present & (1L << HEADING_KEYWORD_BITS[s][w])) == 0) {
                    continue; // the keyword is not in the text
                }
                String kw = spec.keywords()[w];
                for (int at = k.indexOf(kw); at >= 0; at = k.indexOf(kw, at + kw.length())) {
                    int p = numeralBefore(k, at, spec);
                    if (p < 0) {
                        continue;
                    }
                    // Numerals differ between sections: one offset is one section's heading.
                    if (p > lastAt) {
                        lastAt = p;
                        lastSec = spec.sec().ordinal();
                    }
                    t3 |= spec.sec() == Sec.T3 ? 1 : 0;
                }
            }
        }
        return lastAt < 0 ? renumbered(k) : new int[] {lastAt, lastSec, t3};
    }

    /** The most headings {@link #all} gives of one text: more are a table of contents or a hostile page. */
    static final int MAX_HEADINGS = 16;

    /**
     * Finds every section heading in a normalised text, in order: a text may hold several (a line of run-on text, a
     * table of contents).
     *
     * @param k a label key
     * @param from the offset from which headings are looked for
     * @return {offset, section ordinal, 1 if table 三's else 0} of each heading at or after {@code from}, by offset
     *     (empty if there is none), or null if there are more than {@link #MAX_HEADINGS}
     */
    static List<int[]> all(String k, int from) {
        long present = HEADING_WORDS.find(k);
        if ((present & HEADING_BITS) == 0) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>(2);
        for (int s = 0; s < HEADINGS.length; s++) {
            HeadingSpec spec = HEADINGS[s];
            for (int w = 0; w < spec.keywords().length; w++) {
                if ((present & (1L << HEADING_KEYWORD_BITS[s][w])) == 0) {
                    continue;
                }
                String kw = spec.keywords()[w];
                for (int at = k.indexOf(kw); at >= 0; at = k.indexOf(kw, at + kw.length())) {
                    int p = numeralBefore(k, at, spec);
                    if (p >= from) {
                        found.add(new int[] {p, spec.sec().ordinal(), spec.sec() == Sec.T3 ? 1 : 0});
                    }
                    if (found.size() > 2 * MAX_HEADINGS) {
                        return null; // two keywords of one heading are found twice
                    }
                }
            }
        }
        if (found.isEmpty()) {
            int[] renumbered = from == 0 ? renumbered(k) : null;
            return renumbered == null ? List.of() : List.of(renumbered);
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> distinct = new ArrayList<>(found.size());
        for (int[] f : found) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1)[0] != f[0]) {
                distinct.add(f);
            }
        }
        return distinct.size() > MAX_HEADINGS ? null : distinct;
    }

    /** The offset of the numeral of a heading whose keyword stands at {@code at}, or -1 if none is before it. */
    private static int numeralBefore(String k, int at, HeadingSpec spec) {
        for (int p = at - 1; p >= Math.max(0, at - spec.window() - 2); p--) {
            if (k.charAt(p) == spec.numeral()
                    && heading(k, p, spec.delimRequired(), spec.window(), spec.keywords())) {
                return p;
            }
        }
        return -1;
    }

    private static boolean heading(String k, int p, boolean delimRequired, int window, String... keywords) {
        if (!boundaryBefore(k, p)) {
            return false;
        }
        int q = p + 1;
        if (q < k.length() && isDelimiter(k.charAt(q))) {
            q++;
        } else if (delimRequired) {
            return false;
        }
        if (q < k.length() && Text.isChineseNumeral(k.charAt(q))) {
            return false;
        }
        // A keyword within the window: looked for there only, so that a long text costs no more per heading.
        for (String kw : keywords) {
            for (int at = q, last = Math.min(q + window, k.length() - kw.length()); at <= last; at++) {
                if (k.startsWith(kw, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far from a text's end a heading broken after it may start: numeral, 、, its window, its longest keyword. */
    private static final int BROKEN_TAIL = brokenTail();

    private static int brokenTail() {
        int tail = 0;
        for (HeadingSpec spec : HEADINGS) {
            for (String kw : spec.keywords()) {
                tail = Math.max(tail, 2 + spec.window() + kw.length());
            }
        }
        return tail;
    }

    /**
     * Finds where a text's end may begin a heading broken over it and the next text (a heading wrapped in a PDF's
     * narrow column, a Word paragraph with a line break, a line of run-on text that ends inside one): the numeral
     * of a heading of 二, 四, 五 or 六 with 、 or . after it, not inside a word (as {@link #find} requires), from which
     * the text ends before that heading's keyword could have ended ({@code 二、主动公开政},
     * {@code ……的情况。四、政府信息公开行政}). Whether the heading may come where the text stands is the caller's to
     * tell ({@link #brokenAfter}).
     *
     * @param k a label key
     * @param present the bits of {@link #HEADING_WORDS} the key holds ({@link #BROKEN_BITS} are looked at): without
     *     a numeral and its delimiter, the key is not searched
     * @return the offset of the last such numeral, or -1 if there is none ({@link #brokenHeading})
     */
    static int brokenHeadingStart(String k, long present) {
        if ((present & BROKEN_BITS) == 0) {
            return -1;
        }
        for (int p = k.length() - 2; p >= Math.max(0, k.length() - BROKEN_TAIL); p--) {
            char d = k.charAt(p + 1);
            if (d != '、' && d != '.') {
                continue;
            }
            HeadingSpec spec = breakable(k.charAt(p));
            if (spec != null && boundaryBefore(k, p) && (p + 2 == k.length() || !Text.isChineseNumeral(k.charAt(p + 2)))
                    && keywordMayFollow(k, p + 2, spec)) {
                return p;
            }
        }
        return -1;
    }

    /** {@link #brokenHeadingStart(String, long)} of a key whose words are not known yet. */
    static int brokenHeadingStart(String k) {
        return brokenHeadingStart(k, HEADING_WORDS.find(k));
    }

    /**
     * Where a text's end may begin a heading broken over it and the next that comes after the section the text
     * stands in: {@code start} if the heading whose numeral stands there ({@link #brokenHeadingStart}) is of a
     * later section, else -1 (an earlier heading's numeral and 、 are a list item, not its heading again).
     *
     * @param k a key
     * @param start where {@link #brokenHeadingStart} found a numeral, or -1
     * @param current the section the text stands in
     * @return {@code start}, or -1
     */
    static int brokenAfter(String k, int start, Sec current) {
        return start >= 0 && breakable(k.charAt(start)).sec().compareTo(current) > 0 ? start : -1;
    }

    /** The heading looked for broken whose numeral is {@code c}, or null. */
    private static HeadingSpec breakable(char c) {
        for (HeadingSpec spec : HEADINGS) {
            if (spec.numeral() == c && spec.breaks()) {
                return spec;
            }
        }
        return null;
    }

    /** Whether a heading's keyword may start in its window from {@code q} and end after the text. */
    private static boolean keywordMayFollow(String k, int q, HeadingSpec spec) {
        for (String kw : spec.keywords()) {
            for (int at = q; at <= q + spec.window(); at++) {
                int rest = k.length() - at;
                if (rest <= 0 || rest < kw.length() && kw.regionMatches(0, k, at, rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Finds a heading broken over two texts: the first {@link #brokenHeadingStart may begin one} at {@code at}, and
     * what follows {@code at} joined with the start of the second is that heading (the second may hold headings of
     * its own after it).
     *
     * @param first the first text's key
     * @param at where in it the heading may begin
     * @param next the next text's key
     * @return the heading, {offset in {@code first}, section ordinal, 0}, or null if it is not one
     */
    static int[] brokenHeading(String first, int at, String next) {
        char numeral = first.charAt(at);
        String joined = first.substring(at) + next.substring(0, Math.min(next.length(), BROKEN_TAIL));
        for (HeadingSpec spec : HEADINGS) {
            if (spec.numeral() == numeral && spec.breaks()
                    && heading(joined, 0, spec.delimRequired(), spec.window(), spec.keywords())) {
                return new int[] {at, spec.sec().ordinal(), 0};
            }
        }
        return null;
    }

    /** Whether a numeral at {@code p} is not inside a word: not after (, 第 or another numeral. */
    private static boolean boundaryBefore(String k, int p) {
        if (p == 0) {
            return true;
        }
        char before = k.charAt(p - 1);
        return before != '(' && before != '第' && !Text.isChineseNumeral(before);
    }

    /**
     * Tells whether a character may stand between a heading's numeral and its title: 、 or, as pages print it, a
     * full stop, a comma or a colon (folded).
     *
     * @param c the character
     * @return true if so
     */
    static boolean isDelimiter(char c) {
        return c == '、' || c == '.' || c == ',' || c == ':';
    }

    /** The sections whose tokens are searched for edition markers (a section ordinal). */
    static boolean isMarkerSection(int sec) {
        return sec == Sec.T2.ordinal() || sec == Sec.T3.ordinal() || sec == Sec.NONE.ordinal();
    }

    /**
     * The name a report gives a table: its section's numeral.
     *
     * @param t the table
     * @return 二, 三, 四 or 六
     */
    static String tableName(ReportTable t) {
        return switch (t) {
            case T2 -> "二";
            case T3 -> "三";
            case T4 -> "四";
            case S6 -> "六";
        };
    }
}
