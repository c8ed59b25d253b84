package io.github.gongkai.reader.internal;

import static io.github.gongkai.reader.internal.Pieces.pieces;
import static io.github.gongkai.reader.internal.Pieces.rawOf;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import io.github.gongkai.reader.internal.Pieces.Piece;
import io.github.gongkai.reader.internal.Pieces.PieceList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * Places a row's pieces in its cells, or says why it cannot: one piece per cell, a dropped subtotal column,
 * trailing empty cells, a lost cell, or glued numbers cut by the row's identities ({@link GluedRow}). Keeps
 * every cell read, blank or ambiguous by slot, with its provenance. One per reading.
 */
final class Placement {

    private final Edition edition;
    private final ReadSettings settings;
    private final Warnings warnings;
    private final SubtotalColumn subtotalColumn;
    private final CellValue[] values = new CellValue[Cells.SLOTS];
    private final List<Provenance> readList = new ArrayList<>(Cells.SLOTS);
    private final List<Provenance> blankList = new ArrayList<>();
    private boolean readInOrder = true;
    private boolean blankInOrder = true;
    private int lastReadSlot = -1;
    private int lastBlankSlot = -1;
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private final Ambiguity[] ambiguous = new Ambiguity[Cells.SLOTS];
    /** Glued rows their own identities leave open, for the table's identities to decide at the end. */
    private final List<TableSplit.Open> open = new ArrayList<>();
    private final EnumMap<Sec, Boolean> warnedTrailing = new EnumMap<>(Sec.class);

    /**
     * Creates the placement of a reading.
     *
     * @param t3Text table 三's text read so far, for its header's words
     * @param columns table 三's columns as its header lays them out, where it shows them
     */
    Placement(Edition edition, ReadSettings settings, Warnings warnings, StringBuilder t3Text, LabelColumns columns) {
        this.edition = edition;
        this.settings = settings;
        this.warnings = warnings;
        this.subtotalColumn = new SubtotalColumn(t3Text, warnings, columns);
    }

    /**
     * Tells whether a slot holds a value (read, blank or unread) or an ambiguity.
     *
     * @param slot the slot
     * @return true if it is taken
     */
    boolean taken(int slot) {
        return values[slot] != null || ambiguous[slot] != null;
    }

    /**
     * Returns the value of a slot: the number, blank or placeholder read, or the cell unread (in an
     * ambiguity, damaged).
     *
     * @param slot the slot
     * @return the value, or null if nothing was placed there
     */
    CellValue value(int slot) {
        return values[slot];
    }

    /**
     * Tells whether a slot's cell is in an ambiguity.
     *
     * @param slot the slot
     * @return true if it is
     */
    boolean isAmbiguous(int slot) {
        return ambiguous[slot] != null;
    }

    /**
     * Returns the provenance of the cells read, in cell order.
     *
     * @return the list
     */
    List<Provenance> read() {
        return sorted(readList, readInOrder);
    }

    /**
     * Returns the provenance of the cells printed empty, in cell order.
     *
     * @return the list
     */
    List<Provenance> blank() {
        return sorted(blankList, blankInOrder);
    }

    /**
     * Returns the ambiguities, in the order met.
     *
     * @return the list
     */
    List<Ambiguity> ambiguities() {
        return ambiguities;
    }

    private static List<Provenance> sorted(List<Provenance> list, boolean inOrder) {
        if (!inOrder) {
            list.sort((a, b) -> a.cell().compareTo(b.cell()));
        }
        return list;
    }

    void place(List<CellRef> refs, Run run, boolean severalRows, Sec sec, Provenance.Note note) {
        place(refs, run, pieces(run), severalRows, sec, note);
    }

    /**
     * Places a run whose {@link #pieces} were already taken; {@code pieces} is modified. Pieces of a run past
     * {@link Run#LIMIT} tokens are counted, never placed: such a run is far too long for any row.
     */
    void place(List<CellRef> refs, Run run, PieceList pieces, boolean severalRows, Sec sec,
            Provenance.Note note) {
        int n = refs.size();
        int unlisted = pieces.unlisted;
        // With a subtotal column, a row of table 三 has eight values: an empty last one is its blank 总计.
        boolean subtotalRow = sec == Sec.T3 && n == 7 && pieces.size() + unlisted == 8 && subtotalColumn.expected();
        if (pieces.size() + unlisted > n && !subtotalRow) {
            unlisted = dropTrailingEmpty(refs, run, pieces, sec);
        }
        if (unlisted > 0) {
            ambiguity(refs, rawOf(pieces, unlisted), pieces.isEmpty() ? run.first() : pieces.get(0).position,
                    Ambiguity.Code.TOO_MANY_VALUES, List.of(Integer.toString(pieces.size() + unlisted)), List.of(), 0,
                    false, UnreadReason.DAMAGED, null);
            return;
        }
        if (sec == Sec.T3 && n == 7 && !dropSubtotalColumn(pieces)) {
            ambiguity(refs, rawOf(pieces), pieces.get(0).position, Ambiguity.Code.SUBTOTAL_COLUMN_SHIFTED, List.of(),
                    List.of(), 0, false, UnreadReason.AMBIGUOUS, null);
            return;
        }
        if (pieces.size() == n) {
            placeRow(refs, pieces, note);
            return;
        }
        placeUneven(refs, run, pieces, severalRows, note);
    }

