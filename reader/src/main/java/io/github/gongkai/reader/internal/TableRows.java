package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.internal.Headings.Sec;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import static io.github.gongkai.reader.internal.Pieces.emptyShort;
import static io.github.gongkai.reader.internal.Pieces.pieces;
import static io.github.gongkai.reader.internal.Pieces.plausibleRow;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Matches runs of numbers to the rows of tables 二, 三 and 四 by their labels, and section 六's sentences to
 * its fee figures, and hands each to {@link Placement}: which rows were read, table 三's printed order and
 * label fragments; table 四 is {@link ReviewRows}'. One per reading, made when the edition is known.
 */
final class TableRows {

    private static final int T3_COLUMNS = ApplicantColumn.values().length;

    private final Edition edition;
    private final Labels labels;
    private final Placement placement;
    private final Warnings warnings;
    /** The text of table 三 read so far, for detached labels. */
    private final StringBuilder t3Text;
    /** Called before a row of table 三 is placed; may throw. */
    private final Consumer<Run> beforeRow;
    /** Whether the edition has section 六's fee figures as cells. */
    private final boolean hasFees;
    // Table 三 state.
    private final boolean[] t3Assigned = new boolean[ApplicationRow.values().length];
    /**
     * Group subtotal rows printed with numbers ((六）其他处理 2200004), kept until the end of the page tells
     * whether the group's own rows were printed too.
     */
    private final EnumMap<ApplicationGroup, Run> groupRuns = new EnumMap<>(ApplicationGroup.class);
    private final DetachedRows detached;
    private int t3LastOrder = -1;
    private boolean t3Rows;
    /** Table 四. */
    private final ReviewRows t4;
    // Table 二 state.
    private final boolean[] t2Assigned = new boolean[ActiveDisclosureRow.values().length];

    /** Rows printed one cell a line, all of them empty lines ({@link EmptyLineCells}). */
    private final EmptyLineCells lineCells;

    TableRows(Edition edition, Labels labels, Placement placement, Warnings warnings, StringBuilder t3Text,
            Consumer<Run> beforeRow, EmptyLineCells lineCells) {
        this.edition = edition;
        this.lineCells = lineCells;
        this.labels = labels;
        this.placement = placement;
        this.detached = new DetachedRows(edition, labels.t3Order, placement, warnings);
        this.warnings = warnings;
        this.t3Text = t3Text;
        this.beforeRow = beforeRow;
        this.hasFees = !ReportFormat.of(edition).cells(ReportTable.S6).isEmpty();
        this.t4 = new ReviewRows(edition, labels, placement, warnings);
    }

    /**
     * Tells whether a row of table 三 was read.
     *
     * @return true once one was
     */
    boolean t3Rows() {
        return t3Rows;
    }

    /**
     * Tells whether table 四 was read: numbers after it are not.
     *
     * @return true once it was
     */
    boolean t4Done() {
        return t4.done();
    }

    /** Interprets a run of numbers in table 四 ({@link ReviewRows#run}). */
    void t4Run(Run run, String label) {
        Run filled = lineCells.filledReviewRow(run);
        if (filled.isEmpty() && !run.isEmpty()) {
            warnings.unplaced(run, "四");
            return;
        }
        t4.run(filled, label);
    }

    /** Places what table 四 holds pending, once its section ends ({@link ReviewRows#flush}). */
    void flushT4() {
        t4.flush();
    }

    /** The slots of section 六's fee figures. */
    private static final int[] FEE_SLOTS = feeSlots();

