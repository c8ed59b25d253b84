package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReviewLitigationRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The row labels the reader matches, per edition: each official label {@linkplain Text#labelKey
 * normalised} and stripped of its list marker, plus the variants real reports use. Built once; immutable.
 */
final class Labels {

    /**
     * A label variant and what it names: a row, or a group heading (a subtotal row when it has numbers).
     *
     * @param markerRequired whether the label names its row only with its list marker printed before it: a row
     *     label that is a column header of the same table without it ({@code （七）总计} and the column 总计,
     *     {@code 3.其他} and the column 其他), where the header word alone before numbers names no row
     */
    record Alias(String key, Object target, boolean markerRequired) {
    }

    /** Marker of group headings of table 三 that carry no cells. */
    static final String RESULTS_HEADING = "本年度办理结果";

    private static final Map<Edition, Labels> BY_EDITION = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            BY_EDITION.put(edition, new Labels(edition));
        }
    }

    /**
     * Aliases with the last two characters of each key beside them, so that {@link #suffix} compares a
     * {@code char} or two per alias before it looks at a key; and grouped by their last character, so that it
     * tries only the few that may match rather than all of a table's (a hundred and more for table 三).
     */
    static final class Aliases {
        /** How many groups of {@link #byLast}: the low bits of the last character pick one. */
        private static final int GROUPS = 64;

        final Alias[] all;
        final char[] last;
        /** The character before the last, or 0 for a one-character key. */
        final char[] beforeLast;
        /** For each group, the indexes into {@link #all} of the aliases whose last character falls in it, in order. */
        final int[][] byLast = new int[GROUPS][];

        Aliases(List<Alias> aliases) {
            all = aliases.toArray(new Alias[0]);
            last = new char[all.length];
            beforeLast = new char[all.length];
            int[] sizes = new int[GROUPS];
            for (int i = 0; i < all.length; i++) {
                String key = all[i].key;
                last[i] = key.charAt(key.length() - 1);
                beforeLast[i] = key.length() > 1 ? key.charAt(key.length() - 2) : 0;
                sizes[last[i] % GROUPS]++;
            }
            for (int g = 0; g < GROUPS; g++) {
                byLast[g] = new int[sizes[g]];
                sizes[g] = 0;
            }
            for (int i = 0; i < all.length; i++) {
                int g = last[i] % GROUPS;
                byLast[g][sizes[g]++] = i;
            }
        }
    }

    final Edition edition;
    final Aliases t2;
    final Aliases t3;
    final Aliases t4;
    /** The full normalised label of each table 三 row, by ordinal, for fragments and detached labels. */
    final String[] t3Full = new String[ApplicationRow.values().length];
    /** The normalised label of each table 三 row's group, by ordinal; empty for a row in no group. */
    final String[] t3Group = new String[ApplicationRow.values().length];
    /** The printed order of each table 三 row in this edition, by ordinal; -1 if absent. */
    final int[] t3Order = new int[ApplicationRow.values().length];
    /** The normalised labels of table 三's left column: 三、本年度办理结果 and the edition's groups. */
    private final List<String> t3Groups = new ArrayList<>();

    private Labels(Edition edition) {
        this.edition = edition;
        List<Alias> t2 = new ArrayList<>();
        List<Alias> t3 = new ArrayList<>();
        List<Alias> t4 = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                add(t2, row.label(edition), row);
            }
        }
        // Both editions' names for normative documents are accepted.
        add(t2, "行政规范性文件", ActiveDisclosureRow.NORMATIVE_DOCUMENTS);
        add(t2, "规范性文件", ActiveDisclosureRow.NORMATIVE_DOCUMENTS);
        java.util.Arrays.fill(t3Order, -1);
        int order = 0;
        List<String> t3Columns = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            t3Columns.add(Text.labelKey(column.label()));
        }
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            t3Order[row.ordinal()] = order++;
            add(t3, row.label(), row, t3Columns);
            addWithCommas(t3, row.label(), row);
            t3Full[row.ordinal()] = Text.stripMarkers(Text.labelKey(row.label()));
            t3Group[row.ordinal()] = row.group().map(g -> Text.stripMarkers(Text.labelKey(g.label()))).orElse("");
        }
        add(t3, "部分公开", ApplicationRow.PARTIALLY_DISCLOSED);
        add(t3, "结转下一年度继续办理", ApplicationRow.CARRIED_FORWARD);
        add(t3, "结转到下一年度继续办理", ApplicationRow.CARRIED_FORWARD);
        add(t3, "结转至下年度继续办理", ApplicationRow.CARRIED_FORWARD);
        add(t3, "结转下年度办理", ApplicationRow.CARRIED_FORWARD);
        add(t3, "本年新收政府信息公开申请", ApplicationRow.NEWLY_RECEIVED);
        add(t3, "上年结转政府信息公开申请", ApplicationRow.CARRIED_OVER);
        add(t3, "危及三安全一稳定", ApplicationRow.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY);
        for (ApplicationGroup group : ApplicationGroup.values()) {
            if (group.existsIn(edition)) {
                add(t3, group.label(), group);
            }
        }
        add(t3, RESULTS_HEADING, RESULTS_HEADING);
        t3Groups.add(Text.labelKey("三、" + RESULTS_HEADING));
        for (ApplicationGroup group : ApplicationGroup.values()) {
            if (group.existsIn(edition)) {
                t3Groups.add(Text.labelKey(group.label()));
            }
        }
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            add(t4, row.label(), row);
        }
        this.t2 = new Aliases(t2);
        this.t3 = new Aliases(t3);
        this.t4 = new Aliases(t4);
    }

    private static void add(List<Alias> list, String label, Object target) {
        add(list, label, target, List.of());
    }

    /** Adds a label, which needs its list marker if without it it is one of {@code columns} (normalised). */
    private static void add(List<Alias> list, String label, Object target, List<String> columns) {
        String key = Text.stripMarkers(Text.labelKey(label));
        for (Alias a : list) {
            if (a.key.equals(key)) {
                return;
            }
        }
        list.add(new Alias(key, target, columns.contains(key)));
    }

    /**
     * Adds a label whose text holds an enumeration comma ({@code 逾期不补正、行政机关不再处理}) with that comma printed
     * as a comma, as converters and retyped tables print it; its key's {@code ,} stands for {@code ，} too.
     */
    private static void addWithCommas(List<Alias> list, String label, Object target) {
        String key = Text.stripMarkers(Text.labelKey(label));
        if (key.indexOf('、') > 0) {
            add(list, key.replace('、', ','), target);
        }
    }

    static Labels of(Edition edition) {
        return BY_EDITION.get(edition);
    }

    /**
     * Finds the longest alias the text ends with, ignoring trailing colons and the like (and a footnote's
     * {@code *}).
     *
     * @param aliases the aliases to try
     * @param key the normalised text before a row's numbers
     * @return the alias, or null
     */
    static Alias suffix(Aliases aliases, String key) {
        int end = key.length();
        while (end > 0 && isTrailingNoise(key.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        char last = key.charAt(end - 1);
        Alias best = null;
        char[] lastChars = aliases.last;
        // In the order of the aliases, so that of two as long the first is taken, as over all of them.
        for (int i : aliases.byLast[last % Aliases.GROUPS]) {
            if (lastChars[i] != last) {
                continue;
            }
            Alias a = aliases.all[i];
            String ak = a.key;
            int len = ak.length();
            if (len > end || (len > 1 && key.charAt(end - 2) != aliases.beforeLast[i])) {
                continue;
            }
            if (key.startsWith(ak, end - len) && (best == null || len > best.key.length())
                    && (!a.markerRequired || endsWithMarker(key, end - len))) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether a normalised text is a piece of a label printed in table 三's left column: a group's
     * ({@code 不予公开}, {@code 其他处理}) or {@code 三、本年度办理结果}.
     *
     * @param text a normalised text, not empty
     * @return true if one of those labels holds it
     */
    boolean isGroupPiece(String text) {
        for (String group : t3Groups) {
            if (group.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A label text as a fragment of a row's label: without its list marker and trailing noise, and, where that is
     * in no row's label, without a piece of a group label or of 本年度办理结果 before it. A PDF's text laid out by
     * columns prints the group labels of the left column, broken over lines, at the start of the rows' lines
     * ({@code 年度办 （二）部分公开（区分处理的，只计这}, {@code （六）其 1.申请人无正当理由逾期不}); the row's own text
     * follows.
     */
    String pieceOfALabel(String key) {
        String text = Labels.withoutTrailingNoise(Text.stripMarkers(key));
        if (inSomeT3Label(text)) {
            return text;
        }
        for (int i = 1; i + 4 <= text.length(); i++) {
            if (!isGroupPiece(text.substring(0, i))) {
                break;
            }
            String rest = Labels.withoutTrailingNoise(Text.stripMarkers(text.substring(i)));
            if (rest.length() >= 4 && inSomeT3Label(rest)) {
                return rest;
            }
        }
        return text;
    }

    /** Whether a text is part of the label of some row of table 三 in this edition, read or not. */
    boolean inSomeT3Label(String fragment) {
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            if (t3Full[row.ordinal()].contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text without the trailing colons and the like that {@link #suffix} passes over, for matching a fragment
     * of a label as a label's end is matched.
     *
     * @param text a normalised text
     * @return the text without them; empty if it is nothing else
     */
    static String withoutTrailingNoise(String text) {
        int end = text.length();
        while (end > 0 && isTrailingNoise(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Whether the text [0, end) of a normalised label ends with a list marker ({@code (七)}, {@code 七、},
     * {@code 3.}), as {@link Text#stripMarkers} would strip it, that is not the end of a longer number
     * ({@code 2021.}).
     */
    static boolean endsWithMarker(String key, int end) {
        for (int from = Math.max(0, end - MARKER_CHARS); from < end; from++) {
            char before = from == 0 ? ' ' : key.charAt(from - 1);
            if (!Text.isAsciiDigit(before) && !Text.isChineseNumeral(before)
                    && Text.stripMarkers(key.substring(from, end)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The longest list marker {@link #endsWithMarker} looks for: a bracketed three-character numeral. */
    private static final int MARKER_CHARS = 5;

    private static boolean isTrailingNoise(char c) {
        return c == ':' || c == ',' || c == ';' || c == '。' || c == '为' || c == '是' || c == '|' || c == '*';
    }
}
