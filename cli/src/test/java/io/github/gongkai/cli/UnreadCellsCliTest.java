package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cells not read from the page in the CLI's output: {@code check} lists them (text and JSON), the cells CSV
 * says each cell's status and reason, and {@code convert} writes them as the report JSON's unread cells.
 */
class UnreadCellsCliTest {

    private static final String RUN_CELL = "T3/newlyReceived/naturalPerson（一、本年新收政府信息公开申请数量 / 自然人）";
    private static final String MERGED_CELL = "T3/otherDisposal.other/total（（六）其他处理 3.其他 / 总计）";

    @TempDir
    Path dir;

    @Test
    void checkListsTheUnreadCellsWithTheirReason() throws IOException {
        Run en = GongkaiCliTest.run("check", "--lang", "en", Fixtures.unread(dir).toString());
        // The fixture's glued 8100008 and merged total 5 do not fit the sample's other numbers: errors.
        assertEquals(1, en.exit(), en.err());
        List<String> lines = en.out().lines().toList();
        assertTrue(lines.contains("    ✓ T2 二、主动公开政府信息情况: 10 cells (1 not read), no findings"), en.out());
        assertTrue(lines.contains("    ✗ T3 三、收到和处理政府信息公开申请情况: 175 cells (10 not read), errors 5, other findings 0, rules not assessable 7"),
                en.out());
        assertTrue(lines.contains("    ✓ T4 四、政府信息公开行政复议、行政诉讼情况: 15 cells, no findings"), en.out());
        int at = lines.indexOf("    unread cells: 11");
        assertTrue(at > 0, en.out());
        assertEquals("      T2/licensing/decisions（第二十条第（五）项 行政许可 / 本年处理决定数量）: ambiguous",
                lines.get(at + 1));
        assertEquals("      " + RUN_CELL + ": inconsistent, run \"8100008\" piece 1/7", lines.get(at + 2));
        assertEquals("      " + MERGED_CELL + ": merged, total 5 for 3 cells", lines.get(at + 11));
        assertTrue(lines.get(at + 12).startsWith("  ERROR "), "one line per unread cell, then the findings");

        Run zh = GongkaiCliTest.run("check", "--lang", "zh", Fixtures.unread(dir).toString());
        assertTrue(zh.out().contains("\n    未能读出的单元格：11\n"), zh.out());
        assertTrue(zh.out().contains("\n      " + RUN_CELL + "：数字自相矛盾，连写数字 \"8100008\" 第 1/7 段\n"), zh.out());
        assertTrue(zh.out().contains("\n      " + MERGED_CELL + "：合并印出，合计 5（3 个单元格）\n"), zh.out());
        assertTrue(zh.out().contains("175 个单元格（10 个未能读出）"), zh.out());
    }

    @Test
    void checkListsNothingForAReportReadWhole() throws IOException {
        Run run = GongkaiCliTest.run("check", "--lang", "en", Fixtures.sample(dir).toString());
        assertFalse(run.out().contains("unread"), run.out());
        JsonNode json = FindingsJson.MAPPER.readTree(GongkaiCliTest.run("check", "--format", "json",
                Fixtures.sample(dir).toString()).out());
        assertEquals(0, json.get(0).get("unread").size());
    }

    @Test
    void checkAsJsonCarriesTheUnreadCells() throws IOException {
        Run run = GongkaiCliTest.run("check", "--format", "json", "--lang", "en", Fixtures.unread(dir).toString());
        assertEquals(1, run.exit(), run.err());
        JsonNode report = FindingsJson.MAPPER.readTree(run.out()).get(0);
        JsonNode findings = report.get("findings");
        JsonNode impossible = findings.get(0);
        assertEquals("FAILED", impossible.get("status").asString());
        assertEquals(FindingsJson.MAPPER.readTree("[{\"T3/newlyReceived/naturalPerson\": 8}]"), impossible.get("readings"));
        JsonNode notRead = findings.get(2);
        assertEquals("NOT_ASSESSABLE", notRead.get("status").asString());
        assertEquals("notRead", notRead.get("notAssessable").asString());
        assertFalse(notRead.has("readings"));
        List<String> members = List.copyOf(report.propertyNames());
        assertEquals(members.indexOf("counts") + 1, members.indexOf("notAssessable"), members.toString());
        assertEquals(members.indexOf("notAssessable") + 1, members.indexOf("unread"), members.toString());
        JsonNode unread = report.get("unread");
        assertEquals(11, unread.size());
        assertEquals(FindingsJson.MAPPER.readTree("""
                {"cell": "T2/licensing/decisions", "label": "第二十条第（五）项 行政许可 / 本年处理决定数量",
                 "unread": "ambiguous"}"""), unread.get(0));
        assertEquals(FindingsJson.MAPPER.readTree("""
                {"cell": "T3/newlyReceived/commercialEnterprise", "label": "一、本年新收政府信息公开申请数量 / 商业企业",
                 "unread": "inconsistent", "run": {"text": "8100008", "piece": 1, "pieces": 7}}"""), unread.get(2));
        assertEquals(FindingsJson.MAPPER.readTree("""
                {"cell": "T3/otherDisposal.feeUnpaid/total",
                 "label": "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 / 总计",
                 "unread": "merged", "total": {"value": 5, "cells": ["T3/otherDisposal.correctionOverdue/total",
                 "T3/otherDisposal.feeUnpaid/total", "T3/otherDisposal.other/total"]}}"""), unread.get(9));
    }

