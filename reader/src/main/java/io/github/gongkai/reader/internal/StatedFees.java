package io.github.gongkai.reader.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.ProseFees.Stated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 六's fee figures as its sentences state them ({@link ProseFees}), placed once the page is read: where the
 * table printed nothing, compared where it did.
 */
final class StatedFees {

    private StatedFees() {
    }

    /**
     * Places the figures the sentences state for a fee cell: checked against a printed value (a warning for each
     * that differs: the table wins), placed with a note and a warning if the cell was not printed and the
     * sentences state one value, or an ambiguity listing the values they state.
     *
     * @param placement the cells read so far
     * @param warnings where the warnings go
     * @param ref the cell
     * @param all the figures stated for it, in page order
     */
    static void place(Placement placement, Warnings warnings, CellRef ref, List<Stated> all) {
        int slot = Cells.slot(ref);
        CellValue printed = placement.value(slot);
        if (printed != null) {
            for (Stated s : distinct(ref, all)) {
                CellValue v = Values.parse(s.text(), ref.column().valueKind()).value();
                if (!agrees(printed, v)) {
                    warnings.add(ReadingWarning.of(ReadingWarning.Detail.FEE_SENTENCE_DIFFERS,
                            List.of(s.raw(), ref.column().label(Edition.V2021), s.sentence(), printed.toString()),
                            Optional.of(s.at()), Optional.of(ref)));
                }
            }
            return;
        }
        if (placement.isAmbiguous(slot)) {
            return;
        }
        List<Stated> distinct = distinct(ref, all);
        if (distinct.size() == 1) {
            Stated s = distinct.get(0);
            placement.setParsed(ref, new Piece(s.text(), s.raw(), s.at(), false),
                    List.of(Provenance.Note.of(Provenance.Note.Kind.FROM_SENTENCE, s.sentence())));
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.FEE_FROM_SENTENCE,
                    List.of(ref.column().label(Edition.V2021), s.raw(), s.sentence()), Optional.of(s.at()),
                    Optional.of(ref)));
            return;
        }
        List<List<CellValue>> candidates = new ArrayList<>(distinct.size());
        StringBuilder raw = new StringBuilder();
        for (Stated s : distinct) {
            candidates.add(List.of(Values.parse(s.text(), ref.column().valueKind()).value()));
            raw.append(raw.length() == 0 ? "" : " | ").append(s.raw());
        }
        placement.ambiguity(List.of(ref), raw.toString(), distinct.get(0).at(), Ambiguity.Code.PROSE_FIGURES_DIFFER,
                List.of(), candidates, distinct.size(), false, UnreadReason.AMBIGUOUS, null);
    }

    /** The figures stated, one of each value (compared as numbers, in 元 for amounts), in page order. */
    private static List<Stated> distinct(CellRef ref, List<Stated> all) {
        List<Stated> out = new ArrayList<>(all.size());
        List<CellValue> seen = new ArrayList<>(all.size());
        for (Stated s : all) {
            CellValue v = Values.parse(s.text(), ref.column().valueKind()).value();
            boolean known = false;
            for (CellValue w : seen) {
                known |= agrees(w, v);
            }
            if (!known) {
                seen.add(v);
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether a printed value and a stated one agree: the same count, or the same sum of money in 元 (an amount
     * without a unit is in the column's, 元). A placeholder or an empty cell agrees with zero.
     */
    static boolean agrees(CellValue printed, CellValue stated) {
        if (printed instanceof CellValue.Count a && stated instanceof CellValue.Count b) {
            return a.value() == b.value();
        }
        if (printed instanceof CellValue.Amount a && stated instanceof CellValue.Amount b) {
            return yuan(a).compareTo(yuan(b)) == 0;
        }
        return isZero(stated) && !(printed instanceof CellValue.Count || printed instanceof CellValue.Amount);
    }

    private static BigDecimal yuan(CellValue.Amount a) {
        return a.unit() == AmountUnit.TEN_THOUSAND_YUAN ? a.value().scaleByPowerOfTen(4) : a.value();
    }

    private static boolean isZero(CellValue v) {
        return v instanceof CellValue.Count c ? c.value() == 0
                : v instanceof CellValue.Amount a && a.value().signum() == 0;
    }
}
