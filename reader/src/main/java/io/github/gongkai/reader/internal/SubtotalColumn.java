package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.List;
import java.util.Optional;

/**
 * Tells which of eight values in a row of table 三 is a 法人或其他组织 subtotal column, a column the model does
 * not have: from the header's words (小计, 合计) or, failing them, from its sum. One per reading.
 */
final class SubtotalColumn {

    /** Table 三's text read so far, for the header's words that name a subtotal column. */
    private final StringBuilder t3Text;
    private final Warnings warnings;
    private boolean warned;

    SubtotalColumn(StringBuilder t3Text, Warnings warnings) {
        this.t3Text = t3Text;
        this.warnings = warnings;
    }

    /**
     * Finds the 法人或其他组织 subtotal among a row's eight values, from the header or by its sum, and warns
     * the first time.
     *
     * @param pieces the row's eight pieces
     * @return the subtotal's position, or -1 if there is none
     */
    int find(List<Piece> pieces) {
        int fromHeader = -1;
        int sub = Math.max(t3Text.indexOf("小计"), t3Text.indexOf("合计"));
        if (sub >= 0) {
            int legal = t3Text.indexOf("法律服务机构");
            int commercial = t3Text.indexOf("商业企业");
            fromHeader = commercial >= 0 && sub < commercial ? 1 : 6;
            if (legal >= 0 && sub > legal) {
                fromHeader = 6;
            }
        }
        int byIdentity = -1;
        long[] v = new long[8];
        boolean numeric = true;
        for (int i = 0; i < 8; i++) {
            CellValue value = Values.parse(pieces.get(i).text, ValueKind.COUNT).value();
            if (value instanceof CellValue.Count c) {
                v[i] = c.value();
            } else {
                numeric = false;
            }
        }
        if (numeric) {
            if (v[6] == v[1] + v[2] + v[3] + v[4] + v[5]) {
                byIdentity = 6;
            } else if (v[1] == v[2] + v[3] + v[4] + v[5] + v[6]) {
                byIdentity = 1;
            }
        }
        int drop = fromHeader >= 0 ? fromHeader : byIdentity;
        if (drop >= 0 && !warned) {
            warned = true;
            warnings.add(new ReadingWarning(ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED,
                    "table 三 has a 法人或其他组织 subtotal column (position " + (drop + 1) + " of 8"
                            + (fromHeader >= 0 ? ", named in the header" : ", found by its sum")
                            + "); it is not part of the model and was skipped",
                    Optional.of(pieces.get(drop).position), Optional.empty()));
        }
        return drop;
    }
}
