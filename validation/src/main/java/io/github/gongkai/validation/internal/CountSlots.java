package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.internal.CoreAccess;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The flat array of counts that the table checks read: the slots of every table that an identity of the
 * format has cells in (三 and 四), one table after the other, each laid out as {@link CoreAccess} lays it out.
 * A cell without a count, and a slot the edition has no cell at, holds {@link #UNREPORTED}; a cell not read
 * holds {@link #UNREAD}. The layout is core's; this class only puts the tables side by side.
 */
final class CountSlots {

    /** What a slot without a count holds; counts are never negative. */
    static final long UNREPORTED = CoreAccess.NOT_A_COUNT;
    /** What the slot of a cell not read holds: negative, like {@link #UNREPORTED}, and told apart from it. */
    static final long UNREAD = CoreAccess.UNREAD;

    private static final ReportTable[] TABLES = tablesWithIdentities();
    /** Where each table's slots start, by {@link ReportTable#ordinal()}; -1 for a table without identities. */
    private static final int[] BASE = bases();
    /** The length of the flat array. */
    static final int SIZE = size();

    private CountSlots() {
    }

    static ReportTable[] tablesWithIdentities() {
        Set<ReportTable> tables = EnumSet.noneOf(ReportTable.class);
        for (Edition edition : Edition.values()) {
            for (Identity identity : ReportFormat.of(edition).identities()) {
                for (Identity.Term term : identity.terms()) {
                    tables.add(term.cell().table());
                }
            }
        }
        return tables.toArray(ReportTable[]::new);
    }

    static int[] bases() {
        int[] bases = new int[ReportTable.values().length];
        Arrays.fill(bases, -1);
        int next = 0;
        for (ReportTable table : TABLES) {
            bases[table.ordinal()] = next;
            next += CoreAccess.slots(table);
        }
        return bases;
    }

    static int size() {
        int size = 0;
        for (ReportTable table : TABLES) {
            size += CoreAccess.slots(table);
        }
        return size;
    }

    /**
     * Returns where a table's slots start in the flat array.
     *
     * @throws IllegalArgumentException if no identity has a cell in the table
     */
    static int base(ReportTable table) {
        int base = BASE[table.ordinal()];
        if (base < 0) {
            throw new IllegalArgumentException("no identity reads table " + table.key());
        }
        return base;
    }

    /** Returns a cell's position in the flat array. */
    static int index(CellRef cell) {
        return base(cell.table()) + CoreAccess.slot(cell);
    }

    /** Copies the counts of the report's tables into {@code values}, {@link #UNREPORTED} where there is none. */
    static void load(Report report, long[] values) {
        for (ReportTable table : TABLES) {
            CoreAccess.copyCounts(report.table(table), values, BASE[table.ordinal()]);
        }
    }
}
