package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table 三's runs of numbers checked, once the table is read, against the order the format prints its rows in. A
 * row whose label stands beside its numbers (in the same line or table row) is an anchor. Between two anchors,
 * the runs whose labels stood apart from them (a PDF's text laid out by columns prints a block of several rows'
 * labels, then their numbers) were placed one at a time by the last label before them, which such a block makes
 * wrong. Here, per gap between anchors:
 * <ul>
 * <li>runs placed in rows of the gap, in increasing order, none left out: kept as they are (nearly every page);
 * <li>as many runs of a row's width as the gap has rows: each run is its row in printed order, if the text
 *     before each names that row or none, with a {@code ROWS_BY_PRINTED_ORDER} warning where that moves or places
 *     a run;
 * <li>otherwise a run placed outside the gap, or against the order of the others, or (with no more runs than
 *     rows) in a row that leaves the runs before or after it too few rows, is taken back and the row's cells left
 *     unread (ambiguous), with a {@code ROW_AGAINST_PRINTED_ORDER} warning: a wrong value is worse than a missing
 *     one. On a page with anchors, every run of a gap with fewer runs than rows is taken back so: a column layout
 *     moves labels into the block before, so with a row's numbers lost no run's last label is known to be its
 *     own.
 * </ul>
 * Pages whose anchors are themselves out of order are left as they are. One per reading.
 */
final class PrintedOrder {

    /**
     * A run of table 三 as the walk left it.
     *
     * @param run a copy of the run, for a non-anchor that is not a whole row (null otherwise)
     * @param pieces a whole row's pieces, one per cell (null otherwise): a run that can be placed in any row
     * @param row where it was placed, or null if nowhere
     * @param anchor whether its own row's label placed it
     * @param joined the label texts before it, joined
     * @param keys those texts, oldest first
     */
    private record Entry(Run run, List<Piece> pieces, ApplicationRow row, boolean anchor, String joined,
            List<String> keys) {

        boolean clean() {
            return pieces != null;
        }

        String raw() {
            return run != null ? rawOf(run) : rawOf(pieces);
        }

        SourcePosition at() {
            return run != null ? run.first() : pieces.get(0).position;
        }
    }

    private final Edition edition;
    private final Labels labels;
    private final Placement placement;
    private final Warnings warnings;
    private final List<ApplicationRow> rows;
    private final List<Entry> entries = new ArrayList<>();
    /** The entry whose numbers a row holds, by ordinal. */
    private final Entry[] owner = new Entry[ApplicationRow.values().length];
    /** Whether some run was placed by the label in its own row: the table prints labels beside their numbers. */
    private boolean hasAnchors;

    PrintedOrder(Edition edition, Labels labels, Placement placement, Warnings warnings) {
        this.edition = edition;
        this.labels = labels;
        this.placement = placement;
        this.warnings = warnings;
        this.rows = ApplicationRow.rows(edition);
    }

    /**
     * Records a run placed in a row: by the label in its own row ({@code anchor}), or otherwise.
     *
     * @param pieces the run's pieces if they are a whole row, one per cell, none glued or filled in, which the
     *     placement leaves as they are (kept, not copied); else null, and the run is copied
     */
    void placed(Run run, ApplicationRow row, boolean anchor, PieceList pieces, String joined, List<String> keys) {
        Entry e = anchor ? new Entry(null, null, row, true, null, List.of())
                : new Entry(pieces == null ? run.copy() : null, pieces, row, false, joined, List.copyOf(keys));
        entries.add(e);
        owner[row.ordinal()] = e;
    }

    /** Records a run that is a whole row ({@code pieces}) but was placed nowhere (no label named a free row). */
    void unplaced(PieceList pieces, String joined, List<String> keys) {
        entries.add(new Entry(null, pieces, null, false, joined, List.copyOf(keys)));
    }

