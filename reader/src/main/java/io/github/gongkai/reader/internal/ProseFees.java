package io.github.gongkai.reader.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import static io.github.gongkai.reader.internal.FeeClauses.FEE;
import static io.github.gongkai.reader.internal.FeeClauses.FIGURE;
import static io.github.gongkai.reader.internal.FeeClauses.ISSUE;
import static io.github.gongkai.reader.internal.FeeClauses.NEGATIONS;
import static io.github.gongkai.reader.internal.FeeClauses.NOTICE;
import static io.github.gongkai.reader.internal.FeeClauses.NOT_A_FIGURE;
import static io.github.gongkai.reader.internal.FeeClauses.RATE_AFTER;
import static io.github.gongkai.reader.internal.FeeClauses.TAKE;
import static io.github.gongkai.reader.internal.FeeClauses.WIDER_SCOPE;
import static io.github.gongkai.reader.internal.FeeClauses.columnBefore;
import static io.github.gongkai.reader.internal.FeeClauses.containsAny;
import static io.github.gongkai.reader.internal.FeeClauses.denial;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 六's fee figures stated only in a sentence, not in the format's labelled statement
 * ({@code 发出收费通知的件数为…}) nor a table: {@code 收取信息处理费共计380元}, {@code 本年度共收取信息处理费0元},
 * {@code 未收取信息处理费} (nothing collected), {@code 未发出收费通知} (no notice, so no amount noticed). Fed section
 * 六's tokens in page order during the walk, it keeps what the sentences state and, when the walk is over
 * ({@link #finish}, by {@link StatedFees}), places a figure only in a cell nothing printed: a figure printed (by
 * the statement or a table) wins, and a sentence that disagrees with it gives a
 * {@link ReadingWarning.Code#PROSE_FIGURE_DIFFERS} warning; sentences that disagree among themselves give an
 * ambiguity. Each figure placed has a provenance noting the sentence and a
 * {@link ReadingWarning.Code#FIGURE_FROM_PROSE} warning.
 *
 * <p>A clause is the text since the last punctuation ({@code 。，、；！？}), HTML block or cell, or table row (a
 * Markdown line is one): a sentence wrapped over lines of a text page is one clause, and a figure in it stands as
 * {@code #}. Only plain statements of this year's figure are read. A clause is skipped when it speaks of a rule, a rate or
 * an estimate ({@code 标准}, {@code 每}, {@code 按}, {@code 应}, {@code 约} …), of a wider scope than the organ
 * ({@code 全县}, {@code 各部门} …), when its figure is followed by a rate ({@code 100元/件}) or has no unit of
 * money ({@code 元}, {@code 万元}), or when a negation has a figure too. One per reading; not thread-safe.
 */
final class ProseFees {

    /** The longest clause kept; a longer run of text without punctuation is no fee sentence. */
    static final int CLAUSE_CHARS = 160;
    /** The longest figure read: {@code 1,234,567,890.00万元} has 18 characters. */
    private static final int MAX_FIGURE_CHARS = 40;
    /** The longest quote of a sentence in a note or warning. */
    private static final int QUOTE_CHARS = 60;


    /** The heading's words, after which section 六's text starts. */
    private static final String HEADING = "其他需要报告";

    /** A figure a sentence states. */
    record Stated(FeeColumn column, String text, String raw, SourcePosition at, String sentence) {
    }

    private final Placement placement;
    private final Warnings warnings;
    private final boolean active;
    /** The clause read so far (label keys, {@link #FIGURE} for each figure), since the last punctuation or block. */
    private final StringBuilder clause = new StringBuilder(CLAUSE_CHARS);
    /** The clause with its figures as printed, to quote. */
    private final StringBuilder shown = new StringBuilder(CLAUSE_CHARS);
    /** The tokens of the clause and where each starts in it. */
    private final List<Token> clauseTokens = new ArrayList<>();
    private final List<Integer> clauseStarts = new ArrayList<>();
    /** The position of the last token of a source that is not line-based, to tell its blocks apart. */
    private SourcePosition lastBlock;
    /** A figure waiting for the text after it (a rate is no figure). */
    private Stated pending;
    private boolean pendingNeedsCountUnit;
    private final List<Stated> stated = new ArrayList<>();

    ProseFees(Edition edition, Placement placement, Warnings warnings) {
        this.placement = placement;
        this.warnings = warnings;
        this.active = !ReportFormat.of(edition).cells(ReportTable.S6).isEmpty();
    }

    // ---------------------------------------------------------------- the walk

    /**
     * Takes a text token of section 六.
     *
     * @param t the token
     * @param key its label key from where section 六's text starts (the heading included)
     * @param heading whether it holds section 六's heading: what was read before is no longer section 六's text
     */
    void text(Token t, String key, boolean heading) {
        if (!active) {
            return;
        }
        int from = 0;
        if (heading) {
            pending = null;
            clearClause();
            stated.clear();
            from = afterHeading(key);
        }
        newBlock(t);
        if (pending != null) {
            resolvePending(key.substring(from));
        }
        if (t.rowStart) {
            endClause();
        }
        for (int i = from, n = key.length(); i < n; i++) {
            if (isBoundary(key.charAt(i))) {
                append(t, key, from, i);
                endClause();
                from = i + 1;
            }
        }
        append(t, key, from, key.length());
    }

    /** Where the text after section 六's heading starts in a key that holds it. */
    private static int afterHeading(String key) {
        int at = key.indexOf(HEADING);
        if (at < 0) {
            return 0;
        }
        int end = at + HEADING.length();
        return key.startsWith("的事项", end) ? end + 3 : end;
    }

    /**
     * Takes a value or empty token of section 六: the figure of the clause before it, if the clause states one.
     *
     * @param t the token
     */
    void value(Token t) {
        if (!active) {
            return;
        }
        newBlock(t);
        if (pending != null) {
            resolvePending("");
        }
        if (t.rowStart) {
            endClause();
        }
        if (t.kind != Token.Kind.VALUE) {
            endClause(); // an empty table cell
            return;
        }
        if (clause.length() > 0) {
            figure(t);
        }
        if (clause.length() + 1 > CLAUSE_CHARS) {
            clearClause();
        }
        clauseTokens.add(t);
        clauseStarts.add(clause.length());
        clause.append(FIGURE);
        String raw = t.raw();
        shown.append(raw, 0, Math.min(raw.length(), QUOTE_CHARS));
    }

    /** Ends the walk: places what the sentences state where nothing was printed. */
    void finish() {
        if (!active) {
            return;
        }
        if (pending != null) {
            resolvePending("");
        }
        endClause();
        for (FeeColumn column : FeeColumn.values()) {
            List<Stated> forColumn = new ArrayList<>();
            for (Stated s : stated) {
                if (s.column() == column) {
                    forColumn.add(s);
                }
            }
            if (!forColumn.isEmpty()) {
                StatedFees.place(placement, warnings, CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, column),
                        forColumn);
            }
        }
    }

    private void newBlock(Token t) {
        if (t.line > 0) {
            return;
        }
        SourcePosition at = t.position();
        if (lastBlock != null && !lastBlock.equals(at)) {
            if (pending != null) {
                resolvePending("");
            }
            endClause();
        }
        lastBlock = at;
    }

    private static boolean isBoundary(char c) {
        return c == '。' || c == ',' || c == '、' || c == ';' || c == '!' || c == '?' || c == '｡';
    }

    private void append(Token t, String key, int from, int to) {
        if (from >= to) {
            return;
        }
        if (clause.length() + (to - from) > CLAUSE_CHARS) {
            clearClause(); // too long for a fee clause: only its end could be one
            from = Math.max(from, to - CLAUSE_CHARS);
        }
        clauseTokens.add(t);
        clauseStarts.add(clause.length());
        clause.append(key, from, to);
        shown.append(key, from, to);
    }

    private void clearClause() {
        clause.setLength(0);
        shown.setLength(0);
        clauseTokens.clear();
        clauseStarts.clear();
    }

    /** A clause ended by punctuation, a block or the walk: a negation it states. */
    private void endClause() {
        if (clause.indexOf(FEE) >= 0 || clause.indexOf(NOTICE) >= 0) {
            negation(clause.toString());
        }
        clearClause();
    }

    // ---------------------------------------------------------------- what a clause states

    /**
     * A figure after the clause read so far: kept pending until the text after it shows it is no rate. What
     * introduces it is the text since the figure before; the whole clause must be no rule, wider scope or
     * negation.
     */
    private void figure(Token t) {
        if (t.text.length() > MAX_FIGURE_CHARS) {
            return; // no fee is that long: a run of numbers, not parsed
        }
        int label = clause.lastIndexOf(String.valueOf(FIGURE)) + 1;
        if (clause.indexOf(FEE, label) < 0 && clause.indexOf(NOTICE, label) < 0) {
            return; // most figures, cheaply: no fee words before them
        }
        String c = clause.toString();
        if (containsAny(c, NOT_A_FIGURE) || containsAny(c, WIDER_SCOPE) || containsAny(c, NEGATIONS)) {
            return;
        }
        FeeColumn column = columnBefore(c.substring(label));
        if (column == null) {
            return;
        }
        Values.Parsed parsed = Values.parse(t.text, column.valueKind());
        if (!parsed.ok()) {
            return;
        }
        boolean countUnit = false;
        if (parsed.value() instanceof CellValue.Amount a) {
            if (a.unit() == AmountUnit.UNSTATED) {
                return; // a sum of money in prose says its unit
            }
        } else if (parsed.value() instanceof CellValue.Count) {
            countUnit = !t.text.endsWith("件");
        } else {
            return;
        }
        pending = new Stated(column, t.text, t.raw(), t.position(), quote(shown + t.raw()));
        pendingNeedsCountUnit = countUnit;
    }

    private void resolvePending(String after) {
        Stated s = pending;
        pending = null;
        for (String r : RATE_AFTER) {
            if (after.startsWith(r)) {
                return;
            }
        }
        if (pendingNeedsCountUnit && !after.startsWith("件") && !after.startsWith("份")) {
            return;
        }
        stated.add(s);
    }

    /**
     * A clause that denies collecting fees ({@code 未收取信息处理费}) or issuing fee notices ({@code 未发出收费通知}),
     * with no figure after the denial: zero.
     */
    private void negation(String c) {
        if (containsAny(c, NOT_A_FIGURE) || containsAny(c, WIDER_SCOPE)) {
            return;
        }
        int[] notice = denial(c, ISSUE, NOTICE, 8);
        if (notice != null) {
            String phrase = c.substring(notice[0], notice[1]);
            SourcePosition at = positionOf(notice[0], phrase);
            stated.add(new Stated(FeeColumn.NOTICES_ISSUED, "0", phrase, at, quote(shown.toString())));
            stated.add(new Stated(FeeColumn.AMOUNT_NOTICED, "0", phrase, at, quote(shown.toString())));
            return;
        }
        if (c.contains("通知")) {
            return;
        }
        int[] collect = denial(c, TAKE, FEE, 12);
        if (collect != null) {
            String phrase = c.substring(collect[0], collect[1]);
            stated.add(new Stated(FeeColumn.AMOUNT_COLLECTED, "0", phrase, positionOf(collect[0], phrase),
                    quote(shown.toString())));
        }
    }

    /** The position of the character at {@code index} of the clause: its token's, moved along a line if found. */
    private SourcePosition positionOf(int index, String phrase) {
        int k = clauseTokens.size() - 1;
        while (k > 0 && clauseStarts.get(k) > index) {
            k--;
        }
        Token t = clauseTokens.get(k);
        if (t.line > 0) {
            int in = t.text.indexOf(phrase);
            if (in >= 0) {
                return SourcePosition.line(t.line, t.column + in);
            }
        }
        return t.position();
    }

    private static String quote(String s) {
        return s.length() <= QUOTE_CHARS ? s : "…" + s.substring(s.length() - QUOTE_CHARS);
    }
}
