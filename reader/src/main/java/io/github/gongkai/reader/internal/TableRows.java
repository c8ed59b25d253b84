package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.internal.Headings.Sec;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import static io.github.gongkai.reader.internal.Pieces.emptyShort;
import static io.github.gongkai.reader.internal.Pieces.pieces;
import static io.github.gongkai.reader.internal.Pieces.plausibleRow;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import io.github.gongkai.reader.internal.UnlabelledRows.Labelled;
import java.util.function.Consumer;

/**
 * Matches runs of numbers to the rows of tables 二, 三 and 四 by their labels and hands each to
 * {@link Placement}: which rows were read and table 三's printed order; a table 三 run whose label's end names
 * no row is {@link UnlabelledRows}', table 四 is {@link ReviewRows}'. One per reading, made when the edition is
 * known.
 */
final class TableRows {

    private static final int T3_COLUMNS = ApplicantColumn.values().length;

    private final Edition edition;
    private final Labels labels;
    private final Placement placement;
    private final Warnings warnings;
    /** Called before a row of table 三 is placed; may throw. */
    private final Consumer<Run> beforeRow;
    // Table 三 state.
    private final boolean[] t3Assigned = new boolean[ApplicationRow.values().length];
    /**
     * Group subtotal rows printed with numbers ((六）其他处理 2200004), kept until the end of the page tells
     * whether the group's own rows were printed too.
     */
    private final EnumMap<ApplicationGroup, Run> groupRuns = new EnumMap<>(ApplicationGroup.class);
    private final DetachedRows detached;
    /** Table 三's runs, checked against its printed order once it is read. */
    private final PrintedOrder order;
    /** Finds the row of a run whose label's end names none. */
    private final UnlabelledRows unlabelled;
    private int t3LastOrder = -1;
    private boolean t3Rows;
    /** Table 四. */
    private final ReviewRows t4;
    // Table 二 state.
    private final boolean[] t2Assigned = new boolean[ActiveDisclosureRow.values().length];

    /** Rows printed one cell a line, all of them empty lines ({@link EmptyLineCells}). */
    private final EmptyLineCells lineCells;
    /** Table 三's text read so far, for the header's words. */
    private final StringBuilder t3Text;
    /** Table 三's label columns, as its header lays them out. */
    private final LabelColumns columns;

    TableRows(Edition edition, Labels labels, Placement placement, Warnings warnings, StringBuilder t3Text,
            Consumer<Run> beforeRow, EmptyLineCells lineCells, LabelColumns columns) {
        this.edition = edition;
        this.lineCells = lineCells;
        this.t3Text = t3Text;
        this.columns = columns;
        this.labels = labels;
        this.placement = placement;
        this.detached = new DetachedRows(edition, labels.t3Order, placement, warnings);
        this.order = new PrintedOrder(edition, labels, placement, warnings);
        this.warnings = warnings;
        this.unlabelled = new UnlabelledRows(edition, labels, warnings, t3Text, t3Assigned);
        this.beforeRow = beforeRow;
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
        Labelled labelled = alias == null ? unlabelled.find(run, labelKeys, labelInRow, t3LastOrder + 1)
                : new Labelled((ApplicationRow) alias.target(), null, false);
        ApplicationRow row = labelled == null ? null : labelled.row();
        Run filled = row == null ? run : lineCells.filled(run, row);
        PieceList pieces = row == null || filled.isEmpty() ? null : pieces(filled);
        int labelColumns = labelInRow ? columns.afterLabel() : 0;
        if (pieces != null && labelColumns > 0) {
            dropLabelColumns(pieces, labelColumns);
        }
        if (pieces == null || !plausibleRow(pieces, T3_COLUMNS)) {
            warnings.unplaced(run, "三");
            PieceList whole = row == null ? pieces(run) : null;
            if (whole != null && wholeRow(whole)) {
                order.unplaced(whole, label, labelKeys);
            }
            return;
        }
        boolean clean = filled == run && wholeRow(pieces);
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
            if (clean) {
                order.unplaced(pieces, label, labelKeys);
            }
            return;
        }
        t3Assigned[row.ordinal()] = true;
        t3LastOrder = Math.max(t3LastOrder, labels.t3Order[row.ordinal()]);
        t3Rows = true;
        // Only a label in the run's own row anchors it: one printed apart may be another row's (see PrintedOrder).
        order.placed(run, row, labelInRow && alias != null, clean ? pieces : null, label, labelKeys);
        placement.place(cells(row), run, pieces, false, Sec.T3, labelled.note());
        if (labelled.detached()) {
            detached.add(row, run);
        }
    }

    /** Whether pieces are one number or empty cell for each of a row's cells, none left over or glued in. */
    private static boolean wholeRow(PieceList pieces) {
        return pieces.unlisted == 0 && pieces.size() == T3_COLUMNS;
    }

    /**
     * Drops the cells after a row's label that the table's header lays out as the label's own columns
     * ({@link LabelColumns}), left empty by a converter: only when each is empty and the rest is as wide as the
     * header's value columns (else seven, or eight with a subtotal column the header names), so that no value
     * moves to another column.
     */
    private void dropLabelColumns(PieceList pieces, int count) {
        int width = columns.valueColumns() > 0 ? columns.valueColumns()
                : SubtotalColumn.named(t3Text) ? T3_COLUMNS + 1 : T3_COLUMNS;
        if (pieces.unlisted > 0 || pieces.size() - count != width) {
            return;
        }
        for (int i = 0; i < count; i++) {
            if (!pieces.get(i).text.isEmpty()) {
                return;
            }
        }
        pieces.subList(0, count).clear();
        pieces.tail = Math.min(pieces.tail, pieces.size());
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
     * Keeps the rows placed by detached labels that the order confirms ({@link DetachedRows}), then settles table
     * 三's rows against its printed order ({@link PrintedOrder}).
     */
    void confirmDetached() {
        detached.confirm(t3Assigned);
        order.settle(t3Assigned);
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
}
