package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers of a group of table 三 printed as one row (（六）其他处理 {@code 2 2 0 0 0 0 4}, or glued
 * {@code 2200004}), one per column: as printed when there is one piece per column, else the one split of the
 * glued digits that satisfies a row's identity of table 三 (总计 = the six applicant columns). Static, stateless.
 */
final class MergedRow {

    private MergedRow() {
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
    static long[] read(List<Piece> pieces, List<CellRef> template, Edition edition, Interpreter.Settings settings) {
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
