package io.github.gongkai.cli;

import io.github.gongkai.render.PrintedTable;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one official table into a sheet as it is printed ({@link PrintedTable}, the layout of the HTML and Word
 * renderers): the section's title in the first row across the table, then the table from the second row, a cell
 * spanning rows or columns written as a merged region (group labels, 申请人情况 and 法人或其他组织 over their columns,
 * table 三's corner note). A count is a number; every other value (an amount with its scale and unit, a signed
 * count, a placeholder, {@code ?} for an unread cell) is the text the tables print.
 */
final class TableSheet {

    /** Digits of a count: written as a number. */
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,14}");

    private TableSheet() {
    }

    /**
     * Writes a table into an empty sheet.
     *
     * @param sheet the sheet
     * @param table the table
     * @param title the section's title, written above the table
     * @param styles the workbook's styles
     */
    static void write(Sheet sheet, PrintedTable table, String title, Styles styles) {
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title());
        if (table.columns() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.columns() - 1));
        }
        // For each grid column, how many more rows a cell above covers.
        int[] covered = new int[table.columns()];
        List<List<PrintedTable.Cell>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            int column = 0;
            for (PrintedTable.Cell cell : rows.get(r)) {
                while (column < table.columns() && covered[column] > 0) {
                    covered[column++]--;
                }
                if (column + cell.colSpan() > table.columns()) {
                    throw new IllegalStateException(table.table() + " row " + r + " overflows the grid");
                }
                write(row, column, cell, styles);
                // The covered cells of a merged region get the border too.
                for (int c = column; c < column + cell.colSpan(); c++) {
                    if (c > column) {
                        row.createCell(c).setCellStyle(styles.of(cell.kind()));
                    }
                    covered[c] = cell.rowSpan() - 1;
                }
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r + 1, r + cell.rowSpan(), column,
                            column + cell.colSpan() - 1));
                }
                column += cell.colSpan();
            }
            while (column < table.columns()) {
                if (covered[column] == 0) {
                    throw new IllegalStateException(table.table() + " row " + r + " does not fill the grid");
                }
                covered[column++]--;
            }
        }
        borderCovered(sheet, table, styles);
        for (int c = 0; c < table.columns(); c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        // The row labels: table 三's three label columns (results, groups, rows), the first column of the others.
        switch (table.table()) {
            case T3 -> {
                sheet.setColumnWidth(0, 6 * 256);
                sheet.setColumnWidth(1, 12 * 256);
                sheet.setColumnWidth(2, 36 * 256);
            }
            case T2, S6 -> sheet.setColumnWidth(0, 30 * 256);
            case T4 -> { }
        }
        sheet.createFreezePane(0, 1 + table.headerRows());
    }

    private static void write(Row row, int column, PrintedTable.Cell cell, Styles styles) {
        Cell target = row.createCell(column);
        if (cell.kind() == PrintedTable.Kind.VALUE && COUNT.matcher(cell.text()).matches()) {
            target.setCellValue(Long.parseLong(cell.text()));
        } else if (!cell.text().isEmpty()) {
            target.setCellValue(cell.text());
        }
        target.setCellStyle(styles.of(cell.kind()));
    }

    /** Gives the cells a merged region covers below its first row a border, so that the region is outlined. */
    private static void borderCovered(Sheet sheet, PrintedTable table, Styles styles) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
                Row row = sheet.getRow(r);
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (row.getCell(c) == null) {
                        row.createCell(c).setCellStyle(styles.heading());
                    }
                }
            }
        }
    }

    /** The styles of a workbook's table sheets. */
    interface Styles {
        /** The section's title above the table. */
        CellStyle title();

        /** A heading: centred, bordered, wrapped. */
        CellStyle heading();

        /** The style of a cell of the given kind. */
        CellStyle of(PrintedTable.Kind kind);
    }
}
