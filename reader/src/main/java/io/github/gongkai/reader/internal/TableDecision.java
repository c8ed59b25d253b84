package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.List;
import java.util.Optional;

/**
 * Decides, after the page, the glued rows their own identities left open by the identities of their whole
 * table ({@link TableSplit}): a row every consistent reading of the table gives the same numbers is placed in
 * place of its ambiguity, with a {@code GLUED_ROW_SPLIT} warning; if the table admits no consistent reading,
 * or the search reaches its limit, the rows stay ambiguous, with a {@code GLUED_TABLE_UNDECIDED} warning.
 * Static, stateless.
 */
final class TableDecision {

    private TableDecision() {
    }

    /**
     * Decides the open rows of every table.
     *
     * @param placement the cells placed so far, whose open rows are decided
     * @param edition the edition, for its identities
     * @param warnings where the warnings go
     */
    static void decide(Placement placement, Edition edition, Warnings warnings) {
        List<TableSplit.Open> open = placement.takeOpen();
        for (ReportTable table : ReportTable.values()) {
            List<TableSplit.Open> rows = open.stream().filter(r -> r.cells().get(0).table() == table).toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<Identity> identities = ReportFormat.of(edition).identities().stream()
                    .filter(i -> i.terms().get(0).cell().table() == table).toList();
            TableSplit.Outcome outcome = TableSplit.decide(rows, identities, placement::number);
            String name = Headings.tableName(table);
            if (outcome.consistent() == 0) {
                warnings.add(ReadingWarning.of(outcome.exhausted() ? ReadingWarning.Detail.TABLE_SEARCH_LIMIT
                        : ReadingWarning.Detail.TABLE_NO_READING, List.of(name),
                        Optional.of(rows.get(0).ambiguity().position()), Optional.of(rows.get(0).cells().get(0))));
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (outcome.decided()[r] >= 0) {
                    place(placement, warnings, rows.get(r), rows.get(r).parts().get(outcome.decided()[r]), name);
                }
            }
        }
    }

    /** Places an open row as the table decided it, in place of its ambiguity. */
    private static void place(Placement placement, Warnings warnings, TableSplit.Open row, List<String> parts,
            String table) {
        Ambiguity a = row.ambiguity();
        placement.unplace(row.cells());
        Provenance.Note how = Provenance.Note.of(Provenance.Note.Kind.SPLIT_TABLE, a.raw(), table);
        List<Provenance.Note> note = row.note() == null ? List.of(how) : List.of(how, row.note());
        for (int i = 0; i < parts.size(); i++) {
            CellRef ref = row.cells().get(i);
            placement.setParsed(ref, new Piece(parts.get(i), parts.get(i), a.position(), true), note);
        }
        warnings.add(ReadingWarning.of(ReadingWarning.Detail.SPLIT_TABLE,
                List.of(a.raw(), String.join("/", parts), table), Optional.of(a.position()),
                Optional.of(row.cells().get(0))));
    }
}
