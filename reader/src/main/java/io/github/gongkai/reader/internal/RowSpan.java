package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells how many rows a glued run printed after one row's label covers, when a converter ran the following
 * rows' digits on without their labels (table 四's three groups as {@code 行政复议 000000000000000}): the span
 * — this row alone, or with the next rows not yet read — whose cells the digits can be cut into in exactly
 * one way that satisfies the identities among them. Static, stateless.
 */
final class RowSpan {

    /** The run is placed in the labelled row alone, as always. */
    static final int ONE_ROW = 1;
    /** Several spans fit: none can be chosen. */
    static final int AMBIGUOUS = 0;

    private RowSpan() {
    }

    /**
     * Finds the span.
     *
     * @param spans for one, two, … rows from the labelled one, their cells in order
     * @param pieces the run's pieces
     * @param edition the edition, for the identities
     * @param maxSteps the search budget for each span
     * @return the number of rows, from 1: the only span over which some reading fits, or 1 if none fits;
     *     {@link #AMBIGUOUS} if readings fit over several spans
     */
    static int of(List<List<CellRef>> spans, List<Piece> pieces, Edition edition, int maxSteps) {
        if (spans.size() < 2 || !Pieces.wholeRowInOneCell(pieces, 2) && !glued(pieces)) {
            return ONE_ROW;
        }
        int chosen = ONE_ROW;
        int spansThatFit = 0;
        for (int m = 0; m < spans.size(); m++) {
            int f = fitting(spans.get(m), pieces, edition, maxSteps);
            if (f < 0) {
                return m == 0 ? ONE_ROW : AMBIGUOUS;
            }
            if (f > 0) {
                chosen = m + 1;
                spansThatFit++;
            }
        }
        // None: the row alone reports why it cannot be read. One: the run covers it (one reading, or several for
        // the table to decide). Several: which rows the digits belong to cannot be told.
        return spansThatFit == 0 ? ONE_ROW : spansThatFit == 1 ? chosen : AMBIGUOUS;
    }

    /** How many readings of the pieces over the cells satisfy their identities, at most 2; -1 past the budget. */
    private static int fitting(List<CellRef> cells, List<Piece> pieces, Edition edition, int maxSteps) {
        if (pieces.size() > cells.size()) {
            return 0;
        }
        List<Splitter.Piece> sp = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            sp.add(new Splitter.Piece(p.text, true));
        }
        List<ValueKind> kinds = cells.stream().map(c -> c.column().valueKind()).toList();
        Splitter.Result result = Splitter.split(sp, kinds, Splitter.Identities.among(edition, cells), 2, maxSteps);
        return result.exhausted() ? -1 : Math.min(result.fittingCount(), 2);
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
