package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;

/**
 * Reads the tables of one report: rows and cells, each checked against the edition as it is read, or at the
 * end of the report when the tables come before {@code edition}. The values are kept by slot, as
 * {@link io.github.gongkai.core.internal.CoreAccess#setAll} takes them.
 */
final class TableParser {

    private static final SerializableString[] NO_NAMES = {};
    private static final int[] NO_SLOTS = {};
    private static final int TABLES = ReportTable.values().length;

    private final JsonParser p;
    private final TokenCursor cursor;
    private final JsonErrors errors;
    private final CellValueParser cellValues;
    /** Per table: the values read, by slot. */
    private final CellValue[][] cells = new CellValue[TABLES][];
    /** Per table: which rows were present, by row position. */
    private final boolean[][] rowsSeen = new boolean[TABLES][];
    /** Per table: whether the edition-dependent checks still have to run. */
    private final boolean[] deferred = new boolean[TABLES];
    /** The report's edition, or null while it is not known. */
    private Edition edition;

    TableParser(JsonParser p, TokenCursor cursor, JsonErrors errors, VersionRule version) {
        this.p = p;
        this.cursor = cursor;
        this.errors = errors;
        this.cellValues = new CellValueParser(p, cursor, errors, version);
    }

    /**
     * Returns the values read, by table ordinal and slot: null for a table that was not read, and within a table
     * for a cell that was not. The arrays are handed over: this parser does not use them afterwards.
     */
    CellValue[][] valuesByTable() {
        return cells;
    }

