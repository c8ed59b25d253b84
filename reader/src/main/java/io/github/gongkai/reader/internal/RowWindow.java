package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import java.util.List;

/**
 * Which consecutive pieces of a run with too many are a row's cells, where empty pieces stand at both ends. A grid
 * of a Word table (pandoc's, LibreOffice's) puts a narrower row's cells under its header's words and leaves the
 * columns after them empty ({@code | 政府集中采购 | | 0.00元 | |}, under 采购项目数量 and 采购总金额); but a converter
 * that unmerged a label also leaves empty cells before the numbers ({@code | | （二）部分公开 | | …}). Which ones
 * are too many is told only where a single way of taking the cells reads. Stateless.
 */
final class RowWindow {

    private RowWindow() {
    }

    /**
     * Whether, of the ways to take a row's {@code n} cells from the pieces (the first {@code n}, or after
     * dropping empty ones at the start), only the first {@code n} fit: the pieces left out are empty and each
     * piece taken reads as its cell's kind. Taken from the start, {@code | | 0.00元 | |} puts the amount in the
     * amount's column; shifted, it would put it in the count's, which cannot hold {@code 0.00元}. Where another
     * way fits too (a count in both columns), which one the page meant cannot be told.
     *
     * @param refs the row's cells, in order
     * @param pieces the run's pieces, more than {@code refs}, all listed
     * @return true if taking the first {@code n} is the only way that fits
     */
    static boolean onlyLeadingFits(List<CellRef> refs, PieceList pieces) {
        int surplus = pieces.size() - refs.size();
        boolean fits = false;
        for (int from = 0; from <= surplus; from++) {
            if (fits(refs, pieces, from)) {
                if (from > 0) {
                    return false;
                }
                fits = true;
            }
        }
        return fits;
    }

    /** Whether the pieces outside {@code from .. from + n} are empty and each inside reads as its cell's kind. */
    private static boolean fits(List<CellRef> refs, PieceList pieces, int from) {
        int n = refs.size();
        for (int i = 0; i < pieces.size(); i++) {
            String text = pieces.get(i).text;
            boolean inside = i >= from && i < from + n;
            if (inside ? !Values.parse(text, Cells.kind(Cells.slot(refs.get(i - from)))).ok() : !text.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
