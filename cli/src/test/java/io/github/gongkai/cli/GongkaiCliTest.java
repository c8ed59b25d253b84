package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The CLI run in-process: output and exit codes for every command. */
class GongkaiCliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GongkaiCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkTheSampleIsValid() throws IOException {
        Run run = run("check", "--lang", "en", Fixtures.sample(dir).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("liangshan-2021.txt: 凉山州经济和信息化局 2021 report (2021 edition) — valid"), run.out());
        assertTrue(run.out().contains("203 read, 0 blank, 0 ambiguous, 0 not found"), run.out());
        assertTrue(run.out().contains("✓ T3 三、收到和处理政府信息公开申请情况: 175 cells, no findings"), run.out());
        assertTrue(run.out().contains("✓ S6 六、其他需要报告的事项: 3 cells, no findings"), run.out());
    }

    @Test
    void checkABrokenReportNamesTheCellInChineseAndEnglish() throws IOException {
        Path broken = Fixtures.broken(dir);
        Run en = run("check", "--lang", "en", broken.toString());
        assertEquals(1, en.exit());
        assertTrue(en.out().contains("NOT valid"), en.out());
        assertTrue(en.out().contains("ERROR FAILED T3.ROW_TOTAL.1"), en.out());
        assertTrue(en.out().contains("✗ T3 三、收到和处理政府信息公开申请情况: 175 cells, errors 2, other findings 0"), en.out());
        assertTrue(en.out().contains("✓ T4 四、政府信息公开行政复议、行政诉讼情况: 15 cells, no findings"), en.out());
        assertTrue(en.out().contains("suspect: T3/newlyReceived/naturalPerson（一、本年新收政府信息公开申请数量 / 自然人） "
                + "printed 5, suggested 0"), en.out());
        Run zh = run("check", "--lang", "zh", broken.toString());
        assertEquals(1, zh.exit());
        assertTrue(zh.out().contains("不通过"), zh.out());
        assertTrue(zh.out().contains("疑似：T3/newlyReceived/naturalPerson"), zh.out());
    }

    @Test
    void aTableWhoseRulesCouldNotBeCheckedIsNotMarkedAsFailing() throws IOException {
        Run en = run("check", "--lang", "en", Fixtures.blankTotal(dir).toString());
        assertEquals(0, en.exit(), en.out());
        assertTrue(en.out().contains("— no error found, but not fully checked"), en.out());
        // The warning: the sample's prose still says it received no application.
        assertTrue(en.out().contains("rules failed: errors 0, warnings 1; rules not assessable 2"), en.out());
        // The table's line counts as the summary's: no failed rule, two that could not be checked.
        assertTrue(en.out().contains("✓ T3 三、收到和处理政府信息公开申请情况: 175 cells, errors 0, other findings 0, "
                + "rules not assessable 2"), en.out());
        assertTrue(en.out().contains("✓ T4 四、政府信息公开行政复议、行政诉讼情况: 15 cells, no findings"), en.out());
        Run zh = run("check", "--lang", "zh", Fixtures.blankTotal(dir).toString());
        assertTrue(zh.out().contains("✓ T3 三、收到和处理政府信息公开申请情况: 175 个单元格，错误 0，其他 0，无法检查的规则 2"),
                zh.out());
    }

    @Test
    void checkSaysWhichCellsItCouldNotRead() throws IOException {
        Run run = run("check", "--lang", "en", Fixtures.lostCell(dir).toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("✓ T2 二、主动公开政府信息情况: 10 cells (3 not read), no findings"), run.out());
        assertTrue(run.out().contains("ambiguous: "), run.out());
        assertTrue(run.out().contains("T2/rules/issued … T2/rules/inForce"), run.out());
    }

    @Test
    void checkAsJsonForOtherTools() throws IOException {
        Run run = run("check", "--format", "json", "--lang", "en", Fixtures.broken(dir).toString(),
                Fixtures.unreadable(dir).toString());
        assertEquals(2, run.exit());
        JsonNode results = FindingsJson.MAPPER.readTree(run.out());
        assertEquals(2, results.size());
        JsonNode broken = results.get(0);
        assertEquals("invalid", broken.get("status").asString());
        assertEquals(2, broken.get("counts").get("ERROR").asInt());
        JsonNode finding = broken.get("findings").get(0);
        assertEquals("ERROR", finding.get("severity").asString());
        JsonNode suspect = finding.get("suspects").get(0);
        assertEquals("T3/newlyReceived/naturalPerson", suspect.get("cell").asString());
        assertEquals(5, suspect.get("printed").asInt());
        assertEquals(0, suspect.get("suggested").asInt());
        assertEquals("unreadable", results.get(1).get("status").asString());
        assertTrue(results.get(1).get("error").asString().length() > 10);
    }

    @Test
    void jsonForProgramsIsTheSameInEveryLanguage() throws IOException {
        // A program reading the JSON must not depend on --lang: the error keeps its constant and English reason.
        String unreadable = Fixtures.unreadable(dir).toString();
        String missing = dir.resolve("missing.txt").toString();
        JsonNode en = FindingsJson.MAPPER.readTree(run("check", "--format", "json", "--lang", "en", unreadable,
                missing).out());
        JsonNode zh = FindingsJson.MAPPER.readTree(run("check", "--format", "json", "--lang", "zh", unreadable,
                missing).out());
        for (int i = 0; i < 2; i++) {
            assertEquals(en.get(i).get("error"), zh.get(i).get("error"));
        }
        assertTrue(zh.get(0).get("error").asString().startsWith("NOT_A_REPORT: "), zh.toString());
        assertEquals("no such file", zh.get(1).get("error").asString());
        JsonNode batch = FindingsJson.MAPPER.readTree(run("batch", "--format", "json", "--lang", "zh", "--progress",
                "none", unreadable).out());
        assertTrue(batch.get("unreadableInputs").get(0).asString().contains(": NOT_A_REPORT: "), batch.toString());
    }

    @Test
    void aFileOfAnotherTypeIsNamedByItsContentAndExitsWithTwo() throws IOException {
        Path png = dir.resolve("report.pdf"); // named .pdf, but a PNG image
        java.nio.file.Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Run run = run("check", "--lang", "en", png.toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("UNSUPPORTED_FORMAT: file report.pdf is a PNG image"), run.out());
        assertTrue(run.out().contains("next: give the report as PDF, Word (.docx or .doc), HTML, Markdown or text"),
                run.out());
    }

    @Test
    void aFileNamedPdfThatIsAWebPageIsRefusedAsNotWhatItsNameSays() throws IOException {
        Path page = Files.writeString(dir.resolve("report.pdf"), "<html><body><h1>404 Not Found</h1></body></html>");
        Run en = run("check", "--lang", "en", page.toString());
        assertEquals(2, en.exit());
        assertTrue(en.out().contains("UNREADABLE_INPUT: file report.pdf is named as a PDF file (.pdf), but its content"
                + " is not one: it is an HTML page"), en.out());
        assertTrue(en.out().contains("next: the file is not what its name says"), en.out());
        Run zh = run("check", "--lang", "zh", page.toString());
        assertTrue(zh.out().contains("文件 report.pdf的名称表明它是PDF 文件（.pdf），但其内容不是：它是HTML 网页"), zh.out());
        assertTrue(zh.out().contains("文件内容与文件名不符"), zh.out());
    }

    @Test
    void aPdfCutShortIsSaidToBeCutWhetherItFailsOrReads() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("../reader-pdf/src/test/resources/corpus/202_hongze_district_2024.pdf"));
        Path noTableThree = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, 142_077));
        Run failed = run("check", "--lang", "en", noTableThree.toString());
        assertEquals(2, failed.exit());
        assertTrue(failed.out().contains("UNREADABLE_INPUT: the PDF is cut short"), failed.out());
        assertTrue(failed.out().contains("next: the file is incomplete"), failed.out());
        Path endless = Files.write(dir.resolve("endless.pdf"), java.util.Arrays.copyOf(whole, whole.length - 10));
        Run read = run("check", "--lang", "zh", endless.toString());
        assertTrue(read.out().contains("该 PDF 似乎不完整"), "the remark is shown without -v: " + read.out());
    }

    @Test
    void aPdfIsReadThroughTheBundledPdfReader() {
        Path pdf = Path.of("../reader-pdf/src/test/resources/corpus/202_hongze_district_2024.pdf");
        Run run = run("convert", "--to", "cells", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("T3/newlyReceived/naturalPerson,一、本年新收政府信息公开申请数量 / 自然人,count,95"),
                run.out());
    }

    @Test
    void checkAnUnreadableFileSaysWhatToDo() throws IOException {
        Run run = run("check", "--lang", "en", Fixtures.unreadable(dir).toString(), dir.resolve("missing.txt").toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("notice.txt: cannot be read"), run.out());
        assertTrue(run.out().contains("next: make sure the file is a 政府信息公开工作年度报告"), run.out());
        assertTrue(run.out().contains("missing.txt: cannot be read"), run.out());
    }

    @Test
    void convertToCanonicalJson() throws IOException {
        Path out = dir.resolve("sample.json");
        Run run = run("convert", Fixtures.sample(dir).toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        Report report = ReportJson.standard().read(out);
        assertEquals(CellValue.count(64), report.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(ReportJson.standard().write(report) + "\n", Files.readString(out));
    }

    @Test
    void convertToStandardOutput() throws IOException {
        Run run = run("convert", "--pretty", Fixtures.sample(dir).toString());
        assertEquals(0, run.exit(), run.err());
        Report report = ReportJson.standard().read(run.out());
        assertEquals(CellValue.count(1), report.get(CellRef.parse("T2/normativeDocuments/inForce")));
        assertTrue(run.out().startsWith("{\n  \"format\": \"gongkai.report\""), run.out());
    }

    @Test
    void convertManyToJsonLinesAndToCells() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path broken = Fixtures.broken(dir);
        Path lines = dir.resolve("all.jsonl");
        assertEquals(0, run("convert", sample.toString(), broken.toString(), "-o", lines.toString()).exit());
        assertEquals(2, Files.readAllLines(lines).size());

        Path cells = dir.resolve("cells.csv");
        Run run = run("convert", "--to", "cells", sample.toString(), "-o", cells.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = Files.readAllLines(cells);
        assertEquals(CellRows.HEADER, rows.get(0));
        assertEquals(1 + 203, rows.size());
        assertTrue(rows.contains(sample + ",凉山州经济和信息化局,2021,2021,T2/licensing/decisions,"
                + "第二十条第（五）项 行政许可 / 本年处理决定数量,count,64,,64,read,,T2,licensing,decisions,[64]"),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("S6/informationProcessingFees/amountCollected")
                && r.endsWith(",amount,0,元,0元,read,,S6,informationProcessingFees,amountCollected,[0]")),
                rows.toString());
    }

    @Test
    void convertToJsonRefusesSeveralReports() throws IOException {
        Run run = run("convert", "--lang", "en", "--to", "json", Fixtures.sample(dir).toString(),
                Fixtures.broken(dir).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--to json writes one report, but 2 were read; use --to jsonl"), run.err());
    }

    @Test
    void convertToADotJsonFileWritesOneReportAndRefusesSeveral() throws IOException {
        // Several reports were written as JSON Lines into out.json, which no JSON reader then reads.
        Path out = dir.resolve("out.json");
        Run run = run("convert", "--lang", "en", Fixtures.sample(dir).toString(), Fixtures.broken(dir).toString(),
                "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--to json writes one report, but 2 were read; use --to jsonl"), run.err());
        assertTrue(!Files.exists(out));
        assertEquals(0, run("convert", Fixtures.sample(dir).toString(), "-o", out.toString()).exit());
        assertEquals("凉山州经济和信息化局", ReportJson.standard().read(out).header().organName());
    }

    @Test
    void convertReportsUnreadableInputsAndGoesOn() throws IOException {
        Path lines = dir.resolve("out.jsonl");
        Run run = run("convert", "--lang", "en", Fixtures.unreadable(dir).toString(), Fixtures.sample(dir).toString(),
                "-o", lines.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("notice.txt"), run.err());
        assertEquals(1, Files.readAllLines(lines).size());
    }

    @Test
    void batchACorpus() throws IOException {
        Path corpus = Fixtures.corpus(dir);
        Path results = dir.resolve("results.json");
        Run run = run("batch", "--lang", "en", "--progress", "lines", corpus.toString(), "--report", results.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("reports read: 3 (valid 3, not valid 0), unreadable: 2"), run.out());
        // One finding per column that breaks: 自然人 and 总计; and the 2022 JSON keeps 2021's narrative word for word.
        assertTrue(run.out().contains("across reports (carry-over continuity, year against year):\n"), run.out());
        assertTrue(run.out().contains("\n  3 finding(s)\n"), run.out());
        assertTrue(run.out().contains("WARNING SET.REPEATED_REPORT.1 " + corpus.resolve("liangshan-2021.txt") + " → "
                + corpus.resolve("liangshan-2022.json") + ": This year's report repeats last year's: "), run.out());
        assertTrue(run.out().contains("WARNING SET.CARRY_OVER.1 " + corpus.resolve("liangshan-2021.txt") + " → "
                + corpus.resolve("liangshan-2022.json") + ": Column naturalPerson"), run.out());
        assertTrue(run.err().contains("processed 5 inputs, 4/4 files"), run.err());
        JsonNode json = FindingsJson.MAPPER.readTree(results.toFile());
        assertEquals(5, json.get("reports").size());
        assertEquals(3, json.get("crossReport").size());
        assertTrue(json.get("complete").asBoolean(), json.toString());
        assertTrue(json.get("crossReport").get(0).get("later").asString().endsWith("liangshan-2022.json"));
    }

    @Test
    void batchWithoutCarryOverHoldsNothing() throws IOException {
        Run run = run("batch", "--lang", "en", "--progress", "none", "--disable",
                "SET.CARRY_OVER,SET.IN_FORCE_STOCK,SET.YEAR_RATIO,SET.REPEATED_REPORT",
                Fixtures.corpus(dir).toString());
        assertTrue(run.out().contains("across reports (carry-over continuity, year against year):\n  0 finding(s)\n"), run.out());
    }

    @Test
    void batchReadsThePdfsOfAFolder() throws IOException {
        java.nio.file.Files.copy(Path.of("../reader-pdf/src/test/resources/corpus/202_hongze_district_2024.pdf"),
                dir.resolve("hongze-2024.PDF"));
        Fixtures.sample(dir);
        Run run = run("batch", "--lang", "en", "--progress", "none", dir.toString());
        assertTrue(run.out().contains("reports read: 2 (valid 2, not valid 0), unreadable: 0"), run.out());
    }

    @Test
    void batchReadsTheSitesPagesAsACrawlerSavesThem() throws IOException {
        // .shtml is the commonest extension of a government site's pages; the reader tells them by their content.
        String page = Files.readString(Path.of("../reader/src/test/resources/fixtures/html_2021_rowspan.html"));
        Files.writeString(dir.resolve("t20240125_4567.shtml"), page);
        Files.writeString(dir.resolve("art_12_345.XHTML"), page.replace("2023年", "2022年"));
        Files.writeString(dir.resolve("notes.log"), "not a report");
        Run run = run("batch", "--lang", "en", "--progress", "none", dir.toString());
        assertTrue(run.out().contains("reports read: 2 (valid 2, not valid 0), unreadable: 0"), run.out());
        assertTrue(Inputs.isInput(Path.of("index.SHTM")) && Inputs.isInput(Path.of("a.jhtml"))
                && Inputs.isInput(Path.of("page.MHTML")) && Inputs.isInput(Path.of("report.mht")));
        assertTrue(!Inputs.isInput(Path.of("shtml")) && !Inputs.isInput(Path.of("a.shtml.bak")));
    }

    @Test
    void batchCountsFailuresPerRule() throws IOException {
        Fixtures.broken(dir);
        Fixtures.sample(dir);
        Run run = run("batch", "--lang", "en", "--progress", "none", dir.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("reports read: 2 (valid 1, not valid 1), unreadable: 0"), run.out());
        assertTrue(run.out().matches("(?s).*T3\\.ROW_TOTAL\\.1\\s+FAILED 1\\s+NOT_ASSESSABLE 0.*"), run.out());
    }

    @Test
    void schemaAndRules() {
        Run schema = run("schema");
        assertEquals(0, schema.exit());
        assertEquals(ReportJson.schema(), schema.out());
        Run rules = run("rules", "--lang", "en");
        assertEquals(0, rules.exit());
        assertTrue(rules.out().contains("T3.BALANCE.1"), rules.out());
        assertTrue(rules.out().contains("SET.CARRY_OVER.1"), rules.out());
        assertTrue(run("rules", "--lang", "zh").out().contains("T4.GROUP_TOTAL.1"));
    }

    @Test
    void rulesPrintTheFormulasOfTheFormatAndTheRulesOfACell() {
        Run all = run("rules", "--lang", "en");
        assertTrue(all.out().contains("\n    T3 newlyReceived: total = naturalPerson + commercialEnterprise + "
                + "researchInstitution + socialWelfareOrganization + legalServiceAgency + otherOrganization\n"), all.out());
        assertEquals(7 + 25 + 7 + 3, all.out().lines().filter(l -> l.startsWith("    ")).count(), all.out());
        assertEquals(7 + 23 + 7 + 3, run("rules", "--edition", "2019").out().lines()
                .filter(l -> l.startsWith("    ")).count());
        Run cell = run("rules", "--lang", "zh", "--cell", "T3/withheld.stateSecret/naturalPerson");
        assertEquals(0, cell.exit(), cell.err());
        List<String> lines = cell.out().lines().toList();
        assertTrue(lines.get(0).endsWith("JSON 指针 /T3/withheld.stateSecret/naturalPerson"), lines.get(0));
        assertTrue(lines.get(1).contains("T3.ROW_TOTAL.1") && lines.get(1).contains("（三）不予公开 1.属于国家秘密：总计 = 自然人"),
                lines.get(1));
        assertTrue(lines.get(2).contains("T3.OUTCOME_TOTAL.1") && lines.get(2).contains("自然人：（七）总计 = （一）予以公开"),
                lines.get(2));
        Run missing = run("rules", "--cell", "S6/informationProcessingFees/amountCollected", "--edition", "2019");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("the 2019 edition has no such cell"), missing.err());
        assertEquals(2, run("rules", "--cell", "T9/x/y").exit());
        assertEquals(2, run("rules", "--edition", "2020").exit());
    }

    @Test
    void helpEverywhereAndUsageErrorsSayWhatToDo() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Examples:"), help.out());
        for (String command : List.of("check", "convert", "batch", "schema", "rules")) {
            Run sub = run(command, "--help");
            assertEquals(0, sub.exit(), command);
            assertTrue(sub.out().contains("Usage: gongkai " + command), sub.out());
        }
        Run wrong = run("check");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("Try 'gongkai check --help'"), wrong.err());
        Run unknownRule = run("check", "--disable", "NO.SUCH.RULE", "x.txt");
        assertEquals(2, unknownRule.exit());
    }
}
