package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row printed as fewer pieces than its cells, glued ({@code 8855698} for a row of three): cut by the row's
 * identities ({@link Splitter}) and placed when one cut fits, else an ambiguity that lists the cuts, kept open
 * for the table's identities to decide ({@link TableSplit}) when a few fit.
 */
final class GluedRow {

    private GluedRow() {
    }

    /**
     * Places a row whose pieces are fewer than its cells and glued: the one cut that satisfies the row's
     * identities, or an ambiguity listing the cuts.
     */
    static void place(Placement placement, Edition edition, List<CellRef> refs, List<Piece> pieces,
            List<ValueKind> kinds, String raw, SourcePosition at, boolean severalRows, Provenance.Note note) {
        ReadSettings settings = placement.settings();
        List<Splitter.Piece> sp = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            sp.add(new Splitter.Piece(p.text, p.gluable));
        }
        Splitter.Identities identities = Splitter.Identities.among(edition, refs);
        Splitter.Result result = Splitter.split(sp, kinds, identities, settings.maxCandidates(),
                settings.maxSplitSteps());
        if (result.fittingCount() == 1 && !result.exhausted()) {
            placeSplit(placement, refs, result.fitting().get(0), raw, at, identities.isEmpty(), severalRows, note);
            return;
        }
        Ambiguity a = splitAmbiguity(placement, refs, pieces, kinds, raw, at, result, identities.isEmpty());
        if (result.fittingCount() > 1 && !result.exhausted() && !identities.isEmpty()
                && result.fittingCount() <= TableSplit.MAX_READINGS) {
            List<List<String>> all = result.fitting().size() == result.fittingCount() ? result.fitting()
                    : Splitter.split(sp, kinds, identities, TableSplit.MAX_READINGS, settings.maxSplitSteps())
                            .fitting();
            TableSplit.Open row = TableSplit.Open.of(refs, kinds, all, a, note);
            if (row != null) {
                placement.keepOpen(row);
            }
        }
    }

    /**
     * Places the one reading of a glued run, noting on each cell how it was cut: by the row's or the group's
     * totals, or only by the run's length when no identity holds among its cells.
     */
    private static void placeSplit(Placement placement, List<CellRef> refs, List<String> parts, String raw,
            SourcePosition at, boolean noIdentity, boolean severalRows, Provenance.Note note) {
        int n = refs.size();
        Provenance.Note how = noIdentity
                ? Provenance.Note.of(Provenance.Note.Kind.SPLIT_ONLY_CUT, raw, Integer.toString(n))
                : Provenance.Note.of(severalRows ? Provenance.Note.Kind.SPLIT_GROUP_TOTALS
                        : Provenance.Note.Kind.SPLIT_ROW_TOTAL, raw);
        List<Provenance.Note> splitNote = note == null ? List.of(how) : List.of(how, note);
        for (int i = 0; i < n; i++) {
            placement.setParsed(refs.get(i), new Piece(parts.get(i), parts.get(i), at, true), splitNote);
        }
        String split = String.join("/", parts);
        List<String> arguments = noIdentity ? List.of(raw, split, Integer.toString(n)) : List.of(raw, split);
        placement.warnings().add(ReadingWarning.of(noIdentity ? ReadingWarning.Detail.SPLIT_ONLY_CUT
                : severalRows ? ReadingWarning.Detail.SPLIT_GROUP_TOTALS : ReadingWarning.Detail.SPLIT_ROW_TOTAL,
                arguments, Optional.of(at), Optional.of(refs.get(0))));
    }

    /**
     * The ambiguity of a glued run without one reading: several fit, the search ran out, none fits the identities,
     * or the digits cannot be cut into the row's cells at all; with the readings shown as candidates.
     */
    private static Ambiguity splitAmbiguity(Placement placement, List<CellRef> refs, List<Piece> pieces,
            List<ValueKind> kinds, String raw, SourcePosition at, Splitter.Result result, boolean noIdentity) {
        int n = refs.size();
        List<List<String>> shown = result.fittingCount() > 0 ? result.fitting() : result.others();
        Ambiguity.Code reason;
        UnreadReason why = UnreadReason.AMBIGUOUS;
        if (result.fittingCount() > 1) {
            reason = noIdentity ? Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY : Ambiguity.Code.GLUED_SPLITS_CONSISTENT;
        } else if (result.exhausted()) {
            reason = Ambiguity.Code.GLUED_SEARCH_LIMIT;
        } else if (result.otherCount() > 0) {
            reason = Ambiguity.Code.GLUED_NO_SPLIT_FITS;
            why = UnreadReason.INCONSISTENT;
        } else {
            reason = Ambiguity.Code.GLUED_CANNOT_BE_CUT;
            why = UnreadReason.DAMAGED;
        }
        List<List<CellValue>> candidates = new ArrayList<>(shown.size());
        for (List<String> parts : shown) {
            List<CellValue> c = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                c.add(Values.parse(parts.get(i), kinds.get(i)).value());
            }
            candidates.add(c);
        }
        int count = result.fittingCount() > 0 ? result.fittingCount() : result.otherCount();
        return placement.ambiguity(refs, raw, at, reason, List.of(), candidates, count, result.exhausted(), why,
                why == UnreadReason.DAMAGED ? null : Pieces.runText(pieces, n));
    }
}