    private static int[] feeSlots() {
        FeeColumn[] columns = FeeColumn.values();
        int[] slots = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            slots[i] = Cells.slot(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns[i]));
        }
        return slots;
    }

    /** Whether section 六 can place no more fee figures. */
    boolean feesDone() {
        if (!hasFees) {
            return true;
        }
        for (int slot : FEE_SLOTS) {
            if (!placement.taken(slot)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places a row of tables 二 or 三 whose cells are all empty lines, with no token between its label and the
     * next text ({@link EmptyLineCells}): a row the page prints blank.
     *
     * @param sec the section: table 二 or 三
     * @param label the label texts before the row, joined
     * @param labelKeys those texts, oldest first
     * @param labelLine the label's line
     * @param endLine the next text's line
     * @return true if a row was placed
     */
    boolean emptyLineRow(Sec sec, String label, List<String> labelKeys, int labelLine, int endLine) {
        Run cells = new Run();
        cells.labelLine = labelLine;
        cells.endLine = endLine;
        if (sec == Sec.T3) {
            Labels.Alias alias = Labels.suffix(labels.t3, label);
            if (alias == null || !(alias.target() instanceof ApplicationRow row) || t3Assigned[row.ordinal()]) {
                return false;
            }
            cells = lineCells.filled(cells, row);
            if (cells.isEmpty()) {
                return false;
            }
            t3Run(cells, label, labelKeys, false);
            return t3Assigned[row.ordinal()];
        }
        Labels.Alias alias = Labels.suffix(labels.t2, label);
        ActiveDisclosureRow row = alias == null ? null : (ActiveDisclosureRow) alias.target();
        cells = row == null || t2Assigned[row.ordinal()] ? cells : lineCells.filled(cells, row);
        if (cells.isEmpty()) {
            return false;
        }
        t2Run(cells, label);
        return t2Assigned[row.ordinal()];
    }

    // ---------------------------------------------------------------- table 二

    void t2Run(Run run, String label) {
        Labels.Alias alias = Labels.suffix(labels.t2, label);
        if (alias == null) {
            warnings.unplaced(run, "二");
            return;
        }
        ActiveDisclosureRow row = (ActiveDisclosureRow) alias.target();
        Run filled = lineCells.filled(run, row);
        if (filled.isEmpty() && !run.isEmpty()) {
            warnings.unplaced(run, "二");
            return;
        }
        run = filled;
        if (emptyShort(run, row.columns(edition).size())) {
            return;
        }
        if (t2Assigned[row.ordinal()]) {
            warnings.duplicate(run, row.qualifiedLabel(edition), CellRef.of(row, row.columns(edition).get(0)));
            return;
        }
        t2Assigned[row.ordinal()] = true;
        placement.place(cells(row), run, false, Sec.T2, null);
    }

    private List<CellRef> cells(TableRow row) {
        return Cells.of(row, edition);
    }

    // ---------------------------------------------------------------- table 三

    /**
     * Places a run of table 三 in the row its label names.
     *
     * @param run the run
     * @param label the label texts before it, joined
     * @param labelKeys those texts, oldest first
     * @param labelInRow whether the last of them stands in the run's own row (on its first number's line, or in
     *     a cell before it in its table row): then it is the row's label, and an older text is not looked at in
     *     its place when it names no row
     */
    void t3Run(Run run, String label, List<String> labelKeys, boolean labelInRow) {
        if (emptyShort(run, T3_COLUMNS)) {
            return;
        }
        Labels.Alias alias = Labels.suffix(labels.t3, label);
        if (alias != null && !(alias.target() instanceof ApplicationRow)) {
            subtotalRun(run, alias);
            return;
        }
        Labelled labelled = alias == null ? unlabelled(run, labelKeys, labelInRow)
                : new Labelled((ApplicationRow) alias.target(), null, false);
        ApplicationRow row = labelled == null ? null : labelled.row();
        Run filled = row == null ? run : lineCells.filled(run, row);
        PieceList pieces = row == null || filled.isEmpty() ? null : pieces(filled);
        if (pieces == null || !plausibleRow(pieces, T3_COLUMNS)) {
            warnings.unplaced(run, "三");
            return;
        }
        run = filled;
        beforeRow.accept(run);
        if (t3Assigned[row.ordinal()] && !labelled.detached()) {
            detached.yieldTo(row, t3Assigned);
        }
        if (!t3Assigned[row.ordinal()] && placement.taken(Cells.slot(cells(row).get(0)))) {
            placement.unplace(cells(row)); // taken back from a detached stretch: its own numbers came
        }
        if (t3Assigned[row.ordinal()]) {
            warnings.duplicate(run, row.qualifiedLabel(), CellRef.of(row, ApplicantColumn.NATURAL_PERSON));
            return;
        }
        t3Assigned[row.ordinal()] = true;
        t3LastOrder = Math.max(t3LastOrder, labels.t3Order[row.ordinal()]);
        t3Rows = true;
        placement.place(cells(row), run, pieces, false, Sec.T3, labelled.note());
        if (labelled.detached()) {
            detached.add(row, run);
        }
    }

    /** The row a run's label names, with how it was found when not by its label's end. */
    private record Labelled(ApplicationRow row, Provenance.Note note, boolean detached) {
    }

    /**
     * A run under a group's subtotal label: kept once, while the page may still print the group's rows; else
     * skipped with a warning.
     */
    private void subtotalRun(Run run, Labels.Alias alias) {
        if (run.hasNumbers() && alias.target() instanceof ApplicationGroup group && !groupRuns.containsKey(group)) {
            groupRuns.put(group, run.copy());
            return;
        }
        if (run.hasNumbers()) {
            warnings.repeatable(ReadingWarning.Detail.SUBTOTAL_ROW, run, () -> List.of(alias.key(), rawOf(run)), null);
        }
    }

    /**
     * The row of a run whose label's end names none: by a fragment of a label, by a label with characters
     * missing (each with a warning), or, with no label text at all, by a detached label; null if none.
     */
    private Labelled unlabelled(Run run, List<String> labelKeys, boolean labelInRow) {
        ApplicationRow row = byFragment(labelKeys, labelInRow);
        boolean gapped = row == null && (row = byGappedLabel(labelKeys)) != null;
        if (row != null) {
            String fragment = labelKeys.get(labelKeys.size() - 1);
            warnings.add(ReadingWarning.of(gapped ? ReadingWarning.Detail.LABEL_WITH_CHARACTERS_MISSING
                    : ReadingWarning.Detail.LABEL_FROM_FRAGMENT,
                    List.of(rawOf(run), row.qualifiedLabel(), fragment), Optional.of(run.first()),
                    Optional.of(CellRef.of(row, ApplicantColumn.NATURAL_PERSON))));
            return new Labelled(row, Provenance.Note.of(gapped ? Provenance.Note.Kind.LABEL_WITH_CHARACTERS_MISSING
                    : Provenance.Note.Kind.LABEL_FROM_FRAGMENT, fragment), false);
        }
        if (labelKeys.isEmpty()) {
            row = byDetachedLabel();
            if (row != null) {
                return new Labelled(row, Provenance.Note.of(Provenance.Note.Kind.LABEL_DETACHED), true);
            }
        }
        return null;
    }

    /** Keeps the rows placed by detached labels that the order confirms ({@link DetachedRows}). */
    void confirmDetached() {
        detached.confirm(t3Assigned);
    }

    /**
     * The next row in printed order, when a label text before the numbers is a fragment of its label and of no
     * row read before it. Only the next row is considered, as for a gapped or a detached label: a fragment
     * names a row only where the order confirms it (with rows printed without their numbers in between, a
     * fragment of a later row's label would take numbers that are not its). The texts are tried from the last
     * back (a label broken over lines ends in a piece several rows share), but not past a last text in the run's
     * own row that is in no row's label: that text is the row's label, one the reader does not know
     * ({@code 3.补正后申请内容仍不明确（注）}), and an older text would name another row.
     */
    private ApplicationRow byFragment(List<String> labelKeys, boolean labelInRow) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        for (int k = labelKeys.size() - 1; k >= 0; k--) {
            String frag = pieceOfALabel(labelKeys.get(k));
            if (frag.length() < 4) {
                continue;
            }
            if (labelInRow && k == labelKeys.size() - 1 && !inSomeLabel(frag)) {
                return null;
            }
            boolean anyUnread = false;
            for (ApplicationRow row : rows) {
                anyUnread |= !t3Assigned[row.ordinal()] && labels.t3Full[row.ordinal()].contains(frag);
            }
            if (anyUnread) {
                int next = t3LastOrder + 1;
                ApplicationRow row = next < rows.size() ? rows.get(next) : null;
                boolean named = row != null && !t3Assigned[row.ordinal()]
                        && labels.t3Full[row.ordinal()].contains(frag);
                return named && laterTextsBelongTo(row, labelKeys, k) ? row : null;
            }
        }
        return null;
    }

    /**
     * Whether the texts after the one a row was found by, up to the numbers, are pieces of that row's label or
     * of its group's (or hold no letter, digit or ideograph): the label broken over lines. A text that is not,
     * between them, is the start of another row's label printed above its numbers ({@code 保护第三方合法权益} /
     * {@code 予公开 5.属} / numbers / {@code 于三类内部事务信息}, as a PDF's text laid out by columns prints a row
     * whose label wraps): the fragment is then the end of the row before, and the numbers are not its.
     */
    private boolean laterTextsBelongTo(ApplicationRow row, List<String> labelKeys, int k) {
        for (int j = k + 1; j < labelKeys.size(); j++) {
            String text = Labels.withoutTrailingNoise(Text.stripMarkers(labelKeys.get(j)));
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!labels.t3Full[row.ordinal()].contains(text) && !labels.t3Group[row.ordinal()].contains(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A label text as a fragment of a row's label: without its list marker and trailing noise, and, where that is
     * in no row's label, without a piece of a group label or of 本年度办理结果 before it. A PDF's text laid out by
     * columns prints the group labels of the left column, broken over lines, at the start of the rows' lines
     * ({@code 年度办 （二）部分公开（区分处理的，只计这}, {@code （六）其 1.申请人无正当理由逾期不}); the row's own text
     * follows.
     */
    private String pieceOfALabel(String key) {
        String text = Labels.withoutTrailingNoise(Text.stripMarkers(key));
        if (inSomeLabel(text)) {
            return text;
        }
        for (int i = 1; i + 4 <= text.length(); i++) {
            if (!labels.isGroupPiece(text.substring(0, i))) {
                break;
            }
            String rest = Labels.withoutTrailingNoise(Text.stripMarkers(text.substring(i)));
            if (rest.length() >= 4 && inSomeLabel(rest)) {
                return rest;
            }
        }
        return text;
    }

    /** Whether a text is part of the label of some row of table 三 in this edition, read or not. */
    private boolean inSomeLabel(String fragment) {
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            if (labels.t3Full[row.ordinal()].contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next row in printed order, when the label printed before the numbers is that row's label with a few
     * characters missing (a font that lost glyphs: {@code 2.其他法律行政止公开} for 其他法律行政法规禁止公开): its
     * characters appear in the label in order, it keeps at least 70 % of them, and it begins and ends as the label
     * does. Only the next row is considered, so that the printed order confirms what the characters suggest.
     */
    private ApplicationRow byGappedLabel(List<String> labelKeys) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        int next = t3LastOrder + 1;
        if (labelKeys.isEmpty() || next >= rows.size()) {
            return null;
        }
        ApplicationRow row = rows.get(next);
        String full = labels.t3Full[row.ordinal()];
        String printed = Text.stripMarkers(labelKeys.get(labelKeys.size() - 1));
        if (t3Assigned[row.ordinal()] || printed.length() < 6 || printed.length() >= full.length()
                || printed.length() * 10 < full.length() * 7 || !full.startsWith(printed.substring(0, 2))
                || !full.endsWith(printed.substring(printed.length() - 2))) {
            return null;
        }
        int k = 0;
        for (int i = 0; i < full.length() && k < printed.length(); i++) {
            if (full.charAt(i) == printed.charAt(k)) {
                k++;
            }
        }
        return k == printed.length() ? row : null;
    }

    /** The next row in printed order, if its full label stands in the table's text without numbers. */
    private ApplicationRow byDetachedLabel() {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        int next = t3LastOrder + 1;
        if (next >= rows.size()) {
            return null;
        }
        ApplicationRow row = rows.get(next);
        String full = labels.t3Full[row.ordinal()];
        if (t3Assigned[row.ordinal()] || full.length() < 4 || t3Text.indexOf(full) < 0) {
            return null;
        }
        return row;
    }

    /**
     * Settles the group subtotal rows printed with numbers: skipped (as not part of the model) if any row of
     * the group was printed, else their numbers stand for the group's rows together, as the 2019 template
     * prints （六）其他处理 as one row: merged ({@link Placement#merged}). Called once, after the page.
     */
    void flushGroups() {
        for (Map.Entry<ApplicationGroup, Run> e : groupRuns.entrySet()) {
            ApplicationGroup group = e.getKey();
            Run run = e.getValue();
            List<ApplicationRow> members = ApplicationRow.rows(edition).stream()
                    .filter(r -> r.group().filter(group::equals).isPresent()).toList();
            boolean printed = members.stream().anyMatch(r -> t3Assigned[r.ordinal()]
                    || placement.taken(Cells.slot(CellRef.of(r, ApplicantColumn.NATURAL_PERSON))));
            if (printed || members.size() < 2) {
                warnings.repeatable(ReadingWarning.Detail.SUBTOTAL_ROW, run, () -> List.of(group.label(), rawOf(run)),
                        null);
                continue;
            }
            MergedRow.place(placement, members, run, group.label(), edition, placement.settings(), warnings);
        }
        groupRuns.clear();
    }

    // ---------------------------------------------------------------- section 六

    void s6Run(Run run, String label, List<String> labelKeys) {
        if (!hasFees) {
            return;
        }
        PieceList pieces = pieces(run);
        if (pieces.isEmpty()) {
            return;
        }
        int count = pieces.size() + pieces.unlisted;
        String l = label;
        while (!l.isEmpty() && "为是:,".indexOf(l.charAt(l.length() - 1)) >= 0) {
            l = l.substring(0, l.length() - 1);
        }
        FeeColumn column;
        if (count == 3 && l.contains("发出收费通知") && l.contains("实际收取")) {
            placeFees(pieces, List.of(FeeColumn.values()));
            return;
        }
        if (l.endsWith("发出收费通知的件数") || l.endsWith("发出收费通知件数") || l.endsWith("收费通知的件数")) {
            column = FeeColumn.NOTICES_ISSUED;
        } else if (l.endsWith("实际收取的总金额") || l.endsWith("实际收取总金额") || l.endsWith("实际收取的金额")
                || l.endsWith("实际收取金额")) {
            column = FeeColumn.AMOUNT_COLLECTED;
        } else if (l.endsWith("总金额") && labelKeys.size() > 0) {
            column = FeeColumn.AMOUNT_NOTICED;
        } else {
            return;
        }
        placeFees(pieces.subList(0, 1), List.of(column));
    }

    private void placeFees(List<Piece> pieces, List<FeeColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            CellRef ref = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns.get(i));
            if (placement.taken(Cells.slot(ref))) {
                continue;
            }
            placement.setParsed(ref, pieces.get(i), List.of());
        }
    }
}
