package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.ReadingWarning;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of table 三 placed by a detached label — numbers printed without their label, placed as the next row
 * in printed order because that row's label stands nearby (a PDF converter moved it) — held tentative until
 * the order confirms them. A stretch of such rows is kept only when it exactly fills the gap between rows
 * placed by their own labels (or the table's first or last row): then every run of numbers has its row. If a
 * row's own label comes for a row a stretch took, or the stretch does not close, the stretch's numbers are
 * taken back and its rows' cells left unread (ambiguous), with a {@code DETACHED_LABEL} warning: a wrong value
 * is worse than a missing one. One per reading.
 */
final class DetachedRows {

    /** A row placed by a detached label, and the numbers placed in it. */
    private record Tentative(ApplicationRow row, int order, Run run) {
    }

    private final List<ApplicationRow> rows;
    private final int[] order;
    private final Placement placement;
    private final Warnings warnings;
    private final Edition edition;
    private final List<Tentative> tentative = new ArrayList<>();

    DetachedRows(Edition edition, int[] order, Placement placement, Warnings warnings) {
        this.edition = edition;
        this.rows = ApplicationRow.rows(edition);
        this.order = order;
        this.placement = placement;
        this.warnings = warnings;
    }

    /**
     * Records a row placed by a detached label.
     *
     * @param row the row
     * @param run its numbers
     */
    void add(ApplicationRow row, Run run) {
        tentative.add(new Tentative(row, order[row.ordinal()], run.copy()));
    }

    /**
     * Takes back the stretch of tentative rows that holds a row whose own label has come, leaving the row
     * free for its labelled numbers and the stretch's other rows unread.
     *
     * @param row the row whose label came
     * @param assigned which rows are taken, by ordinal; cleared for the rows taken back, whose own labels may
     *     still come
     * @return true if the row was tentative and is free now
     */
    boolean yieldTo(ApplicationRow row, boolean[] assigned) {
        int at = order[row.ordinal()];
        if (tentative.stream().noneMatch(t -> t.order() == at)) {
            return false;
        }
        List<Tentative> stretch = stretchAround(at);
        takeBack(stretch, row, assigned);
        return true;
    }

    /**
     * Keeps each stretch of tentative rows that exactly fills a gap between rows placed by their labels, and
     * takes back the others. Called once, after table 三.
     *
     * @param assigned which rows are taken, by ordinal
     */
    void confirm(boolean[] assigned) {
        while (!tentative.isEmpty()) {
            List<Tentative> stretch = stretchAround(tentative.get(0).order());
            int first = stretch.get(0).order();
            int last = stretch.get(stretch.size() - 1).order();
            boolean closedBefore = first == 0 || byLabel(first - 1, assigned);
            boolean closedAfter = last == rows.size() - 1 || byLabel(last + 1, assigned);
            if (closedBefore && closedAfter) {
                for (Tentative t : stretch) {
                    warnings.add(ReadingWarning.of(ReadingWarning.Detail.DETACHED_ROWS_PLACED,
                            List.of(rawOf(t.run()), t.row().qualifiedLabel()), Optional.of(t.run().first()),
                            Optional.of(cell(t.row()))));
                }
                tentative.removeAll(stretch);
            } else {
                takeBack(stretch, null, assigned);
            }
        }
    }

    private boolean byLabel(int at, boolean[] assigned) {
        return assigned[rows.get(at).ordinal()] && !has(at);
    }

    /** The tentative rows consecutive in printed order with the one at {@code at}. */
    private List<Tentative> stretchAround(int at) {
        int lo = at;
        int hi = at;
        while (has(lo - 1)) {
            lo--;
        }
        while (has(hi + 1)) {
            hi++;
        }
        List<Tentative> out = new ArrayList<>();
        for (int o = lo; o <= hi; o++) {
            int x = o;
            tentative.stream().filter(t -> t.order() == x).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private boolean has(int o) {
        return tentative.stream().anyMatch(t -> t.order() == o);
    }

    /**
     * Takes the stretch's rows back, each left unread with a warning: because the freed row's label comes later
     * with numbers of its own, or (freed null) because the rows do not exactly fill a gap.
     */
    private void takeBack(List<Tentative> stretch, ApplicationRow freed, boolean[] assigned) {
        for (Tentative t : stretch) {
            List<CellRef> cells = Cells.of(t.row(), edition);
            placement.unplace(cells);
            assigned[t.row().ordinal()] = false;
            if (t.row() != freed) {
                placement.ambiguity(cells, rawOf(t.run()), t.run().first(), Ambiguity.Code.NUMBERS_WITHOUT_LABEL,
                        List.of(), List.of(), 0, false, UnreadReason.AMBIGUOUS, null);
            }
            warnings.add(freed != null
                    ? ReadingWarning.of(ReadingWarning.Detail.DETACHED_LABEL_COMES_LATER,
                            List.of(rawOf(t.run()), t.row().qualifiedLabel(), freed.qualifiedLabel()),
                            Optional.of(t.run().first()), Optional.of(cell(t.row())))
                    : ReadingWarning.of(ReadingWarning.Detail.DETACHED_GAP_NOT_FILLED,
                            List.of(rawOf(t.run()), t.row().qualifiedLabel()), Optional.of(t.run().first()),
                            Optional.of(cell(t.row()))));
        }
        tentative.removeAll(stretch);
    }

    private static CellRef cell(ApplicationRow row) {
        return CellRef.of(row, ApplicantColumn.NATURAL_PERSON);
    }
}