    /**
     * Settles the rows against the printed order; called once, after table 三 and its detached rows.
     *
     * @param assigned which rows are taken, by ordinal; kept true to what is placed
     */
    void settle(boolean[] assigned) {
        boolean anchored = false;
        boolean apart = false;
        for (int i = 0, size = entries.size(); i < size; i++) {
            anchored |= entries.get(i).anchor();
            apart |= !entries.get(i).anchor();
        }
        if (allInOrder(assigned) && !(anchored && apart)) {
            return; // nearly every page: nothing left out, nothing out of order, labels all beside or all apart
        }
        int[] anchors = anchorOrders();
        if (anchors == null) {
            return;
        }
        hasAnchors = anchored;
        List<Entry> moved = new ArrayList<>();
        List<ApplicationRow> to = new ArrayList<>();
        List<Entry> against = new ArrayList<>();
        int gap = 0;
        List<Entry> inGap = new ArrayList<>();
        for (int i = 0; i <= entries.size(); i++) {
            Entry e = i < entries.size() ? entries.get(i) : null;
            if (e != null && !e.anchor()) {
                inGap.add(e);
                continue;
            }
            settleGap(inGap, anchors[gap], anchors[gap + 1], assigned, moved, to, against);
            inGap.clear();
            gap++;
        }
        apply(moved, to, against, assigned);
    }

    /** Whether every run holds a row, in increasing printed order through the page. */
    private boolean allInOrder(boolean[] assigned) {
        int last = -1;
        for (int i = 0, size = entries.size(); i < size; i++) {
            Entry e = entries.get(i);
            int o = e.anchor() ? labels.t3Order[e.row().ordinal()] : placedOrder(e, assigned);
            if (o <= last) {
                return false;
            }
            last = o;
        }
        return true;
    }

    /** The printed order of each anchor, in page order, framed by -1 and the row count; null if not increasing. */
    private int[] anchorOrders() {
        int[] orders = new int[entries.size() + 2];
        int n = 0;
        orders[n++] = -1;
        for (int i = 0, size = entries.size(); i < size; i++) {
            Entry e = entries.get(i);
            if (e.anchor()) {
                int o = labels.t3Order[e.row().ordinal()];
                if (o <= orders[n - 1]) {
                    return null;
                }
                orders[n++] = o;
            }
        }
        orders[n++] = rows.size();
        return orders; // the gaps read only as far as there are anchors
    }

    /** Decides a gap's runs, between the anchors printed in orders {@code from} and {@code until}, exclusive. */
    private void settleGap(List<Entry> gap, int from, int until, boolean[] assigned, List<Entry> moved,
            List<ApplicationRow> to, List<Entry> against) {
        if (gap.isEmpty()) {
            return;
        }
        int last = from;
        boolean inOrder = true;
        for (Entry e : gap) {
            int o = placedOrder(e, assigned);
            inOrder &= o > last && o < until;
            last = Math.max(last, o);
        }
        int spare = until - from - 1 - gap.size();
        if (inOrder && !(hasAnchors && spare > 0)) {
            return;
        }
        if (!inOrder && spare == 0 && gap.stream().allMatch(Entry::clean) && namesFit(gap, from)) {
            for (int k = 0; k < gap.size(); k++) {
                ApplicationRow row = rows.get(from + 1 + k);
                if (placedOrder(gap.get(k), assigned) != from + 1 + k) {
                    moved.add(gap.get(k));
                    to.add(row);
                }
            }
            return;
        }
        // No fill by order: what stands outside the gap, or against the order of the rest, is taken back; and, with no
        // more runs than rows, a run in a row that leaves the runs before or after it too few rows to be printed in.
        // On a page whose other rows have their labels beside their numbers, the labels printed apart from them may
        // stand anywhere before (a column layout moves them, one block's label into the block before): with a row's
        // numbers lost in the gap, no run of it is known to be the row its last label names.
        boolean increasing = true;
        last = from;
        for (Entry e : gap) {
            int o = placedOrder(e, assigned);
            if (o > from && o < until) {
                increasing &= o > last;
                last = o;
            }
        }
        for (int k = 0; k < gap.size(); k++) {
            Entry e = gap.get(k);
            int o = placedOrder(e, assigned);
            boolean roomless = spare >= 0 && (o - from - 1 < k || o - from - 1 > k + spare);
            boolean unsure = spare > 0 && hasAnchors;
            if (o >= 0 && (o <= from || o >= until || !increasing || roomless || unsure)) {
                against.add(e);
            }
        }
    }

