package io.github.gongkai.json.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The fixed shape of the JSON document, computed once from the core model: member names, the tables,
 * rows and columns of each edition in canonical order, and key lookups for the reader.
 */
final class Layout {

    static final String FORMAT = "gongkai.report";
    static final int VERSION = 1;

    static final SerializableString N_FORMAT = new SerializedString("format");
    static final SerializableString N_VERSION = new SerializedString("version");
    static final SerializableString N_EDITION = new SerializedString("edition");
    static final SerializableString N_HEADER = new SerializedString("header");
    static final SerializableString N_NARRATIVE = new SerializedString("narrative");
    static final SerializableString N_ORGAN_NAME = new SerializedString("organName");
    static final SerializableString N_REPORT_YEAR = new SerializedString("reportYear");
    static final SerializableString N_PUBLICATION_DATE = new SerializedString("publicationDate");
    static final SerializableString N_SOURCE = new SerializedString("source");
    static final SerializableString N_OVERVIEW = new SerializedString("overview");
    static final SerializableString N_PROBLEMS = new SerializedString("problemsAndImprovements");
    static final SerializableString N_OTHER_MATTERS = new SerializedString("otherMatters");
    static final SerializableString N_NA = new SerializedString("na");

    /** One column of one row in one edition. */
    record ColumnPlan(TableColumn column, SerializableString name, CellRef ref) {
    }

    /** One row of one table in one edition, with its columns in printed order. */
    record RowPlan(TableRow row, SerializableString name, List<ColumnPlan> columns) {
    }

    /** One table in one edition, with its rows in printed order; no rows for S6 in 2019. */
    record TablePlan(ReportTable table, SerializableString name, List<RowPlan> rows) {
    }

    private static final Map<Edition, List<TablePlan>> PLANS = new EnumMap<>(Edition.class);
    /** Per table: matchers of all row keys and all column keys, match index = enum ordinal. */
    private static final PropertyNameMatcher[] ROW_MATCHERS = new PropertyNameMatcher[ReportTable.values().length];
    private static final PropertyNameMatcher[] COLUMN_MATCHERS =
            new PropertyNameMatcher[ReportTable.values().length];
    private static final TableRow[][] ROW_ARRAYS = new TableRow[ReportTable.values().length][];
    private static final TableColumn[][] COLUMN_ARRAYS = new TableColumn[ReportTable.values().length][];
    /** [edition ordinal, or 2 for "any edition"][table ordinal][row ordinal * width + column ordinal]. */
    private static final boolean[][][] CELLS = new boolean[3][ReportTable.values().length][];

    static {
        for (Edition edition : Edition.values()) {
            List<TablePlan> tables = new ArrayList<>();
            for (ReportTable table : ReportTable.values()) {
                List<RowPlan> rows = new ArrayList<>();
                for (TableRow row : table.rows()) {
                    if (!row.existsIn(edition)) {
                        continue;
                    }
                    List<ColumnPlan> columns = new ArrayList<>();
                    for (TableColumn column : row.columns(edition)) {
                        columns.add(new ColumnPlan(column, new SerializedString(column.key()),
                                CellRef.of(row, column)));
                    }
                    rows.add(new RowPlan(row, new SerializedString(row.key()), List.copyOf(columns)));
                }
                tables.add(new TablePlan(table, new SerializedString(table.key()), List.copyOf(rows)));
            }
            PLANS.put(edition, List.copyOf(tables));
        }
        for (ReportTable table : ReportTable.values()) {
            ROW_ARRAYS[table.ordinal()] = table.rows().toArray(TableRow[]::new);
            COLUMN_ARRAYS[table.ordinal()] = table.columns().toArray(TableColumn[]::new);
            ROW_MATCHERS[table.ordinal()] = BinaryNameMatcher.construct(
                    table.rows().stream().map(TableRow::key).toList(), false);
            COLUMN_MATCHERS[table.ordinal()] = BinaryNameMatcher.construct(
                    table.columns().stream().map(TableColumn::key).toList(), false);
            int width = table.columns().size();
            for (int e = 0; e < 3; e++) {
                CELLS[e][table.ordinal()] = new boolean[table.rows().size() * width];
            }
            for (TableRow row : table.rows()) {
                for (TableColumn column : table.columns()) {
                    int i = ((Enum<?>) row).ordinal() * width + ((Enum<?>) column).ordinal();
                    for (Edition edition : Edition.values()) {
                        if (row.columns(edition).contains(column)) {
                            CELLS[edition.ordinal()][table.ordinal()][i] = true;
                            CELLS[2][table.ordinal()][i] = true;
                        }
                    }
                }
            }
        }
    }

    private Layout() {
    }

    /** Returns the tables of an edition in canonical order, each with its rows and columns. */
    static List<TablePlan> plan(Edition edition) {
        return PLANS.get(edition);
    }

    /** Tells whether the edition has the table at all (S6 is 2021 only). */
    static boolean hasTable(ReportTable table, Edition edition) {
        return !PLANS.get(edition).get(table.ordinal()).rows().isEmpty();
    }

    /** Returns a matcher of the table's row keys, of all editions; a match is the row's ordinal. */
    static PropertyNameMatcher rowMatcher(ReportTable table) {
        return ROW_MATCHERS[table.ordinal()];
    }

    /** Returns a matcher of the table's column keys, of all editions; a match is the column's ordinal. */
    static PropertyNameMatcher columnMatcher(ReportTable table) {
        return COLUMN_MATCHERS[table.ordinal()];
    }

    /** Returns the table's row with the given ordinal. */
    static TableRow row(ReportTable table, int ordinal) {
        return ROW_ARRAYS[table.ordinal()][ordinal];
    }

    /** Returns the table's column with the given ordinal. */
    static TableColumn column(ReportTable table, int ordinal) {
        return COLUMN_ARRAYS[table.ordinal()][ordinal];
    }

    /**
     * Tells whether a cell exists, by its index {@code row.ordinal() * width + column.ordinal()} in its table.
     *
     * @param edition the edition, or null for "in either edition"
     */
    static boolean exists(Edition edition, ReportTable table, int index) {
        return CELLS[edition == null ? 2 : edition.ordinal()][table.ordinal()][index];
    }

    /** Returns the suffix written after an amount of this unit in a column with this header unit. */
    static String suffix(AmountUnit unit, AmountUnit headerUnit) {
        return unit == headerUnit ? "" : unit.symbol();
    }

    /** Lists keys as {@code "a", "b"} for error messages. */
    static String quotedKeys(Iterable<String> keys) {
        StringJoiner joiner = new StringJoiner(", ");
        for (String key : keys) {
            joiner.add('"' + key + '"');
        }
        return joiner.toString();
    }

    /** Returns the other edition. */
    static Edition other(Edition edition) {
        return edition == Edition.V2021 ? Edition.V2019 : Edition.V2021;
    }
}
