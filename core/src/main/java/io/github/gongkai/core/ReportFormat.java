package io.github.gongkai.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One edition of the national format, as data: its tables, their rows and columns in printed order, the
 * cells that exist, each cell's index in the edition's canonical order, and every accounting identity
 * between cells (I-1 to I-4 of the spec).
 *
 * <p>This is the one description every module reads: the validator compiles its checks from
 * {@link #identities()}, the page reader splits glued numbers by them, the test kit derives totals from
 * them, and the JSON layout follows {@link #cells()}. Where the two editions differ, the data differs (the
 * rows of table 三, the columns of table 二, table 六); no module branches on the edition.
 *
 * <pre>{@code
 * ReportFormat format = ReportFormat.of(Edition.V2021);
 * for (Identity identity : format.identitiesOf(CellRef.parse("T3/withheld.stateSecret/naturalPerson"))) {
 *     System.out.println(identity.rule() + "  " + identity.formula(Locale.SIMPLIFIED_CHINESE));
 * }
 * // T3.ROW_TOTAL  （三）不予公开 1.属于国家秘密：总计 = 自然人 + 商业企业 + …
 * // T3.OUTCOME_TOTAL  自然人：（七）总计 = （一）予以公开 + …
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance per edition.
 */
public final class ReportFormat {

    private static final Map<Edition, ReportFormat> FORMATS = formats();

    private final Edition edition;
    private final List<ReportTable> tables;
    private final Map<ReportTable, List<TableRow>> rows = new EnumMap<>(ReportTable.class);
    private final Map<ReportTable, List<TableColumn>> columns = new EnumMap<>(ReportTable.class);
    private final Map<ReportTable, List<CellRef>> tableCells = new EnumMap<>(ReportTable.class);
    private final List<CellRef> cells;
    private final Map<CellRef, Integer> indexes = new HashMap<>();
    private final List<Identity> identities;
    private final Map<CellRef, List<Identity>> byCell = new HashMap<>();
    private final Set<CellRef> totals;

    private ReportFormat(Edition edition) {
        this.edition = edition;
        List<ReportTable> present = new ArrayList<>();
        List<CellRef> all = new ArrayList<>();
        for (ReportTable table : ReportTable.values()) {
            layOut(table, all);
            if (!tableCells.get(table).isEmpty()) {
                present.add(table);
            }
        }
        this.tables = List.copyOf(present);
        this.cells = List.copyOf(all);
        for (int i = 0; i < cells.size(); i++) {
            indexes.put(cells.get(i), i);
        }
        this.identities = List.copyOf(Identities.of(edition));
        Set<CellRef> totalCells = new LinkedHashSet<>();
        for (Identity identity : identities) {
            for (Identity.Term term : identity.terms()) {
                byCell.computeIfAbsent(term.cell(), c -> new ArrayList<>()).add(identity);
                if (term.role() == Identity.Role.TOTAL) {
                    totalCells.add(term.cell());
                }
            }
        }
        byCell.replaceAll((cell, list) -> List.copyOf(list));
        this.totals = Collections.unmodifiableSet(totalCells);
    }

    private void layOut(ReportTable table, List<CellRef> all) {
        List<TableRow> tableRows = new ArrayList<>();
        Set<TableColumn> tableColumns = new LinkedHashSet<>();
        List<CellRef> inTable = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (row.existsIn(edition)) {
                tableRows.add(row);
            }
        }
        for (TableColumn column : table.columns()) {
            for (TableRow row : tableRows) {
                if (row.columns(edition).contains(column)) {
                    tableColumns.add(column);
                }
            }
        }
        for (TableRow row : tableRows) {
            for (TableColumn column : row.columns(edition)) {
                inTable.add(new CellRef(row, column));
            }
        }
        rows.put(table, List.copyOf(tableRows));
        columns.put(table, List.copyOf(tableColumns));
        tableCells.put(table, List.copyOf(inTable));
        all.addAll(inTable);
    }

    private static Map<Edition, ReportFormat> formats() {
        Map<Edition, ReportFormat> formats = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            formats.put(edition, new ReportFormat(edition));
        }
        return formats;
    }

    /**
     * Returns the format of an edition.
     *
     * @param edition the edition
     * @return its format, never null
     */
    public static ReportFormat of(Edition edition) {
        return FORMATS.get(Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Returns the edition this format describes.
     *
     * @return the edition, never null
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the tables this edition has, in printed order: 二, 三, 四, and 六 in the 2021 edition.
     *
     * @return an unmodifiable list, never null
     */
    public List<ReportTable> tables() {
        return tables;
    }

    /**
     * Returns the rows of a table in printed order.
     *
     * @param table the table
     * @return an unmodifiable list, empty for a table the edition does not have
     */
    public List<TableRow> rows(ReportTable table) {
        return rows.get(Objects.requireNonNull(table, "table"));
    }

    /**
     * Returns every column any row of a table has, in printed order.
     *
     * @param table the table
     * @return an unmodifiable list, empty for a table the edition does not have
     */
    public List<TableColumn> columns(ReportTable table) {
        return columns.get(Objects.requireNonNull(table, "table"));
    }

    /**
     * Returns every cell of this edition in canonical order: tables in printed order, each row by row. The
     * position of a cell in this list is its {@link #indexOf index}.
     *
     * @return an unmodifiable list: 203 cells in 2021, 198 in 2019
     */
    public List<CellRef> cells() {
        return cells;
    }

    /**
     * Returns the cells of one table in canonical order.
     *
     * @param table the table
     * @return an unmodifiable list, empty for a table the edition does not have
     */
    public List<CellRef> cells(ReportTable table) {
        return tableCells.get(Objects.requireNonNull(table, "table"));
    }

    /**
     * Tells whether this edition has a cell.
     *
     * @param cell the cell
     * @return true if the edition's layout has it
     */
    public boolean contains(CellRef cell) {
        return indexes.containsKey(cell);
    }

    /**
     * Returns the position of a cell in {@link #cells()}.
     *
     * @param cell the cell
     * @return its index, or -1 if the edition does not have it
     */
    public int indexOf(CellRef cell) {
        Integer index = indexes.get(cell);
        return index == null ? -1 : index;
    }

    /**
     * Returns every identity of this edition: for each column of table 三 its balance
     * ({@code T3.BALANCE}), for each row of table 三 its total ({@code T3.ROW_TOTAL}), for each column the
     * outcome total ({@code T3.OUTCOME_TOTAL}), and for each group of table 四 its total
     * ({@code T4.GROUP_TOTAL}) — in that order, which is the order of the validator's findings.
     *
     * @return an unmodifiable list, never null
     */
    public List<Identity> identities() {
        return identities;
    }

    /**
     * Returns the identities that involve a cell, in the order of {@link #identities()}: for
     * {@code T3/withheld.stateSecret/naturalPerson}, the total of its row and the outcome total of its column.
     *
     * @param cell the cell
     * @return an unmodifiable list, empty for a cell no identity involves or the edition does not have
     */
    public List<Identity> identitiesOf(CellRef cell) {
        return byCell.getOrDefault(Objects.requireNonNull(cell, "cell"), List.of());
    }

    /**
     * Tells whether a cell is a printed total: the {@link Identity.Role#TOTAL} term of an identity (every
     * 总计 cell of tables 三 and 四, and the row that sums the outcomes of table 三).
     *
     * @param cell the cell
     * @return true for a total
     */
    public boolean isTotal(CellRef cell) {
        return totals.contains(cell);
    }

    @Override
    public String toString() {
        return "ReportFormat[" + edition.key() + ": " + cells.size() + " cells, " + identities.size()
                + " identities]";
    }
}
