package io.github.gongkai.reader.internal;

import io.github.gongkai.core.FeeColumn;

/**
 * The words of section 六's fee sentences, and what they tell about a clause: which fee column a figure
 * after it belongs to, whether it denies collecting or issuing, whether it states a rule, a rate or a wider
 * scope rather than this year's figure. Static, stateless; {@link ProseFees} reads the sentences with it.
 */
final class FeeClauses {

    /** Words that make a clause a rule, a rate, an intention or an estimate, not this year's figure. */
    static final String[] NOT_A_FIGURE = {"标准", "每", "按", "应", "拟", "需", "将", "可", "如", "若", "超",
        "退", "免", "减", "约", "预计", "以上", "以下", "办法", "规定"};
    /** Words that name a scope wider than the organ reporting (a county's fees in one organ's report). */
    static final String[] WIDER_SCOPE = {"全县", "全市", "全区", "全省", "全州", "全盟", "全旗", "各级",
        "各部门", "各单位", "各乡镇", "各街道", "全系统", "本系统", "系统内"};
    /** Negations that may stand just before 收取 or 发出. */
    static final String[] NEGATIONS = {"没有", "不存在", "未"};
    /** What may stand between the subject and the figure: {@code 收取信息处理费共计为380元}. */
    static final String[] FILLERS = {"为", "是", ":", "共计", "合计", "总计", "累计", "共", "计", "达",
        "总金额", "金额", "总额", "费用"};
    /** What after a figure makes it a rate or a bound: {@code 100元/件}, {@code 100元以上}. */
    static final String[] RATE_AFTER = {"/", "每", "以上", "以下", "起", "左右", "多", "余"};

    static final String FEE = "信息处理费";
    static final String TAKE = "收取";
    static final String NOTICE = "收费通知";
    static final String ISSUE = "发出";
    /** What stands in a clause for a figure printed in it. */
    static final char FIGURE = '#';

    private FeeClauses() {
    }

    /**
     * The fee column whose figure the text {@code c} introduces: 收取…信息处理费 (or 信息处理费…收取) the amount
     * collected, 发出…收费通知 the notices issued; null for any other.
     *
     * @param c the text between the figure and the punctuation or figure before it, as a label key
     * @return the column, or null
     */
    static FeeColumn columnBefore(String c) {
        String l = stripFillers(c);
        boolean notice = l.contains("通知");
        if (!notice && l.endsWith(FEE)) {
            int fee = l.length() - FEE.length();
            int take = l.lastIndexOf(TAKE, fee);
            return take >= 0 && fee - (take + TAKE.length()) <= 12 ? FeeColumn.AMOUNT_COLLECTED : null;
        }
        if (!notice && l.endsWith(TAKE)) {
            int take = l.length() - TAKE.length();
            int fee = l.lastIndexOf(FEE, take);
            return fee >= 0 && take - (fee + FEE.length()) <= 4 ? FeeColumn.AMOUNT_COLLECTED : null;
        }
        if (l.endsWith(NOTICE) || l.endsWith(NOTICE + "书")) {
            int n = l.lastIndexOf(NOTICE);
            int issue = l.lastIndexOf(ISSUE, n);
            return issue >= 0 && n - (issue + ISSUE.length()) <= 8 ? FeeColumn.NOTICES_ISSUED : null;
        }
        return null;
    }

    /** The text without the fillers it ends with ({@code 共计为}). */
    static String stripFillers(String c) {
        String l = c;
        for (int round = 0; round < 4; round++) {
            String before = l;
            for (String f : FILLERS) {
                if (l.endsWith(f)) {
                    l = l.substring(0, l.length() - f.length());
                }
            }
            if (l.equals(before)) {
                break;
            }
        }
        return l;
    }

    /**
     * The first denial {@code NEGATION … verb … object} in the clause, the negation at most 6 characters before
     * the verb and the object at most {@code gap} after it, with no figure after the negation: {start, end}, or
     * null.
     */
    static int[] denial(String c, String verb, String object, int gap) {
        for (int v = c.indexOf(verb); v >= 0; v = c.indexOf(verb, v + 1)) {
            int neg = negationBefore(c, v);
            int o = c.indexOf(object, v + verb.length());
            if (neg >= 0 && o >= 0 && o - (v + verb.length()) <= gap && c.indexOf(FIGURE, neg) < 0) {
                return new int[] {neg, o + object.length()};
            }
        }
        return null;
    }

    /** Where the negation before the verb at {@code verb} starts (at most 6 characters before it), or -1. */
    static int negationBefore(String c, int verb) {
        int best = -1;
        for (String n : NEGATIONS) {
            int at = c.lastIndexOf(n, verb - n.length());
            if (at >= 0 && verb - (at + n.length()) <= 6 && at > best) {
                best = at;
            }
        }
        return best;
    }

    /** Whether the text holds one of the words. */
    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
