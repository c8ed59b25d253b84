package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a row that printed fewer values than it has cells, nothing glued: every way to place the
 * values in order with the lost cells blank, when at most three were lost. The reader lists them in an
 * ambiguity and places none.
 *
 * @param candidates the first readings, at most the reader's limit
 * @param count how many readings there are
 */
record LostCells(List<List<CellValue>> candidates, int count) {

    /**
     * Enumerates the readings.
     *
     * @param pieces the values printed
     * @param kinds the kind of each cell of the row
     * @param limit the most readings listed
     * @return the readings
     */
    static LostCells of(List<Piece> pieces, List<ValueKind> kinds, int limit) {
        int n = kinds.size();
        int k = pieces.size();
        List<List<CellValue>> candidates = new ArrayList<>();
        int[] count = new int[1];
        if (k > 0 && n - k <= 3) {
            choose(0, 0, new int[k], pieces, kinds, limit, candidates, count);
        }
        return new LostCells(candidates, Math.max(count[0], candidates.size()));
    }

    private static void choose(int piece, int from, int[] slots, List<Piece> pieces, List<ValueKind> kinds, int limit,
            List<List<CellValue>> out, int[] count) {
        int n = kinds.size();
        if (piece == slots.length) {
            List<CellValue> c = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                c.add(CellValue.blank());
            }
            for (int p = 0; p < slots.length; p++) {
                Values.Parsed parsed = Values.parse(pieces.get(p).text, kinds.get(slots[p]));
                if (!parsed.ok()) {
                    return;
                }
                c.set(slots[p], parsed.value());
            }
            count[0]++;
            if (out.size() < limit) {
                out.add(c);
            }
            return;
        }
        for (int s = from; s <= n - (slots.length - piece); s++) {
            slots[piece] = s;
            choose(piece + 1, s + 1, slots, pieces, kinds, limit, out, count);
        }
    }
}
