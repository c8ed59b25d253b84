package io.github.gongkai.reader.internal;

import static io.github.gongkai.reader.internal.Pieces.pieces;
import static io.github.gongkai.reader.internal.Pieces.rawOf;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableRow;
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
 * trailing empty cells, a lost cell, or glued numbers cut by the row's identities ({@link Splitter}). Keeps
 * every cell read, blank or ambiguous by slot, with its provenance. One per reading.
 */
final class Placement {

    private final Edition edition;
    private final Interpreter.Settings settings;
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

    Placement(Edition edition, Interpreter.Settings settings, Warnings warnings, StringBuilder t3Text) {
        this.edition = edition;
        this.settings = settings;
        this.warnings = warnings;
        this.subtotalColumn = new SubtotalColumn(t3Text, warnings);
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

    void place(List<CellRef> refs, Run run, boolean severalRows, Sec sec, String note) {
        place(refs, run, pieces(run), severalRows, sec, note);
    }

    /**
     * Places a run whose {@link #pieces} were already taken; {@code pieces} is modified. Pieces of a run past
     * {@link Run#LIMIT} tokens are counted, never placed: such a run is far too long for any row.
     */
    void place(List<CellRef> refs, Run run, PieceList pieces, boolean severalRows, Sec sec,
            String note) {
        int n = refs.size();
        int unlisted = pieces.unlisted;
        if (pieces.size() + unlisted > n) {
            // Empty cells that end a run are dropped while there are too many pieces, counted ones first.
            int trailing = Math.min(Math.min(pieces.tail, unlisted), pieces.size() + unlisted - n);
            unlisted -= trailing;
            while (unlisted == 0 && pieces.size() > n && pieces.get(pieces.size() - 1).text.isEmpty()) {
                pieces.remove(pieces.size() - 1);
                trailing++;
            }
            if (trailing > 0 && warnedTrailing.putIfAbsent(sec, Boolean.TRUE) == null) {
                warnings.add(new ReadingWarning(ReadingWarning.Code.TRAILING_EMPTY_CELLS,
                        "empty cells after the last column of a row were ignored (first seen here)",
                        Optional.of(run.first()), Optional.of(refs.get(0))));
            }
        }
        if (unlisted > 0) {
            ambiguity(refs, rawOf(pieces, unlisted), pieces.isEmpty() ? run.first() : pieces.get(0).position,
                    "the row has " + (pieces.size() + unlisted) + " values for " + n + " cells", List.of(), 0, false,
                    UnreadReason.DAMAGED, null);
            return;
        }
        if (sec == Sec.T3 && n == 7 && pieces.size() == 8) {
            int drop = subtotalColumn.find(pieces);
            if (drop >= 0) {
                pieces.remove(drop);
            }
        }
        if (pieces.size() == n) {
            for (int i = 0; i < n; i++) {
                setParsed(refs.get(i), pieces.get(i), note);
            }
            return;
        }
        String raw = rawOf(pieces);
        SourcePosition at = pieces.isEmpty() ? run.first() : pieces.get(0).position;
        if (pieces.size() > n) {
            ambiguity(refs, raw, at, "the row has " + pieces.size() + " values for " + n + " cells", List.of(), 0,
                    false, UnreadReason.DAMAGED, null);
            return;
        }
        if (Pieces.wholeRowInOneCell(pieces, n)) {
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
        split(refs, pieces, kinds, raw, at, severalRows, note);
    }

    /**
     * Places a row whose pieces are fewer than its cells and glued: the one cut that satisfies the row's
     * identities, or an ambiguity listing the cuts.
     */
    private void split(List<CellRef> refs, List<Piece> pieces, List<ValueKind> kinds, String raw,
            SourcePosition at, boolean severalRows, String note) {
        int n = refs.size();
        List<Splitter.Piece> sp = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            sp.add(new Splitter.Piece(p.text, p.gluable));
        }
        Splitter.Identities identities = Splitter.Identities.among(edition, refs);
        Splitter.Result result = Splitter.split(sp, kinds, identities, settings.maxCandidates(),
                settings.maxSplitSteps());
        String rule = identities.isEmpty() ? "the only way to cut it into " + n + " numbers"
                : severalRows ? "the only split in which each group's total equals the sum of its cells"
                : "the only split in which the total equals the sum of the other cells";
        if (result.fittingCount() == 1 && !result.exhausted()) {
            List<String> parts = result.fitting().get(0);
            String splitNote = "split from glued run '" + raw + "': " + rule
                    + (note == null ? "" : "; " + note);
            for (int i = 0; i < n; i++) {
                setParsed(refs.get(i), new Piece(parts.get(i), parts.get(i), at, true), splitNote);
            }
            warnings.add(new ReadingWarning(ReadingWarning.Code.GLUED_ROW_SPLIT,
                    "glued run '" + raw + "' split as " + String.join("/", parts) + ": " + rule,
                    Optional.of(at), Optional.of(refs.get(0))));
            return;
        }
        List<List<String>> shown = result.fittingCount() > 0 ? result.fitting() : result.others();
        String reason;
        UnreadReason why = UnreadReason.AMBIGUOUS;
        if (result.fittingCount() > 1) {
            reason = "glued run has " + result.fittingCount() + (result.exhausted() ? "+" : "")
                    + (identities.isEmpty() ? " possible splits and the table has no identity to choose"
                            : " splits consistent with the identity");
        } else if (result.exhausted()) {
            reason = "glued run is too long to split within the search limit";
        } else if (result.otherCount() > 0) {
            reason = "no split of the glued run satisfies the identity";
            why = UnreadReason.INCONSISTENT;
        } else {
            reason = "the glued run cannot be cut into " + n + " numbers";
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
        Ambiguity a = ambiguity(refs, raw, at, reason, candidates, count, result.exhausted(), why,
                why == UnreadReason.DAMAGED ? null : Pieces.runText(pieces, n));
        if (result.fittingCount() > 1 && !result.exhausted() && !identities.isEmpty()
                && result.fittingCount() <= TableSplit.MAX_READINGS) {
            List<List<String>> all = result.fitting().size() == result.fittingCount() ? result.fitting()
                    : Splitter.split(sp, kinds, identities, TableSplit.MAX_READINGS, settings.maxSplitSteps()).fitting();
            TableSplit.Open row = TableSplit.Open.of(refs, kinds, all, a, note);
            if (row != null) {
                open.add(row);
            }
        }
    }

    /**
     * Records a group of table 三 printed as one row, its own rows absent: for each column, the number printed
     * is the total of the group's cells in that column, each of which is unread with that
     * {@link PrintedTotal} (reason merged), and the cells are listed as one ambiguity. A row that cannot be
     * read in exactly one way leaves the cells unread (ambiguous) without a total.
     *
     * @param rows the group's rows, in order
     * @param run the group row's numbers
     * @param label the group's label, for the messages
     */
    void merged(List<? extends TableRow> rows, Run run, String label) {
        PieceList pieces = pieces(run);
        List<CellRef> template = Cells.of(rows.get(0), edition);
        if (template.size() == 7 && pieces.size() == 8) {
            int drop = subtotalColumn.find(pieces);
            if (drop >= 0) {
                pieces.remove(drop);
            }
        }
        List<CellRef> all = new ArrayList<>();
        for (TableRow row : rows) {
            all.addAll(Cells.of(row, edition));
        }
        String raw = rawOf(pieces);
        SourcePosition at = pieces.isEmpty() ? run.first() : pieces.get(0).position;
        long[] totals = pieces.unlisted > 0 ? null : MergedRow.read(pieces, template, edition, settings);
        if (totals == null) {
            ambiguity(all, raw, at, label + " printed as one row, its rows absent, and its numbers cannot be read"
                    + " as one per column", List.of(), 0, false, UnreadReason.AMBIGUOUS, null);
            return;
        }
        Ambiguity a = new Ambiguity(all, raw, at, label + " printed as one row, its " + rows.size() + " rows absent:"
                + " each number is the total of its column's " + rows.size() + " cells (merged)", List.of(), 0, false);
        ambiguities.add(a);
        for (int c = 0; c < template.size(); c++) {
            List<CellRef> cells = new ArrayList<>(rows.size());
            for (TableRow row : rows) {
                cells.add(Cells.of(row, edition).get(c));
            }
            CellValue merged = CellValue.merged(PrintedTotal.of(totals[c], cells));
            for (CellRef cell : cells) {
                values[Cells.slot(cell)] = merged;
                ambiguous[Cells.slot(cell)] = a;
            }
        }
        warnings.add(new ReadingWarning(ReadingWarning.Code.GROUP_PRINTED_AS_ONE_ROW, label + " ('" + raw
                + "') printed as one row, as the 2019 template does, its rows absent: its numbers are kept as the"
                + " totals of their columns' cells, which are unread (merged)", Optional.of(at), Optional.of(all.get(0))));
    }

    /**
     * Decides the glued rows their own identities left open by the identities of their whole table
     * ({@link TableSplit}): a row every consistent reading of the table gives the same numbers is placed, with
     * a {@code GLUED_ROW_SPLIT} warning; if the table admits no consistent reading, or the search reaches its
     * limit, the rows stay ambiguous, with a {@code GLUED_TABLE_UNDECIDED} warning. Called once, after the page.
     */
    void decideByTables() {
        for (ReportTable table : ReportTable.values()) {
            List<TableSplit.Open> rows = open.stream().filter(r -> r.cells().get(0).table() == table).toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<Identity> identities = ReportFormat.of(edition)
                    .identities().stream().filter(i -> i.terms().get(0).cell().table() == table).toList();
            TableSplit.Outcome outcome = TableSplit.decide(rows, identities, this::number);
            String name = Headings.tableName(table);
            if (outcome.consistent() == 0) {
                warnings.add(new ReadingWarning(ReadingWarning.Code.GLUED_TABLE_UNDECIDED, outcome.exhausted()
                        ? "the glued rows of table " + name + " are too many to decide within the search limit; "
                                + "each was read by its own identities"
                        : "no reading of the glued rows of table " + name + " satisfies the table's identities "
                                + "(the page has an error); each was read by its own identities",
                        Optional.of(rows.get(0).ambiguity().position()), Optional.of(rows.get(0).cells().get(0))));
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (outcome.decided()[r] >= 0) {
                    place(rows.get(r), rows.get(r).parts().get(outcome.decided()[r]), name);
                }
            }
        }
        open.clear();
    }

    /** The number read for a cell, or null if it is not a number. */
    private Long number(CellRef ref) {
        CellValue v = values[Cells.slot(ref)];
        if (v instanceof CellValue.Count c) {
            return c.value();
        }
        return v instanceof CellValue.SignedCount s ? s.value() : null;
    }

    /** Places an open row as the table decided it, in place of its ambiguity. */
    private void place(TableSplit.Open row, List<String> parts, String table) {
        Ambiguity a = row.ambiguity();
        ambiguities.remove(a);
        String rule = "the only split with which table " + table + "'s identities (rows, columns, groups) hold";
        String splitNote = "split from glued run '" + a.raw() + "': " + rule + (row.note() == null ? "" : "; " + row.note());
        for (int i = 0; i < parts.size(); i++) {
            CellRef ref = row.cells().get(i);
            ambiguous[Cells.slot(ref)] = null;
            values[Cells.slot(ref)] = null;
            setParsed(ref, new Piece(parts.get(i), parts.get(i), a.position(), true), splitNote);
        }
        warnings.add(new ReadingWarning(ReadingWarning.Code.GLUED_ROW_SPLIT,
                "glued run '" + a.raw() + "' split as " + String.join("/", parts) + ": " + rule,
                Optional.of(a.position()), Optional.of(row.cells().get(0))));
    }


    /** A row with fewer cells than columns and nothing glued: list where the printed values could go. */
    private void lostCells(List<CellRef> refs, List<Piece> pieces, List<ValueKind> kinds, String raw,
            SourcePosition at) {
        int n = refs.size();
        int k = pieces.size();
        List<List<CellValue>> candidates = new ArrayList<>();
        int[] count = new int[1];
        if (k > 0 && n - k <= 3) {
            choose(0, 0, new int[k], n, pieces, kinds, candidates, count);
        }
        ambiguity(refs, raw, at, "the row has " + k + " value(s) for " + n + " cells: a cell was lost, and which one"
                + " cannot be told", candidates, Math.max(count[0], candidates.size()), false, UnreadReason.AMBIGUOUS,
                null);
    }

    private void choose(int piece, int from, int[] slots, int n, List<Piece> pieces, List<ValueKind> kinds,
            List<List<CellValue>> out, int[] count) {
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
            if (out.size() < settings.maxCandidates()) {
                out.add(c);
            }
            return;
        }
        for (int s = from; s <= n - (slots.length - piece); s++) {
            slots[piece] = s;
            choose(piece + 1, s + 1, slots, n, pieces, kinds, out, count);
        }
    }

    void setParsed(CellRef ref, Piece piece, String note) {
        Values.Parsed parsed = Values.parse(piece.text, ref.column().valueKind());
        if (!parsed.ok()) {
            ambiguity(List.of(ref), piece.text, piece.position, parsed.error(), List.of(), 0, false,
                    UnreadReason.DAMAGED, null);
            warnings.add(new ReadingWarning(ReadingWarning.Code.UNREADABLE_VALUE, parsed.error(),
                    Optional.of(piece.position), Optional.of(ref)));
            return;
        }
        CellValue value = parsed.value();
        if (value instanceof CellValue.NotApplicable && !piece.raw.isBlank() && piece.raw.indexOf('|') < 0) {
            value = CellValue.notApplicable(piece.raw.strip());
        }
        Provenance p = new Provenance(ref, piece.raw, piece.position, Optional.ofNullable(note));
        int slot = Cells.slot(ref);
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
     * Records cells that could not be placed: an ambiguity for the reading report, and for the model each cell
     * unread with its reason and, for a glued run of plain digits, its piece of the run.
     *
     * @param why why the cells are unread
     * @param runText the glued run as a {@link PrintedRun}'s text, or null if it is not one
     */
    Ambiguity ambiguity(List<CellRef> refs, String raw, SourcePosition at, String reason,
            List<List<CellValue>> candidates, int count, boolean exhausted, UnreadReason why, String runText) {
        Ambiguity a = new Ambiguity(refs, raw, at, reason, candidates, count, exhausted);
        ambiguities.add(a);
        for (int i = 0; i < refs.size(); i++) {
            int slot = Cells.slot(refs.get(i));
            ambiguous[slot] = a;
            values[slot] = runText == null ? CellValue.unread(why)
                    : CellValue.unread(why, PrintedRun.of(runText, i, refs.size()));
        }
        return a;
    }
}