    /** The printed order of the row a run holds now, or -1 if it holds none (never placed, or taken back since). */
    private int placedOrder(Entry e, boolean[] assigned) {
        ApplicationRow row = e.row();
        return row != null && assigned[row.ordinal()] && owner[row.ordinal()] == e ? labels.t3Order[row.ordinal()]
                : -1;
    }

    /** Whether the text before each run of a gap names the row the order gives it, or no row. */
    private boolean namesFit(List<Entry> gap, int from) {
        for (int k = 0; k < gap.size(); k++) {
            long named = named(gap.get(k));
            if (named != 0 && (named & (1L << (from + 1 + k))) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows (a bit per printed order) that the texts before a run name: by their end, by a whole label they
     * hold, or as a fragment of a label (a label broken over lines, group pieces before it).
     */
    private long named(Entry e) {
        long named = bit(Labels.suffix(labels.t3, e.joined()));
        for (String key : e.keys()) {
            named |= bit(Labels.suffix(labels.t3, key));
            String fragment = labels.pieceOfALabel(key);
            for (ApplicationRow row : rows) {
                String full = labels.t3Full[row.ordinal()];
                if (fragment.length() >= 4 && full.contains(fragment) || full.length() >= 4 && fragment.contains(full)) {
                    named |= 1L << labels.t3Order[row.ordinal()];
                }
            }
        }
        return named;
    }

    private long bit(Labels.Alias alias) {
        return alias != null && alias.target() instanceof ApplicationRow row ? 1L << labels.t3Order[row.ordinal()] : 0;
    }

    /**
     * Takes back every run that moves or stands against the order, then places the moving runs in their rows;
     * a row left empty by a run taken back is unread (ambiguous).
     */
    private void apply(List<Entry> moved, List<ApplicationRow> to, List<Entry> against, boolean[] assigned) {
        List<ApplicationRow> freed = new ArrayList<>();
        for (Entry e : moved) {
            takeBack(e, assigned, freed);
        }
        for (Entry e : against) {
            ApplicationRow row = e.row();
            takeBack(e, assigned, freed);
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.ROW_AGAINST_PRINTED_ORDER,
                    List.of(e.raw(), row.qualifiedLabel()), Optional.of(e.at()), Optional.of(cell(row))));
        }
        for (int k = 0; k < moved.size(); k++) {
            Entry e = moved.get(k);
            ApplicationRow row = to.get(k);
            List<CellRef> cells = Cells.of(row, edition);
            placement.unplace(cells);
            placement.placeRow(cells, e.pieces(), Provenance.Note.of(Provenance.Note.Kind.LABEL_DETACHED));
            assigned[row.ordinal()] = true;
            owner[row.ordinal()] = e;
            freed.remove(row);
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.ROWS_BY_PRINTED_ORDER,
                    List.of(e.raw(), row.qualifiedLabel()), Optional.of(e.at()), Optional.of(cell(row))));
        }
        for (Entry e : against) {
            if (freed.contains(e.row())) {
                placement.ambiguity(Cells.of(e.row(), edition), e.raw(), e.at(),
                        Ambiguity.Code.NUMBERS_WITHOUT_LABEL, List.of(), List.of(), 0, false, UnreadReason.AMBIGUOUS,
                        null);
            }
        }
    }

    /** Takes a run's numbers out of the row it holds, if it holds one. */
    private void takeBack(Entry e, boolean[] assigned, List<ApplicationRow> freed) {
        ApplicationRow row = e.row();
        if (row != null && assigned[row.ordinal()] && owner[row.ordinal()] == e) {
            placement.unplace(Cells.of(row, edition));
            assigned[row.ordinal()] = false;
            owner[row.ordinal()] = null;
            freed.add(row);
        }
    }

    private static CellRef cell(ApplicationRow row) {
        return CellRef.of(row, ApplicantColumn.NATURAL_PERSON);
    }
}