    /**
     * Places a whole row's pieces, one per cell: what {@link #place} does with a run whose pieces are as many as
     * the cells, and what a row moved after the walk, whose run is gone, is placed by.
     *
     * @param refs the row's cells
     * @param pieces one per cell, in order
     * @param note the provenance note of each cell, or null
     */
    void placeRow(List<CellRef> refs, List<Piece> pieces, Provenance.Note note) {
        if (pieces.size() != refs.size()) {
            throw new IllegalArgumentException("a piece per cell: " + pieces.size() + " for " + refs.size());
        }
        List<Provenance.Note> notes = note == null ? List.of() : List.of(note);
        for (int i = 0; i < refs.size(); i++) {
            setParsed(refs.get(i), pieces.get(i), notes);
        }
    }

    /**
     * Drops the empty cells that end a run while there are too many pieces, counted ones first, with a warning
     * once a section; none when the run begins with an empty cell too, unless every cell of it is empty or only
     * the cells at the start can be the row's ({@link RowWindow#onlyLeadingFits}).
     *
     * @return how many pieces are still counted and not listed
     */
    private int dropTrailingEmpty(List<CellRef> refs, Run run, PieceList pieces, Sec sec) {
        int n = refs.size();
        int unlisted = pieces.unlisted;
        if (!pieces.isEmpty() && pieces.get(0).text.isEmpty() && (unlisted > 0 || pieces.tail < pieces.size())
                && (unlisted > 0 || !RowWindow.onlyLeadingFits(refs, pieces))) {
            // Empty at both ends: the cells too many may be those before the numbers (a label's columns left
            // empty where a converter unmerged them, | | （二）部分公开 | | …), not those after. When every cell is
            // empty, which are too many does not matter: the row's cells are blank whichever they are.
            return unlisted;
        }
        int trailing = Math.min(Math.min(pieces.tail, unlisted), pieces.size() + unlisted - n);
        unlisted -= trailing;
        while (unlisted == 0 && pieces.size() > n && pieces.get(pieces.size() - 1).text.isEmpty()) {
            pieces.remove(pieces.size() - 1);
            trailing++;
        }
        if (trailing > 0 && warnedTrailing.putIfAbsent(sec, Boolean.TRUE) == null) {
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.EMPTY_CELLS_AFTER_ROW, List.of(),
                    Optional.of(run.first()), Optional.of(refs.get(0))));
        }
        return unlisted;
    }

    /**
     * A row whose pieces are not one per cell: too many, or too few and either a lost cell or a glued run (the
     * whole row in one converter's cell is one).
     */
    private void placeUneven(List<CellRef> refs, Run run, PieceList pieces, boolean severalRows,
            Provenance.Note note) {
        int n = refs.size();
        String raw = rawOf(pieces);
        SourcePosition at = pieces.isEmpty() ? run.first() : pieces.get(0).position;
        if (pieces.size() > n) {
            ambiguity(refs, raw, at, Ambiguity.Code.TOO_MANY_VALUES, List.of(Integer.toString(pieces.size())),
                    List.of(), 0, false, UnreadReason.DAMAGED, null);
            return;
        }
        if (!settings.cellsAsDrawn() && Pieces.wholeRowInOneCell(pieces, n)) {
            // A converter put the whole row in one table cell: its digits are a glued run after all.
            Piece p = pieces.get(0);
            pieces.set(0, new Piece(p.text, p.raw, p.position, true));
        }
        boolean gluable = false;
        for (Piece p : pieces) {
            gluable |= p.gluable && p.text.length() > 1;
        }
        List<ValueKind> kinds = new ArrayList<>(n);
        for (CellRef r : refs) {
            kinds.add(r.column().valueKind());
        }
        if (!gluable) {
            lostCells(refs, pieces, kinds, raw, at);
            return;
        }
        GluedRow.place(this, edition, refs, pieces, kinds, raw, at, severalRows, note);
    }

    /**
     * Returns the reader's settings.
     *
     * @return the settings
     */
    ReadSettings settings() {
        return settings;
    }

    /**
     * Returns the warnings the reading gives.
     *
     * @return the warnings
     */
    Warnings warnings() {
        return warnings;
    }

    /** Keeps a glued row its own identities leave open, for the table's identities to decide at the end. */
    void keepOpen(TableSplit.Open row) {
        open.add(row);
    }

    /**
     * Returns the glued rows their own identities left open, for {@link TableDecision}, and forgets them.
     *
     * @return the open rows, in the order met
     */
    List<TableSplit.Open> takeOpen() {
        List<TableSplit.Open> out = List.copyOf(open);
        open.clear();
        return out;
    }

    /**
     * Returns the number read for a cell.
     *
     * @param ref the cell
     * @return the count or signed count, or null if the cell holds no number (yet)
     */
    Long number(CellRef ref) {
        CellValue v = values[Cells.slot(ref)];
        if (v instanceof CellValue.Count c) {
            return c.value();
        }
        return v instanceof CellValue.SignedCount s ? s.value() : null;
    }

    /**
     * Drops a 法人或其他组织 subtotal column from a row of table 三 printed with eight values, if there is one.
     *
     * @param pieces the row's pieces, modified
     * @return false if the header and the row's sums disagree on which column it is (nothing dropped)
     */
    boolean dropSubtotalColumn(PieceList pieces) {
        if (pieces.size() == 8) {
            int drop = subtotalColumn.find(pieces);
            if (drop >= 0) {
                pieces.remove(drop);
            }
            return drop != SubtotalColumn.CONFLICT;
        }
        return true;
    }

    /**
     * Records an ambiguity whose cells hold the given unread values.
     *
     * @param a the ambiguity
     * @param unread one value per cell of the ambiguity, in its order
     */
    void record(Ambiguity a, List<? extends CellValue> unread) {
        ambiguities.add(a);
        for (int i = 0; i < a.cells().size(); i++) {
            int slot = Cells.slot(a.cells().get(i));
            ambiguous[slot] = a;
            values[slot] = unread.get(i);
        }
    }

    /** A row with fewer cells than columns and nothing glued: list where the printed values could go. */
    private void lostCells(List<CellRef> refs, List<Piece> pieces, List<ValueKind> kinds, String raw,
            SourcePosition at) {
        LostCells lost = LostCells.of(pieces, kinds, settings.maxCandidates());
        ambiguity(refs, raw, at, Ambiguity.Code.CELL_LOST, List.of(Integer.toString(pieces.size())), lost.candidates(),
                lost.count(), false, UnreadReason.AMBIGUOUS, null);
    }

    void setParsed(CellRef ref, Piece piece, List<Provenance.Note> notes) {
        int slot = Cells.slot(ref);
        Values.Parsed parsed = Values.parse(piece.text, Cells.kind(slot));
        if (!parsed.ok()) {
            ambiguity(List.of(ref), piece.text, piece.position, Ambiguity.Code.UNREADABLE_VALUE, List.of(), List.of(),
                    0, false, UnreadReason.DAMAGED, null);
            warnings.add(ReadingWarning.of(parsed.error(), parsed.arguments(), Optional.of(piece.position),
                    Optional.of(ref)));
            return;
        }
        CellValue value = parsed.value();
        if (value instanceof CellValue.NotApplicable && !piece.raw.isBlank() && piece.raw.indexOf('|') < 0) {
            value = CellValue.notApplicable(piece.raw.strip());
        }
        Provenance p = new Provenance(ref, piece.raw, piece.position, notes);
        values[slot] = value;
        // Slots increase in the order of CellRef.compareTo (CellsTest), so the lists' order is known as they grow.
        if (value instanceof CellValue.Blank) {
            blankInOrder &= slot > lastBlankSlot;
            lastBlankSlot = slot;
            blankList.add(p);
        } else {
            readInOrder &= slot > lastReadSlot;
            lastReadSlot = slot;
            readList.add(p);
        }
    }

    /**
     * Takes back whatever was placed in cells: values, provenance, the ambiguity they are in (all of its
     * cells) and an open glued row they belong to.
     *
     * @param refs the cells
     */
    void unplace(List<CellRef> refs) {
        java.util.Set<CellRef> cells = new java.util.HashSet<>(refs);
        for (CellRef ref : refs) {
            int slot = Cells.slot(ref);
            Ambiguity a = ambiguous[slot];
            if (a != null) {
                ambiguities.remove(a);
                for (CellRef c : a.cells()) {
                    ambiguous[Cells.slot(c)] = null;
                    values[Cells.slot(c)] = null;
                }
                open.removeIf(o -> o.ambiguity() == a);
            }
            values[slot] = null;
        }
        readList.removeIf(p -> cells.contains(p.cell()));
        blankList.removeIf(p -> cells.contains(p.cell()));
    }

    /**
     * Records cells that could not be placed: an ambiguity for the reading report, and for the model each cell
     * unread with its reason and, for a glued run of plain digits, its piece of the run.
     *
     * @param code why the cells could not be placed
     * @param arguments the code's arguments
     * @param why why the cells are unread
     * @param runText the glued run as a {@link PrintedRun}'s text, or null if it is not one
     */
    Ambiguity ambiguity(List<CellRef> refs, String raw, SourcePosition at, Ambiguity.Code code, List<String> arguments,
            List<List<CellValue>> candidates, int count, boolean exhausted, UnreadReason why, String runText) {
        Ambiguity a = new Ambiguity(refs, raw, at, code, arguments, candidates, count, exhausted);
        List<CellValue> unread = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            unread.add(runText == null ? CellValue.unread(why) : CellValue.unread(why, PrintedRun.of(runText, i, refs.size())));
        }
        record(a, unread);
        return a;
    }
}
