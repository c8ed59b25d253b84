package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import static io.github.gongkai.reader.internal.Pieces.pieces;
import java.util.List;

/**
 * Section 六's fee figures printed as numbers after the words that name them (发出收费通知的件数 12, or the
 * three in one sentence), placed in the edition's fee cells; the figures stated in sentences only are
 * {@link ProseFees}'. One per reading, made when the edition is known.
 */
final class FeeRuns {

    private final Placement placement;
    /** Whether the edition has section 六's fee figures as cells. */
    private final boolean hasFees;

    FeeRuns(Edition edition, Placement placement) {
        this.placement = placement;
        this.hasFees = !ReportFormat.of(edition).cells(ReportTable.S6).isEmpty();
    }

    /** The slots of section 六's fee figures. */
    private static final int[] FEE_SLOTS = feeSlots();

    private static int[] feeSlots() {
        FeeColumn[] columns = FeeColumn.values();
        int[] slots = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            slots[i] = Cells.slot(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns[i]));
        }
        return slots;
    }

    /** Whether section 六 can place no more fee figures. */
    boolean done() {
        if (!hasFees) {
            return true;
        }
        for (int slot : FEE_SLOTS) {
            if (!placement.taken(slot)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places the fee figure (or the three) a run after a sentence's label states; a run with no such label is
     * not one.
     *
     * @param run the run
     * @param label the label texts before it, joined
     * @param labelKeys those texts, oldest first
     */
    void run(Run run, String label, List<String> labelKeys) {
        if (!hasFees) {
            return;
        }
        PieceList pieces = pieces(run);
        if (pieces.isEmpty()) {
            return;
        }
        int count = pieces.size() + pieces.unlisted;
        String l = label;
        while (!l.isEmpty() && "为是:,".indexOf(l.charAt(l.length() - 1)) >= 0) {
            l = l.substring(0, l.length() - 1);
        }
        FeeColumn column;
        if (count == 3 && l.contains("发出收费通知") && l.contains("实际收取")) {
            placeFees(pieces, List.of(FeeColumn.values()));
            return;
        }
        if (l.endsWith("发出收费通知的件数") || l.endsWith("发出收费通知件数") || l.endsWith("收费通知的件数")) {
            column = FeeColumn.NOTICES_ISSUED;
        } else if (l.endsWith("实际收取的总金额") || l.endsWith("实际收取总金额") || l.endsWith("实际收取的金额")
                || l.endsWith("实际收取金额")) {
            column = FeeColumn.AMOUNT_COLLECTED;
        } else if (l.endsWith("总金额") && labelKeys.size() > 0) {
            column = FeeColumn.AMOUNT_NOTICED;
        } else {
            return;
        }
        placeFees(pieces.subList(0, 1), List.of(column));
    }

    private void placeFees(List<Piece> pieces, List<FeeColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            CellRef ref = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns.get(i));
            if (placement.taken(Cells.slot(ref))) {
                continue;
            }
            placement.setParsed(ref, pieces.get(i), List.of());
        }
    }
}
