package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.internal.Headings.Sec;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import static io.github.gongkai.reader.internal.Pieces.emptyShort;
import static io.github.gongkai.reader.internal.Pieces.pieceCount;
import static io.github.gongkai.reader.internal.Pieces.pieces;
import static io.github.gongkai.reader.internal.Pieces.plausibleRow;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 四's runs of numbers: its rows by their labels, or, as the national template prints it, all fifteen cells
 * as one row without labels, kept until the row is full or the section ends. One per reading, made when the
 * edition is known.
 */
final class ReviewRows {

    private static final int COLUMNS = ReviewLitigationColumn.values().length;
    /** The cells of table 四's one printed row: its three groups' columns. */
    private static final int CELLS = COLUMNS * ReviewLitigationRow.values().length;

    private final Edition edition;
    private final Labels labels;
    private final Placement placement;
    private final Warnings warnings;
    private final Run pending = new Run();
    private int pendingPieces;
    private boolean done;
    /**
     * Table 四's row printed with all fifteen cells empty, kept until the section ends: it is the row of blanks only
     * if no number of table 四 came (an empty row before the numbers is spacing).
     */
    private Run blank;
    private final boolean[] rowsRead = new boolean[ReviewLitigationRow.values().length];

    ReviewRows(Edition edition, Labels labels, Placement placement, Warnings warnings) {
        this.edition = edition;
        this.labels = labels;
        this.placement = placement;
        this.warnings = warnings;
    }

    /**
     * Tells whether table 四 was read: numbers after it are not.
     *
     * @return true once it was
     */
    boolean done() {
        return done;
    }

    /**
     * Interprets a run of numbers in table 四: a labelled row is placed (with the rows its glued digits cover
     * too); numbers without a label are kept until they fill the table's one printed row, or the section ends.
     *
     * @param run the run
     * @param label the label text before it
     */
    void run(Run run, String label) {
        if (done || emptyShort(run, COLUMNS)) {
            return; // numbers after table 四 were counted as ignored as they came (add)
        }
        Labels.Alias alias = pending.isEmpty() ? Labels.suffix(labels.t4, label) : null;
        if (alias != null) {
            ReviewLitigationRow row = (ReviewLitigationRow) alias.target();
            PieceList pieces = pieces(run);
            if (!plausibleRow(pieces, COLUMNS)) {
                warnings.unplaced(run, "四");
                return;
            }
            if (rowsRead[row.ordinal()]) {
                warnings.duplicate(run, row.qualifiedLabel(), CellRef.of(row, ReviewLitigationColumn.UPHELD));
                return;
            }
            placeRow(row, run, pieces);
            return;
        }
        if (!run.hasNumbers()) {
            if (run.size() == CELLS && blank == null) {
                blank = run.copy();
            }
            return;
        }
        boolean glued = run.extraGluable;
        for (Token t : run.tokens) {
            pendingPieces += pieceCount(t);
            glued |= t.gluable;
        }
        pendingPieces += run.extraPieces;
        pending.addAll(run);
        if (pendingPieces >= 15 || glued) {
            flush();
        }
    }

    /**
     * Places a labelled row of table 四, or with the next rows not yet read when its glued digits cover them
     * too and only them ({@link RowSpan}).
     */
    private void placeRow(ReviewLitigationRow row, Run run, PieceList pieces) {
        List<List<CellRef>> spans = new ArrayList<>();
        List<CellRef> cells = new ArrayList<>();
        ReviewLitigationRow[] all = ReviewLitigationRow.values();
        for (int r = row.ordinal(); r < all.length && (r == row.ordinal() || !rowsRead[r]); r++) {
            cells.addAll(cells(all[r]));
            spans.add(List.copyOf(cells));
        }
        int span = RowSpan.of(spans, pieces, edition, placement.settings().maxSplitSteps());
        if (span == RowSpan.AMBIGUOUS) {
            rowsRead[row.ordinal()] = true;
            placement.ambiguity(cells(row), rawOf(run), run.first(), Ambiguity.Code.ROW_SPAN_UNCLEAR, List.of(),
                    List.of(), 0, false, UnreadReason.AMBIGUOUS, null);
            return;
        }
        for (int r = row.ordinal(); r < row.ordinal() + span; r++) {
            rowsRead[r] = true;
        }
        placement.place(spans.get(span - 1), run, pieces, span > 1, Sec.T4, null);
    }

    /** Places what is pending in the cells of the rows not read, once (the section ended, or the row is full). */
    void flush() {
        if (pending.isEmpty() && !done && blank != null && noRowPlaced()) {
            pending.addAll(blank); // the section ended without a number: its fifteen empty cells are its row
        }
        if (pending.isEmpty() || done) {
            return;
        }
        done = true;
        List<CellRef> refs = new ArrayList<>(15);
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            if (rowsRead[row.ordinal()]) {
                continue;
            }
            refs.addAll(cells(row));
        }
        Run row = pending.copy();
        pending.clear();
        if (!refs.isEmpty()) {
            placement.place(refs, row, true, Sec.T4, null);
        }
    }

    private boolean noRowPlaced() {
        for (boolean placed : rowsRead) {
            if (placed) {
                return false;
            }
        }
        return true;
    }

    private List<CellRef> cells(TableRow row) {
        return Cells.of(row, edition);
    }
}
