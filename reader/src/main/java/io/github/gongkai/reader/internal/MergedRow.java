package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places, and reads, the numbers of a group of table 三 printed as one row (（六）其他处理 {@code 2 2 0 0 0 0 4}, or glued
 * {@code 2200004}), one per column: as printed when there is one piece per column, else the one split of the
 * glued digits that satisfies a row's identity of table 三 (总计 = the six applicant columns). Static, stateless.
 */
final class MergedRow {

    private MergedRow() {
    }

    /**
     * Records a group of table 三 printed as one row, its own rows absent: for each column, the number printed
     * is the total of the group's cells in that column. A total of 0 gives each of those cells 0 (counts are
     * never below 0; {@link Provenance.Note.Kind#FROM_ZERO_GROUP_TOTAL}); any other total leaves each cell
     * unread with that {@link PrintedTotal} (reason merged), and those cells are listed as one ambiguity. A row
     * that cannot be read in exactly one way leaves the cells unread (ambiguous) without a total.
     *
     * @param placement where the cells are recorded
     * @param rows the group's rows, in order
     * @param run the group row's numbers
     * @param label the group's label, for the messages
     * @param edition the edition
     * @param settings the search budget
     * @param warnings where the warning goes
     */
    static void place(Placement placement, List<? extends TableRow> rows, Run run, String label, Edition edition,
            ReadSettings settings, Warnings warnings) {
        PieceList pieces = Pieces.pieces(run);
        List<CellRef> template = Cells.of(rows.get(0), edition);
        if (template.size() == 7) {
            placement.dropSubtotalColumn(pieces);
        }
        List<CellRef> all = new ArrayList<>();
        for (TableRow row : rows) {
            all.addAll(Cells.of(row, edition));
        }
        String raw = Pieces.rawOf(pieces);
        SourcePosition at = pieces.isEmpty() ? run.first() : pieces.get(0).position;
        long[] totals = pieces.unlisted > 0 ? null : read(pieces, template, edition, settings);
        if (totals == null) {
            placement.ambiguity(all, raw, at, Ambiguity.Code.GROUP_NUMBERS_UNREADABLE, List.of(label), List.of(), 0,
                    false, UnreadReason.AMBIGUOUS, null);
            return;
        }
        CellValue[] unread = new CellValue[all.size()];
        for (int c = 0; c < template.size(); c++) {
            List<CellRef> cells = new ArrayList<>(rows.size());
            for (TableRow row : rows) {
                cells.add(Cells.of(row, edition).get(c));
            }
            if (totals[c] == 0) {
                placeZeros(placement, cells, pieces, c, template.size(), raw, at, label);
                continue;
            }
            CellValue merged = CellValue.merged(PrintedTotal.of(totals[c], cells));
            for (CellRef cell : cells) {
                unread[all.indexOf(cell)] = merged;
            }
        }
        recordMerged(placement, all, unread, raw, at, label, rows.size());
        warnings.add(ReadingWarning.of(ReadingWarning.Detail.GROUP_AS_ONE_ROW, List.of(label, raw), Optional.of(at),
                Optional.of(all.get(0))));
    }

    /** Lists the group's cells left unread (merged) as one ambiguity, in the group's order; none if all are 0. */
    private static void recordMerged(Placement placement, List<CellRef> all, CellValue[] unread, String raw,
            SourcePosition at, String label, int rows) {
        List<CellRef> cells = new ArrayList<>(all.size());
        List<CellValue> values = new ArrayList<>(all.size());
        for (int i = 0; i < unread.length; i++) {
            if (unread[i] != null) {
                cells.add(all.get(i));
                values.add(unread[i]);
            }
        }
        if (!cells.isEmpty()) {
            placement.record(new Ambiguity(cells, raw, at, Ambiguity.Code.GROUP_PRINTED_AS_ONE_ROW,
                    List.of(label, Integer.toString(rows)), List.of(), 0, false), values);
        }
    }

    /**
     * Places 0 in each cell of a column whose printed total is 0: the cells are counts, none below 0, so 0 is
     * the only value each can hold. Each is noted as such and, when the row's digits were glued, as split by
     * the row's total.
     *
     * @param cells the column's cells, one per row of the group
     * @param pieces the row's pieces
     * @param column the column
     * @param columns how many columns the row has
     */
    private static void placeZeros(Placement placement, List<CellRef> cells, PieceList pieces, int column,
            int columns, String raw, SourcePosition at, String label) {
        boolean split = pieces.size() != columns;
        Piece printed = split ? new Piece("0", "0", at, true) : pieces.get(column);
        Provenance.Note zero = Provenance.Note.of(Provenance.Note.Kind.FROM_ZERO_GROUP_TOTAL, label);
        List<Provenance.Note> notes = split
                ? List.of(Provenance.Note.of(Provenance.Note.Kind.SPLIT_ROW_TOTAL, raw), zero) : List.of(zero);
        for (CellRef cell : cells) {
            placement.setParsed(cell, printed, notes);
        }
    }

    /**
     * Reads the row.
     *
     * @param pieces the row's pieces, a subtotal column already dropped
     * @param template the cells of one of the group's rows, for the columns' kinds and the row identity
     * @param edition the edition
     * @param settings the search budget
     * @return one count per column, or null if the row cannot be read in exactly one way
     */
    static long[] read(List<Piece> pieces, List<CellRef> template, Edition edition, ReadSettings settings) {
        int n = template.size();
        List<String> parts = new ArrayList<>(n);
        if (pieces.size() == n) {
            for (Piece p : pieces) {
                parts.add(p.text);
            }
        } else if (pieces.size() < n && (glued(pieces) || Pieces.wholeRowInOneCell(pieces, n))) {
            List<Splitter.Piece> sp = new ArrayList<>(pieces.size());
            for (Piece p : pieces) {
                sp.add(new Splitter.Piece(p.text, true));
            }
            List<ValueKind> kinds = template.stream().map(c -> c.column().valueKind()).toList();
            Splitter.Result result = Splitter.split(sp, kinds, Splitter.Identities.among(edition, template), 2,
                    settings.maxSplitSteps());
            if (result.fittingCount() != 1 || result.exhausted()) {
                return null;
            }
            parts.addAll(result.fitting().get(0));
        } else {
            return null;
        }
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            if (!(Values.parse(parts.get(i), ValueKind.COUNT).value() instanceof CellValue.Count c)) {
                return null;
            }
            values[i] = c.value();
        }
        return values;
    }

    private static boolean glued(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.gluable && p.text.length() > 1) {
                return true;
            }
        }
        return false;
    }
}
