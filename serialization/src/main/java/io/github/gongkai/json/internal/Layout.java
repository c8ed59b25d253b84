package io.github.gongkai.json.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.ValueKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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

    /**
     * One row of one table in one edition as the reader's hot loop wants it: the row's name and its columns'
     * names and ordinals in printed order, in arrays.
     */
    static final class RowShape {
        final TableRow row;
        final int ordinal;
        final SerializableString name;
        final SerializableString[] columnNames;
        final int[] columns;

        RowShape(TableRow row, SerializableString name, SerializableString[] columnNames, int[] columns) {
            this.row = row;
            this.ordinal = ((Enum<?>) row).ordinal();
            this.name = name;
            this.columnNames = columnNames;
            this.columns = columns;
        }
    }

    private static final Map<Edition, List<TablePlan>> PLANS = new EnumMap<>(Edition.class);
    /** Per table: indexes of all row keys and all column keys, position = enum ordinal. */
    /** [edition ordinal][table ordinal]: the edition's rows of the table in printed order. */
    private static final RowShape[][][] ROW_SHAPES = new RowShape[Edition.values().length][ReportTable.values().length][];
    /** [edition ordinal][table ordinal][row ordinal]: the row's shape, or null if the edition lacks the row. */
    private static final RowShape[][][] ROW_SHAPES_BY_ORDINAL =
            new RowShape[Edition.values().length][ReportTable.values().length][];
    /** Per table: its number of rows and of columns, of all editions. */
    private static final int[] HEIGHTS = new int[ReportTable.values().length];
    private static final int[] WIDTHS = new int[ReportTable.values().length];
    private static final NameIndex[] ROW_INDEXES = new NameIndex[ReportTable.values().length];
    private static final NameIndex[] COLUMN_INDEXES = new NameIndex[ReportTable.values().length];
    /** Per table: the value kind of each column, by column ordinal. */
    private static final ValueKind[][] KINDS = new ValueKind[ReportTable.values().length][];
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
            for (TablePlan plan : tables) {
                RowShape[] shapes = new RowShape[plan.rows().size()];
                RowShape[] shapesByOrdinal = new RowShape[plan.table().rows().size()];
                for (int i = 0; i < shapes.length; i++) {
                    RowPlan row = plan.rows().get(i);
                    SerializableString[] columnNames = new SerializableString[row.columns().size()];
                    int[] columns = new int[columnNames.length];
                    for (int c = 0; c < columnNames.length; c++) {
                        columnNames[c] = row.columns().get(c).name();
                        columns[c] = ((Enum<?>) row.columns().get(c).column()).ordinal();
                    }
                    shapes[i] = new RowShape(row.row(), row.name(), columnNames, columns);
                    shapesByOrdinal[shapes[i].ordinal] = shapes[i];
                }
                ROW_SHAPES[edition.ordinal()][plan.table().ordinal()] = shapes;
                ROW_SHAPES_BY_ORDINAL[edition.ordinal()][plan.table().ordinal()] = shapesByOrdinal;
            }
        }
        for (ReportTable table : ReportTable.values()) {
            HEIGHTS[table.ordinal()] = table.rows().size();
            WIDTHS[table.ordinal()] = table.columns().size();
            ROW_ARRAYS[table.ordinal()] = table.rows().toArray(TableRow[]::new);
            COLUMN_ARRAYS[table.ordinal()] = table.columns().toArray(TableColumn[]::new);
            ROW_INDEXES[table.ordinal()] = new NameIndex(table.rows().stream().map(TableRow::key).toList());
            COLUMN_INDEXES[table.ordinal()] = new NameIndex(table.columns().stream().map(TableColumn::key).toList());
            KINDS[table.ordinal()] = table.columns().stream().map(TableColumn::valueKind).toArray(ValueKind[]::new);
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

    /** Returns the rows of a table in an edition, in printed order; do not modify. */
    static RowShape[] rowShapes(Edition edition, ReportTable table) {
        return ROW_SHAPES[edition.ordinal()][table.ordinal()];
    }

    /** Returns the shape of a row in an edition, by row ordinal, or null if the edition lacks the row. */
    static RowShape rowShape(Edition edition, ReportTable table, int rowOrdinal) {
        return ROW_SHAPES_BY_ORDINAL[edition.ordinal()][table.ordinal()][rowOrdinal];
    }

    /** Returns the number of rows of a table, of all editions. */
    static int height(ReportTable table) {
        return HEIGHTS[table.ordinal()];
    }

    /** Returns the number of columns of a table, of all editions. */
    static int width(ReportTable table) {
        return WIDTHS[table.ordinal()];
    }

    /** Tells whether the edition has the table at all (S6 is 2021 only). */
    static boolean hasTable(ReportTable table, Edition edition) {
        return ROW_SHAPES[edition.ordinal()][table.ordinal()].length > 0;
    }

    /** Returns an index of the table's row keys, of all editions; a position is the row's ordinal. */
    static NameIndex rowIndex(ReportTable table) {
        return ROW_INDEXES[table.ordinal()];
    }

    /** Returns an index of the table's column keys, of all editions; a position is the column's ordinal. */
    static NameIndex columnIndex(ReportTable table) {
        return COLUMN_INDEXES[table.ordinal()];
    }

    /** Returns the value kinds of the table's columns, by column ordinal; do not modify. */
    static ValueKind[] kinds(ReportTable table) {
        return KINDS[table.ordinal()];
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
     * Returns which cells of a table exist, by index {@code row.ordinal() * width + column.ordinal()}; do not
     * modify.
     *
     * @param edition the edition, or null for "in either edition"
     */
    static boolean[] cells(Edition edition, ReportTable table) {
        return CELLS[edition == null ? 2 : edition.ordinal()][table.ordinal()];
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
