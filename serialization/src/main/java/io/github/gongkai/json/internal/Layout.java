package io.github.gongkai.json.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.core.internal.CoreAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The fixed shape of the JSON document, computed once from core's description of the format: the tables, rows
 * and columns of each edition in canonical order come from {@link ReportFormat}, and each cell's place in the
 * arrays the reader fills is its slot in {@link CoreAccess} (which {@link CoreAccess#setAll} takes as it is).
 * Nothing here derives a layout of its own.
 *
 * <p>Rows and columns are found by their <em>position</em> in {@link ReportTable#rows()} and
 * {@link ReportTable#columns()}, which is what the key indexes return.
 */
final class Layout {

    static final String FORMAT = "gongkai.report";
    /** The first version of the format: every cell a number, null or {@code {"na": mark}}. */
    static final int VERSION_1 = 1;
    /** Version 1 and the unread cell, {@code {"unread": reason, ...}}: the newest version, written when needed. */
    static final int VERSION_2 = 2;

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
    static final SerializableString N_UNREAD = new SerializedString("unread");
    static final SerializableString N_RUN = new SerializedString("run");
    static final SerializableString N_TOTAL = new SerializedString("total");
    static final SerializableString N_TEXT = new SerializedString("text");
    static final SerializableString N_PIECE = new SerializedString("piece");
    static final SerializableString N_PIECES = new SerializedString("pieces");
    static final SerializableString N_VALUE = new SerializedString("value");
    static final SerializableString N_CELLS = new SerializedString("cells");

    /** One column of one row in one edition. */
    record ColumnPlan(TableColumn column, SerializableString name, CellRef ref) {
    }

    /** One row of one table in one edition, with its columns in printed order. */
    record RowPlan(TableRow row, SerializableString name, List<ColumnPlan> columns) {
    }

    /** One table of one edition, with its rows in printed order. */
    record TablePlan(ReportTable table, SerializableString name, List<RowPlan> rows) {
    }

    /**
     * One row of one table in one edition as the reader's hot loop wants it: the row's name, and its cells'
     * names and slots in printed order, in arrays.
     */
    static final class RowShape {
        final TableRow row;
        final int position;
        final SerializableString name;
        final SerializableString[] columnNames;
        final int[] slots;

        RowShape(RowPlan plan, int position) {
            this.row = plan.row();
            this.position = position;
            this.name = plan.name();
            this.columnNames = plan.columns().stream().map(ColumnPlan::name).toArray(SerializableString[]::new);
            this.slots = plan.columns().stream().mapToInt(c -> CoreAccess.slot(c.ref())).toArray();
        }
    }

    private static final int TABLES = ReportTable.values().length;
    private static final int EDITIONS = Edition.values().length;
    private static final Map<Edition, List<TablePlan>> PLANS = new EnumMap<>(Edition.class);
    /** [edition][table]: the edition's rows of the table in printed order. */
    private static final RowShape[][][] ROW_SHAPES = new RowShape[EDITIONS][TABLES][];
    /** [edition][table]: their names. */
    private static final SerializableString[][][] ROW_NAMES = new SerializableString[EDITIONS][TABLES][];
    /** [edition][table][row position]: the row's shape, or null if the edition lacks the row. */
    private static final RowShape[][][] ROW_SHAPES_BY_POSITION = new RowShape[EDITIONS][TABLES][];
    private static final NameIndex[] ROW_INDEXES = new NameIndex[TABLES];
    private static final NameIndex[] COLUMN_INDEXES = new NameIndex[TABLES];
    /** [table][slot]: the cell, or null for a slot no edition has. */
    private static final CellRef[][] CELLS = new CellRef[TABLES][];
    /** [table][slot]: the value kind of the cell's column. */
    private static final ValueKind[][] KINDS = new ValueKind[TABLES][];
    /** [table][row position][column position]: the slot, or -1 where the row has the column in no edition. */
    private static final int[][][] SLOTS = new int[TABLES][][];
    /** [edition][table][slot]: whether the edition has the cell. */
    private static final boolean[][][] IN_EDITION = new boolean[EDITIONS][TABLES][];

    static {
        for (ReportTable table : ReportTable.values()) {
            int t = table.ordinal();
            ROW_INDEXES[t] = new NameIndex(table.rows().stream().map(TableRow::key).toList());
            COLUMN_INDEXES[t] = new NameIndex(table.columns().stream().map(TableColumn::key).toList());
            CELLS[t] = new CellRef[CoreAccess.slots(table)];
            KINDS[t] = new ValueKind[CELLS[t].length];
            SLOTS[t] = new int[table.rows().size()][table.columns().size()];
            for (int[] row : SLOTS[t]) {
                Arrays.fill(row, -1);
            }
        }
        for (Edition edition : Edition.values()) {
            ReportFormat format = ReportFormat.of(edition);
            for (ReportTable table : ReportTable.values()) {
                addCells(edition, table, format.cells(table));
            }
            List<TablePlan> plans = new ArrayList<>();
            for (ReportTable table : ReportTable.values()) {
                TablePlan plan = plan(format, table);
                addShapes(edition, plan);
                if (!plan.rows().isEmpty()) {
                    plans.add(plan);
                }
            }
            PLANS.put(edition, List.copyOf(plans));
        }
    }

    private static void addCells(Edition edition, ReportTable table, List<CellRef> cells) {
        int t = table.ordinal();
        IN_EDITION[edition.ordinal()][t] = new boolean[CELLS[t].length];
        for (CellRef cell : cells) {
            int slot = CoreAccess.slot(cell);
            IN_EDITION[edition.ordinal()][t][slot] = true;
            CELLS[t][slot] = cell;
            KINDS[t][slot] = cell.column().valueKind();
            SLOTS[t][table.rows().indexOf(cell.row())][table.columns().indexOf(cell.column())] = slot;
        }
    }

    private static TablePlan plan(ReportFormat format, ReportTable table) {
        List<RowPlan> rows = new ArrayList<>();
        for (TableRow row : format.rows(table)) {
            List<ColumnPlan> columns = new ArrayList<>();
            for (CellRef cell : format.cells(table)) {
                if (cell.row() == row) {
                    columns.add(new ColumnPlan(cell.column(), new SerializedString(cell.column().key()), cell));
                }
            }
            rows.add(new RowPlan(row, new SerializedString(row.key()), List.copyOf(columns)));
        }
        return new TablePlan(table, new SerializedString(table.key()), List.copyOf(rows));
    }

    private static void addShapes(Edition edition, TablePlan plan) {
        ReportTable table = plan.table();
        RowShape[] shapes = new RowShape[plan.rows().size()];
        RowShape[] byPosition = new RowShape[table.rows().size()];
        for (int i = 0; i < shapes.length; i++) {
            RowPlan row = plan.rows().get(i);
            shapes[i] = new RowShape(row, table.rows().indexOf(row.row()));
            byPosition[shapes[i].position] = shapes[i];
        }
        ROW_SHAPES[edition.ordinal()][table.ordinal()] = shapes;
        ROW_NAMES[edition.ordinal()][table.ordinal()] = Arrays.stream(shapes).map(s -> s.name)
                .toArray(SerializableString[]::new);
        ROW_SHAPES_BY_POSITION[edition.ordinal()][table.ordinal()] = byPosition;
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

    /** Returns the names of the rows of a table in an edition, in printed order; do not modify. */
    static SerializableString[] rowNames(Edition edition, ReportTable table) {
        return ROW_NAMES[edition.ordinal()][table.ordinal()];
    }

    /** Returns the shape of a row in an edition, by row position, or null if the edition lacks the row. */
    static RowShape rowShape(Edition edition, ReportTable table, int rowPosition) {
        return ROW_SHAPES_BY_POSITION[edition.ordinal()][table.ordinal()][rowPosition];
    }

    /** Tells whether the edition has the table at all (S6 is 2021 only). */
    static boolean hasTable(ReportTable table, Edition edition) {
        return ROW_SHAPES[edition.ordinal()][table.ordinal()].length > 0;
    }

    /** Returns an index of the table's row keys, of all editions; a position is the row's position. */
    static NameIndex rowIndex(ReportTable table) {
        return ROW_INDEXES[table.ordinal()];
    }

    /** Returns an index of the table's column keys, of all editions; a position is the column's position. */
    static NameIndex columnIndex(ReportTable table) {
        return COLUMN_INDEXES[table.ordinal()];
    }

    /** Returns the number of slots of a table, {@link CoreAccess#slots}. */
    static int slots(ReportTable table) {
        return CELLS[table.ordinal()].length;
    }

    /** Returns the value kinds of the table's cells, by slot; do not modify. */
    static ValueKind[] kinds(ReportTable table) {
        return KINDS[table.ordinal()];
    }

    /** Returns the cell at a slot of a table that some edition has. */
    static CellRef cell(ReportTable table, int slot) {
        return CELLS[table.ordinal()][slot];
    }

    /** Returns the slot where a row and a column meet, by position, or -1 if they meet in no edition. */
    static int slot(ReportTable table, int rowPosition, int columnPosition) {
        return SLOTS[table.ordinal()][rowPosition][columnPosition];
    }

    /** Tells whether an edition has the cell at a slot of a table. */
    static boolean inEdition(Edition edition, ReportTable table, int slot) {
        return IN_EDITION[edition.ordinal()][table.ordinal()][slot];
    }

    /** Returns the table's row at a position. */
    static TableRow row(ReportTable table, int position) {
        return table.rows().get(position);
    }

    /** Returns the keys of the editions that have a row, as {@code 2019} or {@code 2019 and 2021}. */
    static JsonProblem editionsOf(TableRow row) {
        List<String> keys = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            if (row.existsIn(edition)) {
                keys.add(edition.key());
            }
        }
        return keys.size() == 1 ? JsonProblem.literal(keys.get(0))
                : JsonProblem.of("editions.both", keys.get(0), keys.get(1));
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
}
