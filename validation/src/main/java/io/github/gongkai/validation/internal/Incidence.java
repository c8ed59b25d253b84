package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells of one table each identity of the format passes through, with which coefficient: the identities of
 * {@link ReportFormat#identities()} grouped by table, over the table's cells numbered from 0 in canonical order.
 * Built once per edition; what {@link ErrorSearch} reads.
 */
final class Incidence {

    private static final Map<Edition, List<Incidence>> BY_EDITION = compile();

    final ReportTable table;
    /** The table's cells in canonical order; a cell's position is its number. */
    final CellRef[] cells;
    /** Whether each cell is a printed total ({@link ReportFormat#isTotal}). */
    final boolean[] total;
    /** For each identity, the numbers of its cells. */
    final int[][] rowCells;
    /** For each identity, the coefficient (+1 or -1) of each of its cells, as in {@link #rowCells}. */
    final int[][] rowCoefficients;

    private Incidence(ReportFormat format, ReportTable table, List<Identity> identities) {
        this.table = table;
        List<CellRef> tableCells = format.cells(table);
        this.cells = tableCells.toArray(CellRef[]::new);
        this.total = new boolean[cells.length];
        for (int i = 0; i < cells.length; i++) {
            total[i] = format.isTotal(cells[i]);
        }
        this.rowCells = new int[identities.size()][];
        this.rowCoefficients = new int[identities.size()][];
        for (int j = 0; j < identities.size(); j++) {
            List<Identity.Term> terms = identities.get(j).terms();
            rowCells[j] = new int[terms.size()];
            rowCoefficients[j] = new int[terms.size()];
            for (int t = 0; t < terms.size(); t++) {
                rowCells[j][t] = tableCells.indexOf(terms.get(t).cell());
                rowCoefficients[j][t] = terms.get(t).coefficient();
            }
        }
    }

    private static Map<Edition, List<Incidence>> compile() {
        Map<Edition, List<Incidence>> all = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            ReportFormat format = ReportFormat.of(edition);
            List<Incidence> tables = new ArrayList<>(2);
            for (ReportTable table : format.tables()) {
                List<Identity> identities = format.identities().stream()
                        .filter(i -> i.terms().get(0).cell().table() == table).toList();
                if (!identities.isEmpty()) {
                    tables.add(new Incidence(format, table, identities));
                }
            }
            all.put(edition, List.copyOf(tables));
        }
        return all;
    }

    /** Returns the tables of an edition that have identities, in printed order, each with its incidence. */
    static List<Incidence> of(Edition edition) {
        return BY_EDITION.get(edition);
    }

    /** Returns the number of identities. */
    int identities() {
        return rowCells.length;
    }
}
