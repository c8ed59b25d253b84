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
    private final LabelColumns columns;
    private boolean warned;
    /** The subtotal's place, once a row has shown it (only one place adds up), or -1. */
    private int established = -1;
    /** Whether a row has shown the header's place wrong. */
    private boolean refuted;

    /** The header and the row's sums disagree on where the subtotal is. */
    static final int CONFLICT = -2;

    /**
     * Creates the finder of a reading.
     *
     * @param t3Text table 三's text read so far
     * @param warnings where its warning goes
     * @param columns table 三's columns as its header lays them out, where it shows them
     */
    SubtotalColumn(StringBuilder t3Text, Warnings warnings, LabelColumns columns) {
        this.t3Text = t3Text;
        this.warnings = warnings;
        this.columns = columns;
    }

    /**
     * Tells whether table 三's header, as read so far, names a subtotal column (小计, 合计).
     *
     * @param t3Text table 三's text read so far
     * @return true if it does
     */
    static boolean named(StringBuilder t3Text) {
        return headerWord(t3Text) >= 0;
    }

    /**
     * Tells whether the rows of table 三 have a subtotal column: its header names one, lays out eight value
     * columns ({@link LabelColumns#valueColumns}), or a row's sums showed where it is. Then a row's eighth value is
     * no empty cell after the row, even when it is empty (a blank 总计).
     *
     * @return true if so
     */
    boolean expected() {
        return established >= 0 || named(t3Text) || columns.valueColumns() == 8;
    }

    /** Where the last of the words naming a subtotal column stands in table 三's text, or -1. */
    private static int headerWord(StringBuilder t3Text) {
        return Math.max(t3Text.indexOf("小计"), t3Text.indexOf("合计"));
    }

    /**
     * Finds the 法人或其他组织 subtotal among a row's eight values, from the header or by its sum, and warns
     * the first time.
     *
     * @param pieces the row's eight pieces
     * @return the subtotal's position, -1 if there is none, or {@link #CONFLICT} if it cannot be told (rows
     *     disagree, or a header the sums refuted and no row that shows the place)
     */
    int find(List<Piece> pieces) {
        int fromHeader = -1;
        int sub = headerWord(t3Text);
        if (sub >= 0) {
            int legal = t3Text.indexOf("法律服务机构");
            int commercial = t3Text.indexOf("商业企业");
            fromHeader = commercial >= 0 && sub < commercial ? 1 : 6;
            if (legal >= 0 && sub > legal) {
                fromHeader = 6;
            }
        }
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
        int drop = numeric ? bySums(v, fromHeader) : established >= 0 ? established : refuted ? CONFLICT : fromHeader;
        if (drop == CONFLICT) {
            return CONFLICT;
        }
        if (drop >= 0 && !warned) {
            warned = true;
            String place = Integer.toString(drop + 1);
            warnings.add(ReadingWarning.of(refuted ? ReadingWarning.Detail.SUBTOTAL_COLUMN_HEADER_REFUTED
                    : fromHeader == drop ? ReadingWarning.Detail.SUBTOTAL_COLUMN_NAMED
                    : ReadingWarning.Detail.SUBTOTAL_COLUMN_BY_SUM,
                    refuted ? List.of(place, Integer.toString(fromHeader + 1)) : List.of(place),
                    Optional.of(pieces.get(drop).position), Optional.empty()));
        }
        return drop;
    }

    /**
     * Where the subtotal is in a row of numbers. Where only one of the two places is the sum of the columns
     * beside it, that place: it establishes the table's layout, and refutes a header that names the other.
     * Where both are and leaving out either gives the same row, either. Otherwise (both add up with different
     * results, or neither does, the row being inconsistent as printed) the layout known so far: the place
     * rows have established, else the header's unless a row refuted it; none known, {@link #CONFLICT} when a
     * header was refuted, else -1 (no subtotal).
     */
    private int bySums(long[] v, int fromHeader) {
        boolean at1 = isSubtotal(v, 1);
        boolean at6 = isSubtotal(v, 6);
        if (at1 != at6) {
            int only = at1 ? 1 : 6;
            if (established >= 0 && established != only) {
                return CONFLICT; // rows of one table disagree
            }
            refuted |= fromHeader >= 0 && fromHeader != only;
            established = only;
            return only;
        }
        if (at1 && sameEitherWay(v)) {
            return established >= 0 ? established : fromHeader >= 0 ? fromHeader : 6;
        }
        int known = established >= 0 ? established : refuted ? -1 : fromHeader;
        return known >= 0 ? known : fromHeader >= 0 || at1 ? CONFLICT : -1;
    }

    /** Whether leaving out place 1 or place 6 gives the same seven values: v1 to v6 all equal. */
    private static boolean sameEitherWay(long[] v) {
        for (int i = 2; i <= 6; i++) {
            if (v[i] != v[1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value at {@code at} (1 or 6) is the sum of the five organisation columns beside it. */
    private static boolean isSubtotal(long[] v, int at) {
        return at == 6 ? v[6] == v[1] + v[2] + v[3] + v[4] + v[5] : v[1] == v[2] + v[3] + v[4] + v[5] + v[6];
    }
}
