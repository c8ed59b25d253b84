package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to xlsx}, read back with POI: the sheets, typed cells, and the tables' merged regions. */
class WorkbookTest {

    @TempDir
    Path dir;

    private XSSFWorkbook convert(String... inputs) throws IOException {
        Path xlsx = dir.resolve("report.xlsx");
        List<String> args = new ArrayList<>(List.of("convert", "--lang", "en"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("-o", xlsx.toString()));
        Run run = GongkaiCliTest.run(args.toArray(String[]::new));
        assertTrue(run.exit() == 0 || run.exit() == 2, run.err());
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowOf(Sheet sheet, String cell) {
        for (Row row : sheet) {
            if (row.getCell(4) != null && row.getCell(4).getStringCellValue().equals(cell)) {
                return row;
            }
        }
        throw new AssertionError(cell);
    }

    @Test
    void oneReportGivesCellsFindingsAndItsFourTables() throws IOException {
        try (XSSFWorkbook workbook = convert(Fixtures.exports(dir).toString())) {
            assertEquals(List.of("cells", "findings", "T2", "T3", "T4", "S6"), sheetNames(workbook));
            Sheet cells = workbook.getSheet("cells");
            Row header = cells.getRow(0);
            for (int i = 0; i < CellRows.COLUMNS.size(); i++) {
                assertEquals(CellRows.COLUMNS.get(i).name(), header.getCell(i).getStringCellValue());
            }
            assertEquals(1 + 203, cells.getPhysicalNumberOfRows());
            Row amount = rowOf(cells, "S6/informationProcessingFees/amountCollected");
            assertEquals(CellType.STRING, amount.getCell(7).getCellType(), "an amount keeps its scale as text");
            assertEquals("0.00", amount.getCell(7).getStringCellValue());
            assertEquals(CellType.NUMERIC, amount.getCell(2).getCellType(), "the year is a number");
            assertEquals("=HYPERLINK(\"http://x\",\"局\")", amount.getCell(1).getStringCellValue(),
                    "text cells are never formulas: no guard");
            Cell count = rowOf(cells, "T2/licensing/decisions").getCell(7);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals(64.0, count.getNumericCellValue());
            assertEquals(1, workbook.getSheet("findings").getPhysicalNumberOfRows(), "a valid report: a header only");
        }
    }

    @Test
    void tableThreeIsLaidOutAsPrintedWithMergedCells() throws IOException {
        try (XSSFWorkbook workbook = convert(Fixtures.broken(dir).toString())) {
            Sheet t3 = workbook.getSheet("T3");
            assertEquals("三、收到和处理政府信息公开申请情况", t3.getRow(0).getCell(0).getStringCellValue());
            List<CellRangeAddress> merged = t3.getMergedRegions();
            assertTrue(merged.contains(new CellRangeAddress(0, 0, 0, 9)), "the title across the ten columns");
            assertTrue(merged.contains(new CellRangeAddress(1, 3, 0, 2)), "the balance note in the corner");
            assertTrue(merged.contains(new CellRangeAddress(1, 1, 3, 9)), "申请人情况 over the seven columns");
            assertTrue(merged.contains(new CellRangeAddress(2, 2, 4, 8)), "法人或其他组织 over its five");
            assertTrue(merged.contains(new CellRangeAddress(2, 3, 3, 3)), "自然人 over two header rows");
            assertEquals("申请人情况", t3.getRow(1).getCell(3).getStringCellValue());
            assertEquals("法人或其他组织", t3.getRow(2).getCell(4).getStringCellValue());
            // 一、本年新收 is the first row under the three header rows; the broken page printed 5 for 自然人.
            Row newlyReceived = t3.getRow(4);
            assertEquals("一、本年新收政府信息公开申请数量", newlyReceived.getCell(0).getStringCellValue());
            assertEquals(5.0, newlyReceived.getCell(3).getNumericCellValue());
            Sheet findings = workbook.getSheet("findings");
            assertEquals(FindingRows.COLUMNS.get(4).name(), findings.getRow(0).getCell(4).getStringCellValue());
            List<String> rules = new ArrayList<>();
            findings.forEach(row -> rules.add(row.getCell(4).getStringCellValue()));
            assertEquals(List.of("rule", "T3.BALANCE.1", "T3.ROW_TOTAL.1"), rules, "the two errors of the broken page");
            Sheet t4 = workbook.getSheet("T4");
            assertEquals(15, t4.getRow(4).getPhysicalNumberOfCells(), "table 四's one row of fifteen cells");
        }
    }

    @Test
    void severalReportsNumberTheirTableSheetsAndUnreadableInputsAreFindings() throws IOException {
        try (XSSFWorkbook workbook = convert(Fixtures.sample(dir).toString(), Fixtures.unreadable(dir).toString(),
                Fixtures.exports(dir).toString())) {
            assertEquals(List.of("cells", "findings", "1 T2", "1 T3", "1 T4", "1 S6", "2 T2", "2 T3", "2 T4", "2 S6"),
                    sheetNames(workbook));
            assertEquals(1 + 2 * 203, workbook.getSheet("cells").getPhysicalNumberOfRows());
            Row unreadable = workbook.getSheet("findings").getRow(1);
            assertEquals("UNREADABLE", unreadable.getCell(6).getStringCellValue());
        }
    }

    @Test
    void anXlsxNeedsAFile() throws IOException {
        Run run = GongkaiCliTest.run("convert", "--lang", "en", "--to", "xlsx", Fixtures.sample(dir).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("xlsx is a binary file"), run.err());
        assertEquals("", run.out());
    }
}
