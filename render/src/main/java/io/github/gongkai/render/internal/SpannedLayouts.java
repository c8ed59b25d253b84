package io.github.gongkai.render.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.render.PrintedTable;
import io.github.gongkai.render.PrintedTable.Cell;
import io.github.gongkai.render.PrintedTable.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a report's official tables cell by cell with their spans, exactly as {@code gongkai-render}'s HTML
 * writer does: table 二's items of article 20 each under a heading row spanning the table and a header row
 * (信息内容 and the item's columns, an item with fewer columns spanning its last); table 三's balance note in the
 * corner (three rows by three columns), 申请人情况 over the seven columns, 自然人 and 总计 over two header rows,
 * 法人或其他组织 over its five, 三、本年度办理结果 spanning the outcome rows and each group label its rows; table 四's
 * 行政复议 / 行政诉讼（未经复议直接起诉 / 复议后起诉） header over one row of fifteen cells; section 六's fee figures.
 * Labels are core's; a cell's text is {@link CellText}'s. Public for {@link PrintedTable#of} in the API
 * package; not API.
 */
public final class SpannedLayouts {

    private final Report report;
    private final Edition edition;
    private final ReportFormat format;

    private SpannedLayouts(Report report) {
        this.report = report;
        this.edition = report.edition();
        this.format = ReportFormat.of(edition);
    }

    /**
     * Lays out the tables of the report's edition, in printed order.
     *
     * @param report the report
     * @return its tables, never null
     */
    public static List<PrintedTable> of(Report report) {
        SpannedLayouts layouts = new SpannedLayouts(report);
        List<PrintedTable> tables = new ArrayList<>(4);
        for (ReportTable table : layouts.format.tables()) {
            tables.add(switch (table) {
                case T2 -> layouts.activeDisclosure();
                case T3 -> layouts.applications();
                case T4 -> layouts.reviewLitigation();
                case S6 -> layouts.fees();
            });
        }
        return tables;
    }

    private PrintedTable activeDisclosure() {
        int width = 0;
        for (TableRow row : format.rows(ReportTable.T2)) {
            width = Math.max(width, row.columns(edition).size());
        }
        List<List<Cell>> rows = new ArrayList<>();
        String block = null;
        for (TableRow tableRow : format.rows(ReportTable.T2)) {
            ActiveDisclosureRow row = (ActiveDisclosureRow) tableRow;
            List<? extends TableColumn> columns = row.columns(edition);
            if (!row.block().equals(block)) {
                block = row.block();
                rows.add(List.of(heading(block, 1, width + 1)));
                List<Cell> header = new ArrayList<>();
                header.add(heading(ActiveDisclosureRow.CONTENT_LABEL, 1, 1));
                for (int i = 0; i < columns.size(); i++) {
                    header.add(heading(columns.get(i).label(edition), 1, i == columns.size() - 1 ? width - i : 1));
                }
                rows.add(header);
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(rowLabel(row.label(edition), 1, 1));
            for (int i = 0; i < columns.size(); i++) {
                cells.add(value(row, columns.get(i), i == columns.size() - 1 ? width - i : 1));
            }
            rows.add(cells);
        }
        return new PrintedTable(ReportTable.T2, width + 1, 0, rows);
    }

    private PrintedTable applications() {
        List<TableColumn> columns = format.columns(ReportTable.T3);
        int organisations = 0;
        for (TableColumn column : columns) {
            organisations += ((ApplicantColumn) column).isOrganization() ? 1 : 0;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(heading(ApplicationRow.BALANCE_NOTE, 3, 3),
                heading(ApplicantColumn.APPLICANTS_LABEL, 1, columns.size())));
        List<Cell> second = new ArrayList<>();
        boolean grouped = false;
        for (TableColumn column : columns) {
            if (!((ApplicantColumn) column).isOrganization()) {
                second.add(heading(column.label(edition), 2, 1));
            } else if (!grouped) {
                second.add(heading(ApplicantColumn.ORGANIZATIONS_LABEL, 1, organisations));
                grouped = true;
            }
        }
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (TableColumn column : columns) {
            if (((ApplicantColumn) column).isOrganization()) {
                third.add(heading(column.label(edition), 1, 1));
            }
        }
        rows.add(third);
        List<TableRow> tableRows = format.rows(ReportTable.T3);
        for (int i = 0; i < tableRows.size(); i++) {
            rows.add(applicationRow(tableRows, i));
        }
        return new PrintedTable(ReportTable.T3, 3 + columns.size(), 3, rows);
    }

    /** One row of table 三, opening the labels that span it and the rows after it where it is their first. */
    private List<Cell> applicationRow(List<TableRow> rows, int index) {
        ApplicationRow row = (ApplicationRow) rows.get(index);
        ApplicationRow previous = index == 0 ? null : (ApplicationRow) rows.get(index - 1);
        List<Cell> cells = new ArrayList<>();
        if (!isResult(row)) {
            cells.add(rowLabel(row.label(edition), 1, 3));
        } else {
            if (previous == null || !isResult(previous)) {
                cells.add(heading(ApplicationRow.RESULTS_LABEL, countFrom(rows, index, true, null), 1));
            }
            if (row.group().isEmpty()) {
                cells.add(rowLabel(row.label(edition), 1, 2));
            } else {
                if (previous == null || previous.group().orElse(null) != row.group().get()) {
                    cells.add(heading(row.group().get().label(), countFrom(rows, index, false, row), 1));
                }
                cells.add(rowLabel(row.label(edition), 1, 1));
            }
        }
        for (TableColumn column : row.columns(edition)) {
            cells.add(value(row, column, 1));
        }
        return cells;
    }

    /** Whether a row of table 三 is one of 三、本年度办理结果's rows (an outcome or their total). */
    static boolean isResult(ApplicationRow row) {
        return row.kind() == ApplicationRow.Kind.OUTCOME || row.kind() == ApplicationRow.Kind.OUTCOME_TOTAL;
    }

    /** The number of rows from an index on that are results ({@code results}) or in the group of {@code first}. */
    static int countFrom(List<TableRow> rows, int index, boolean results, ApplicationRow first) {
        int count = 0;
        for (int i = index; i < rows.size(); i++) {
            ApplicationRow row = (ApplicationRow) rows.get(i);
            boolean in = results ? isResult(row) : row.group().equals(first.group());
            if (!in) {
                break;
            }
            count++;
        }
        return count;
    }

    private PrintedTable reviewLitigation() {
        List<TableRow> rows = format.rows(ReportTable.T4);
        List<Cell> first = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < rows.size(); i++) {
            ReviewLitigationRow row = (ReviewLitigationRow) rows.get(i);
            width += row.columns(edition).size();
            if (row.parentLabel().isEmpty()) {
                first.add(heading(row.label(), 1, row.columns(edition).size()));
            } else if (i == 0 || !row.parentLabel().equals(((ReviewLitigationRow) rows.get(i - 1)).parentLabel())) {
                int span = 0;
                for (int j = i; j < rows.size() && ((ReviewLitigationRow) rows.get(j)).parentLabel()
                        .equals(row.parentLabel()); j++) {
                    span += rows.get(j).columns(edition).size();
                }
                first.add(heading(row.parentLabel().get(), 1, span));
            }
        }
        List<Cell> second = new ArrayList<>();
        for (TableRow tableRow : rows) {
            ReviewLitigationRow row = (ReviewLitigationRow) tableRow;
            if (row.parentLabel().isEmpty()) {
                for (TableColumn column : row.columns(edition)) {
                    second.add(heading(column.label(edition), 2, 1));
                }
            } else {
                second.add(heading(row.label(), 1, row.columns(edition).size()));
            }
        }
        List<Cell> third = new ArrayList<>();
        for (TableRow row : rows) {
            if (((ReviewLitigationRow) row).parentLabel().isPresent()) {
                for (TableColumn column : row.columns(edition)) {
                    third.add(heading(column.label(edition), 1, 1));
                }
            }
        }
        List<Cell> values = new ArrayList<>();
        for (TableRow row : rows) {
            for (TableColumn column : row.columns(edition)) {
                values.add(value(row, column, 1));
            }
        }
        return new PrintedTable(ReportTable.T4, width, 3, List.of(first, second, third, values));
    }

    private PrintedTable fees() {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        header.add(new Cell("", Kind.HEADING, 1, 1));
        List<TableColumn> columns = format.columns(ReportTable.S6);
        for (TableColumn column : columns) {
            header.add(heading(column.label(edition), 1, 1));
        }
        rows.add(header);
        for (TableRow row : format.rows(ReportTable.S6)) {
            List<Cell> cells = new ArrayList<>();
            cells.add(rowLabel(row.label(edition), 1, 1));
            for (TableColumn column : row.columns(edition)) {
                cells.add(value(row, column, 1));
            }
            rows.add(cells);
        }
        return new PrintedTable(ReportTable.S6, 1 + columns.size(), 1, rows);
    }

    private static Cell heading(String text, int rowSpan, int colSpan) {
        return new Cell(text, Kind.HEADING, rowSpan, colSpan);
    }

    private static Cell rowLabel(String text, int rowSpan, int colSpan) {
        return new Cell(text, Kind.ROW_LABEL, rowSpan, colSpan);
    }

    private Cell value(TableRow row, TableColumn column, int colSpan) {
        CellValue value = report.get(new CellRef(row, column));
        return new Cell(CellText.of(value, column, edition),
                value instanceof CellValue.Unread ? Kind.UNREAD : Kind.VALUE, 1, colSpan);
    }
}
