package io.github.gongkai.cli;

import io.github.gongkai.core.ReportTable;
import io.github.gongkai.render.PrintedTable;
import io.github.gongkai.validation.ValidationResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of {@code convert --to xlsx}: sheet {@code cells} (the cells table's columns, {@link CellRows}),
 * sheet {@code findings} (the findings table's, {@link FindingRows}, with the default rules), then one sheet per
 * official table of each report laid out as printed ({@link TableSheet}): {@code T2}, {@code T3}, {@code T4},
 * {@code S6} for one report, {@code 1 T2}, {@code 1 T3}, … {@code 2 T2} … for several (the report's number in
 * input order).
 *
 * <p>In the {@code cells} and {@code findings} sheets a whole number ({@code year}, a count's {@code value}) is a
 * number cell and everything else a text cell: an amount's {@code value} is text with the scale as printed
 * ({@code 0.00}), which a number cell would lose. Text cells are never formulas, so no text is guarded as in the
 * CSV. The header row is bold and frozen. Rows are streamed to disk (POI's SXSSF), so the workbook's size in memory
 * does not grow with the number of reports; a {@code cells} sheet past Excel's 1 048 576 rows is refused.
 */
final class Workbook implements Closeable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet cells;
    private final Sheet findings;
    private final CellStyle header;
    private final Map<PrintedTable.Kind, CellStyle> kinds = new EnumMap<>(PrintedTable.Kind.class);
    private final TableSheet.Styles styles;
    private final Lang lang;
    private int reports;

    /**
     * Starts an empty workbook with its {@code cells} and {@code findings} sheets.
     *
     * @param lang the language of the findings' messages
     */
    Workbook(Lang lang) {
        this.lang = lang;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        cells = sheet("cells", CellRows.COLUMNS);
        findings = sheet("findings", FindingRows.COLUMNS);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        CellStyle heading = bordered(HorizontalAlignment.CENTER);
        heading.setFont(bold);
        kinds.put(PrintedTable.Kind.HEADING, heading);
        kinds.put(PrintedTable.Kind.ROW_LABEL, bordered(HorizontalAlignment.LEFT));
        kinds.put(PrintedTable.Kind.VALUE, bordered(HorizontalAlignment.CENTER));
        CellStyle unread = bordered(HorizontalAlignment.CENTER);
        unread.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        unread.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        kinds.put(PrintedTable.Kind.UNREAD, unread);
        styles = new TableSheet.Styles() {
            @Override
            public CellStyle title() {
                return title;
            }

            @Override
            public CellStyle heading() {
                return heading;
            }

            @Override
            public CellStyle of(PrintedTable.Kind kind) {
                return kinds.get(kind);
            }
        };
    }

    private CellStyle bordered(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private Sheet sheet(String name, List<ExportColumn> columns) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * Adds a report: its cells, its findings, and a sheet per table. Call it for every report before any
     * {@link #unreadable}: the table sheets are named by the reports' numbers.
     *
     * @param input the report
     * @param result its validation
     */
    void add(Loaded.Read input, ValidationResult result) {
        CellRows.of(input, row -> append(cells, row));
        FindingRows.of(input, result, lang, row -> append(findings, row));
        reports++;
        for (PrintedTable table : PrintedTable.of(input.report())) {
            String name = reports == 1 ? table.table().key() : reports + " " + table.table().key();
            TableSheet.write(workbook.createSheet(name), table, label(table.table()), styles);
        }
    }

    /**
     * Adds an input that could not be read, as a row of the findings sheet.
     *
     * @param input the input
     */
    void unreadable(Loaded.Unreadable input) {
        FindingRows.unreadable(input, lang, row -> append(findings, row));
    }

    /**
     * Names the table sheets of the first report {@code 1 T2} … once a second report comes. Called by
     * {@link #write} before writing.
     */
    private void renameFirst() {
        if (reports < 2) {
            return;
        }
        for (ReportTable table : ReportTable.values()) {
            int index = workbook.getSheetIndex(table.key());
            if (index >= 0) {
                workbook.setSheetName(index, "1 " + table.key());
            }
        }
    }

    private static String label(ReportTable table) {
        return table.label();
    }

    private static void append(Sheet sheet, List<Object> values) {
        int next = sheet.getLastRowNum() + 1;
        if (next >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            int rows = SpreadsheetVersion.EXCEL2007.getMaxRows();
            throw new OperatorException(lang -> lang.t("工作簿的 " + sheet.getSheetName() + " 表将超过 Excel 的 " + rows
                    + " 行；语料请写成 CSV（--to cells）", "the workbook's " + sheet.getSheetName()
                    + " sheet would pass Excel's " + rows + " rows; write CSV (--to cells) for a corpus"));
        }
        Row row = sheet.createRow(next);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Long || value instanceof Integer) {
                row.createCell(i).setCellValue(((Number) value).doubleValue());
            } else if (value instanceof BigDecimal decimal) {
                row.createCell(i).setCellValue(decimal.toPlainString());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    /**
     * Writes the workbook.
     *
     * @param out where to write; not closed
     * @throws IOException if it cannot be written
     */
    void write(OutputStream out) throws IOException {
        renameFirst();
        workbook.write(out);
    }

    /** Deletes the workbook's temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
