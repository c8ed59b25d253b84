package io.github.gongkai.validation.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a figure that section 一's prose states, such as {@code 共收到政府信息公开申请75件}: the first clause of the
 * text that names the thing, a count in Arabic digits and a unit of things ({@code 件}, {@code 条}, {@code 起} …),
 * with nothing but connecting words ({@code 共}, {@code 数量为}, {@code ：}) between the name and the count.
 *
 * <p>Only the clauses that hold the thing's name are matched, so prose that does not name it costs one scan.
 * Clauses end at {@code 。；，、} (and their ASCII forms) and at line ends, so a figure is read from its own
 * clause only. A clause that compares with another year or counts something else about the same thing
 * ({@code 上年}, {@code 同比}, {@code 办结}, {@code 答复}, {@code 结转} …) is skipped: its figure is not the year's
 * total. Full-width digits are read as digits. Not part of the API.
 */
final class StatedFigures {

    /** What a clause is, for the caller's finding: the figure and the clause as printed. */
    record Stated(long value, String clause) {
    }

    /** The characters that end a clause. */
    private static final String CLAUSE_ENDS = "。；;，,、！!？?\r\n";
    private static final String CONNECTORS = "(?:共计|总计|合计|累计|总数|总量|数量|件数|案件|共|计|为|是|达|有|：|:|\\s)*";
    private static final String COUNT = "([0-9０-９]{1,9})\\s*(?:件|条|个|份|宗|起|次)";
    private static final Pattern OTHER_COUNT = Pattern.compile(
            "上年|去年|上一年|同比|较|增加|减少|增长|下降|办结|答复|办理|处理|结转|转办|不予|驳回|撤回|其中|涉及|维持|纠正");

    /** The applications received: {@code 收到政府信息公开申请N件}, {@code 公开申请N件次}. */
    static final StatedFigures APPLICATIONS = new StatedFigures("申请",
            "(?:政府信息公开|信息公开|依申请公开|公开)申请" + CONNECTORS + COUNT);
    /** The administrative reviews: {@code 行政复议N件}, {@code 被申请行政复议案件N起}. */
    static final StatedFigures REVIEWS = new StatedFigures("行政复议", "行政复议" + CONNECTORS + COUNT);
    /** The lawsuits: {@code 行政诉讼N件}, {@code 行政诉讼案件N起}. */
    static final StatedFigures LAWSUITS = new StatedFigures("行政诉讼", "行政诉讼" + CONNECTORS + COUNT);

    /** A word every clause that states the figure holds: only the clauses around it are matched. */
    private final String keyword;
    private final Pattern pattern;

    private StatedFigures(String keyword, String regex) {
        this.keyword = keyword;
        this.pattern = Pattern.compile(regex);
    }

    /**
     * Tells whether the text may state a figure of any kind here: whether it holds the first character of a
     * keyword ({@code 申请}, {@code 行政复议}, {@code 行政诉讼}). One pass over the text, so that section 一 without
     * them costs no more than reading it once.
     *
     * @param text the prose
     * @return false if no kind's figure can be stated in it
     */
    static boolean mayStateAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '申' || c == '行') {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the first figure stated in the text.
     *
     * @param text the prose
     * @return the figure and its clause, or empty if no clause states one
     */
    Optional<Stated> find(String text) {
        int at = text.indexOf(keyword);
        while (at >= 0) {
            int start = at;
            while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int stop = at + keyword.length();
            while (stop < text.length() && CLAUSE_ENDS.indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            String clause = text.substring(start, stop).strip();
            Matcher m = pattern.matcher(clause);
            if (m.find() && !OTHER_COUNT.matcher(clause).find()) {
                return Optional.of(new Stated(digits(m.group(1)), clause));
            }
            at = text.indexOf(keyword, stop);
        }
        return Optional.empty();
    }

    private static long digits(String text) {
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return v;
    }
}