    /** A finding's cell or suspect that is unread is shown in the report JSON's form, never as null. */
    @Test
    void anUnreadValueInAFindingIsTheUnreadForm() {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        FindingsJson.value(node, "plain", CellValue.unread(UnreadReason.NOT_FOUND));
        FindingsJson.value(node, "run", CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("3000074", 2, 3)));
        FindingsJson.value(node, "total", CellValue.merged(PrintedTotal.of(7, List.of(
                CellRef.parse("T4/administrativeReview/upheld"), CellRef.parse("T4/administrativeReview/total")))));
        FindingsJson.value(node, "blank", CellValue.blank());
        assertEquals("{\"plain\":{\"unread\":\"notFound\"},"
                + "\"run\":{\"unread\":\"ambiguous\",\"run\":{\"text\":\"3000074\",\"piece\":2,\"pieces\":3}},"
                + "\"total\":{\"unread\":\"merged\",\"total\":{\"value\":7,"
                + "\"cells\":[\"T4/administrativeReview/upheld\",\"T4/administrativeReview/total\"]}},"
                + "\"blank\":null}", FindingsJson.MAPPER.writeValueAsString(node));
    }

    @Test
    void theCellsCsvSaysEachCellsStatusAndReason() throws IOException {
        Path unread = Fixtures.unread(dir);
        Path csv = dir.resolve("cells.csv");
        Run run = GongkaiCliTest.run("convert", unread.toString(), "-o", csv.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("source,organ,year,edition,cell,label,kind,value,unit,raw,status,reason,table,row,column,printed",
                rows.get(0));
        assertEquals(CellRows.HEADER, rows.get(0));
        assertEquals(1 + 203, rows.size());
        String prefix = unread + ",凉山州经济和信息化局,2021,2021,";
        for (String row : List.of(
                "T2/rules/issued,第二十条第（一）项 规章 / 本年制发件数,blank,,,,blank,,T2,rules,issued,",
                "T2/rules/repealed,第二十条第（一）项 规章 / 本年废止件数,na,,,/,placeholder,,T2,rules,repealed,[/]",
                "T2/rules/inForce,第二十条第（一）项 规章 / 现行有效件数,count,0,,0,read,,T2,rules,inForce,[0]",
                "T2/licensing/decisions,第二十条第（五）项 行政许可 / 本年处理决定数量,unread,,,,unread,ambiguous,"
                        + "T2,licensing,decisions,[?]",
                "T3/newlyReceived/total,一、本年新收政府信息公开申请数量 / 总计,unread,,,8100008,unread,inconsistent,"
                        + "T3,newlyReceived,total,[?]",
                "T3/otherDisposal.other/total,（六）其他处理 3.其他 / 总计,unread,,,5,unread,merged,"
                        + "T3,otherDisposal.other,total,[?]",
                "S6/informationProcessingFees/amountCollected,信息处理费 / 实际收取的总金额,amount,0,元,0元,read,,"
                        + "S6,informationProcessingFees,amountCollected,[0]")) {
            assertTrue(rows.contains(prefix + row), row + "\n" + String.join("\n", rows));
        }
        assertEquals(11, rows.stream().filter(r -> r.contains(",unread,ambiguous,") || r.contains(",unread,inconsistent,")
                || r.contains(",unread,merged,")).count());
        // Every row has the sixteen columns (no field here holds a comma).
        assertTrue(rows.stream().allMatch(r -> r.split(",", -1).length == 16), rows.toString());
    }

    @Test
    void convertWritesUnreadCellsAsFormatVersion2() throws IOException {
        Path unread = Fixtures.unread(dir);
        Run run = GongkaiCliTest.run("convert", "--to", "json", unread.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\"format\":\"gongkai.report\",\"version\":2,"), run.out());
        Report report = ReportJson.standard().read(run.out());
        assertEquals(ReportJson.standard().read(unread), report);
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS), report.get(CellRef.parse("T2/licensing/decisions")));
        Path lines = dir.resolve("all.jsonl");
        assertEquals(0, GongkaiCliTest.run("convert", Fixtures.sample(dir).toString(), unread.toString(), "-o",
                lines.toString()).exit());
        List<String> written = Files.readAllLines(lines);
        assertTrue(written.get(0).contains("\"version\":1,"), written.get(0));
        assertTrue(written.get(1).contains("\"version\":2,"), written.get(1));
    }
}