    /**
     * Reads a table's object of rows.
     *
     * @param edition the report's edition, or null while it is not known: the checks that need it then wait
     *     for {@link #checkDeferred}
     */
    void read(ReportTable table, Edition edition) {
        this.edition = edition;
        String tableKey = table.key();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw errors.wrongType(errors.ptr(tableKey), JsonProblem.of("expect.tableRows", tableKey));
        }
        CellValue[] values = new CellValue[Layout.slots(table)];
        boolean[] seen = new boolean[table.rows().size()];
        cells[table.ordinal()] = values;
        rowsSeen[table.ordinal()] = seen;
        // The rows in canonical order, as written: each name is first compared with the one expected there.
        Layout.RowShape[] expected = edition == null ? new Layout.RowShape[0] : Layout.rowShapes(edition, table);
        SerializableString[] names = edition == null ? NO_NAMES : Layout.rowNames(edition, table);
        int next = 0;
        while (true) {
            int member = cursor.nextMember(names, next);
            if (member == TokenCursor.END) {
                break;
            }
            Layout.RowShape shape = member >= 0 ? expected[next++] : otherRow(table);
            int position = shape != null ? shape.position : Layout.rowIndex(table).find(p.currentName());
            if (seen[position]) {
                throw errors.duplicate(errors.ptr(tableKey, Layout.row(table, position).key()));
            }
            seen[position] = true;
            readRow(table, position, shape, values);
        }
        if (edition != null) {
            // Rows and cells were checked against the edition as they were read: only absent rows remain.
            for (Layout.RowShape shape : expected) {
                if (!seen[shape.position]) {
                    throw missingRow(table, shape.row);
                }
            }
        } else {
            deferred[table.ordinal()] = true;
        }
    }

    /**
     * Checks the row the parser stands on, which is not the one expected next (or none was expected).
     *
     * @return its shape in the edition, or null while the edition is not known
     */
    private Layout.RowShape otherRow(ReportTable table) {
        String tableKey = table.key();
        int position = Layout.rowIndex(table).find(p.currentName());
        if (position < 0) {
            String rowKey = p.currentName();
            throw errors.error(Kind.UNKNOWN_MEMBER, errors.ptr(tableKey, rowKey), JsonProblem.of("problem.unknownRow",
                    JsonText.quote(rowKey), tableKey, Layout.quotedKeys(rowKeys(table, edition))));
        }
        if (edition == null) {
            return null;
        }
        Layout.RowShape shape = Layout.rowShape(edition, table, position);
        if (shape == null) {
            throw rowNotInEdition(table, Layout.row(table, position));
        }
        return shape;
    }

    /**
     * Reads one row's object of cells into {@code values}.
     *
     * @param shape the row in the edition, or null while the edition is not known
     */
    private void readRow(ReportTable table, int rowPosition, Layout.RowShape shape, CellValue[] values) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notARowObject(table, rowPosition);
        }
        // Small on purpose: the compiler inlines the reading of a cell into this loop. Errors are built elsewhere.
        ValueKind[] kinds = Layout.kinds(table);
        int read = 0;
        // The columns in canonical order, as written: each name is first compared with the one expected there.
        SerializableString[] expected = shape == null ? NO_NAMES : shape.columnNames;
        int[] slots = shape == null ? NO_SLOTS : shape.slots;
        int next = 0;
        while (true) {
            int member = cursor.nextMember(expected, next);
            int slot;
            if (member >= 0) {
                // A cell of the row in the edition: only a duplicate is possible.
                slot = slots[next++];
            } else if (member == TokenCursor.END) {
                break;
            } else {
                slot = otherColumn(table, rowPosition);
            }
            if (values[slot] != null) {
                throw errors.duplicate(errors.ptr(Layout.cell(table, slot)));
            }
            // The common cell, a whole number of at least zero in a count column, in one call to the parser.
            ValueKind kind = kinds[slot];
            long number = kind == ValueKind.AMOUNT ? -1 : cursor.nextWholeNumber();
            values[slot] = number >= 0
                    ? (kind == ValueKind.COUNT ? CellValue.count(number) : CellValue.signedCount(number))
                    : cellValues.read(kind == ValueKind.AMOUNT ? p.nextToken() : p.currentToken(),
                            Layout.cell(table, slot), kind);
            read++;
        }
        // Every cell read exists in the edition and none twice: as many as the row has means none is missing.
        if (shape != null && read != slots.length) {
            checkNoCellMissing(table, shape, values);
        }
    }

    /**
     * Checks the column the parser stands on, which is not the one expected next (or none was expected): it
     * exists in either edition and, once the edition is known, in it.
     *
     * @return the cell's slot
     */
    private int otherColumn(ReportTable table, int rowPosition) {
        TableRow row = Layout.row(table, rowPosition);
        int column = Layout.columnIndex(table).find(p.currentName());
        int slot = column < 0 ? -1 : Layout.slot(table, rowPosition, column);
        if (slot < 0) {
            String columnKey = p.currentName();
            throw errors.error(Kind.UNKNOWN_MEMBER, errors.ptr(table.key(), row.key(), columnKey),
                    JsonProblem.of("problem.unknownColumn", JsonText.quote(columnKey), table.key(), row.key(),
                            Layout.quotedKeys(columnKeys(table, rowPosition, edition))));
        }
        if (edition != null && !Layout.inEdition(edition, table, slot)) {
            throw notInEdition(Layout.cell(table, slot));
        }
        return slot;
    }

    /** Fails for the first cell of the row, in printed order, that was not read. */
    private void checkNoCellMissing(ReportTable table, Layout.RowShape shape, CellValue[] values) {
        for (int slot : shape.slots) {
            if (values[slot] == null) {
                CellRef cell = Layout.cell(table, slot);
                throw errors.missing(errors.ptr(cell), JsonProblem.of("expect.cellOrBlank",
                        CellValueParser.expectation(cell.column())));
            }
        }
    }

    /** Runs the checks that needed the edition, if they had to wait for it. */
    void checkDeferred(ReportTable table, Edition edition) {
        if (!deferred[table.ordinal()]) {
            return;
        }
        this.edition = edition;
        CellValue[] values = cells[table.ordinal()];
        boolean[] seen = rowsSeen[table.ordinal()];
        for (int r = 0; r < seen.length; r++) {
            Layout.RowShape shape = Layout.rowShape(edition, table, r);
            if (shape == null) {
                if (seen[r]) {
                    throw rowNotInEdition(table, Layout.row(table, r));
                }
                continue;
            }
            if (!seen[r]) {
                throw missingRow(table, shape.row);
            }
            for (int c = 0; c < table.columns().size(); c++) {
                int slot = Layout.slot(table, r, c);
                if (slot >= 0 && values[slot] != null && !Layout.inEdition(edition, table, slot)) {
                    throw notInEdition(Layout.cell(table, slot));
                }
            }
            checkNoCellMissing(table, shape, values);
        }
    }

    /** A row that is not an object of cells; apart from {@link #readRow}, whose size decides whether it is inlined. */
    private ReportJsonException notARowObject(ReportTable table, int rowPosition) {
        TableRow row = Layout.row(table, rowPosition);
        return errors.wrongType(errors.ptr(table.key(), row.key()), JsonProblem.of("expect.rowCells", table.key(),
                row.key()));
    }

    private ReportJsonException missingRow(ReportTable table, TableRow row) {
        return errors.missing(errors.ptr(table.key(), row.key()), JsonProblem.of("expect.row", table.key(), row.key(),
                row.qualifiedLabel(edition)));
    }

    private ReportJsonException rowNotInEdition(ReportTable table, TableRow row) {
        return errors.error(Kind.NOT_IN_EDITION, errors.ptr(table.key(), row.key()),
                JsonProblem.of("problem.rowNotInEdition", table.key(), row.key(), edition.key(),
                        Layout.editionsOf(row)));
    }

    private ReportJsonException notInEdition(CellRef cell) {
        int rowPosition = cell.table().rows().indexOf(cell.row());
        return errors.error(Kind.NOT_IN_EDITION, errors.ptr(cell), JsonProblem.of("problem.cellNotInEdition", cell,
                edition.key(), cell.table().key(), cell.row().key(),
                Layout.quotedKeys(columnKeys(cell.table(), rowPosition, edition))));
    }

    private static List<String> rowKeys(ReportTable table, Edition edition) {
        List<String> keys = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (edition == null || row.existsIn(edition)) {
                keys.add(row.key());
            }
        }
        return keys;
    }

    /** The keys of a row's columns in an edition, or in either while it is not known. */
    private static List<String> columnKeys(ReportTable table, int rowPosition, Edition edition) {
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int slot = Layout.slot(table, rowPosition, c);
            if (slot >= 0 && (edition == null || Layout.inEdition(edition, table, slot))) {
                keys.add(table.columns().get(c).key());
            }
        }
        return keys;
    }
}
