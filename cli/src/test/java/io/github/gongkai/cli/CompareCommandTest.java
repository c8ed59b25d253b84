package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.testkit.ReportGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code gongkai compare}, and the rules over years and coverage in {@code gongkai batch}. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private Path page(String name) throws IOException {
        try (InputStream in = CompareCommandTest.class.getResourceAsStream("/pages/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** A generated 2021-edition report for 2021 and the same organ's 2022 report, written as JSON. */
    private List<Path> generatedPair(long licensing2022) throws IOException {
        Report y2021 = ReportGenerator.builder().edition(Edition.V2021).build().generate(new SplittableRandom(7)).toBuilder()
                .organName("测试县人民政府").reportYear(2021)
                .set(CellRef.parse("T2/licensing/decisions"), CellValue.count(100)).build();
        Report y2022 = ReportGenerator.builder().edition(Edition.V2021).build().generate(new SplittableRandom(8)).toBuilder()
                .organName("测试县人民政府").reportYear(2022)
                .set(CellRef.parse("T2/licensing/decisions"), CellValue.count(licensing2022)).build();
        ReportJson json = ReportJson.standard();
        return List.of(Files.writeString(dir.resolve("a-2021.json"), json.write(y2021)),
                Files.writeString(dir.resolve("b-2022.json"), json.write(y2022)));
    }

    @Test
    void pingtanTwentyNineteenAgainstTwentyTwentyTwoSaysWhatCannotBeCompared() throws IOException {
        Path p2019 = page("009_pingtan_2019.txt");
        Path p2022 = page("005_pingtan_2022.txt");
        Run run = run("compare", "--lang", "en", p2022.toString(), p2019.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("compare: 平潭综合实验区 2019 (2019 edition) "), "the earlier year first: " + out);
        assertTrue(out.contains("years not consecutive (2019, 2022): carry-over, stock, ratio and repeat are not "
                + "checked"), out);
        assertTrue(out.contains("different editions (2019, 2021): cells of one edition only are not compared"), out);
        assertTrue(out.contains("T3/newlyReceived/total 一、本年新收政府信息公开申请数量 / 总计: 23 → 74 (+51, ×3.2174)"),
                out);
        assertTrue(out.contains("only in the 2019 edition (26): T2/rules/newlyMade,"), out);
        assertTrue(out.contains("only in the 2021 edition (31): T2/rules/issued,"), out);
        assertTrue(out.contains("findings of the rules over years: 0"), out);
        Run zh = run("compare", "--lang", "zh", p2019.toString(), p2022.toString());
        assertTrue(zh.out().contains("年度不相邻（2019、2022）"), zh.out());
        assertTrue(zh.out().contains("格式版本不同（2019年版、2021年版）"), zh.out());
    }

    @Test
    void pingtanAsJsonAndCsv() throws IOException {
        Path p2019 = page("009_pingtan_2019.txt");
        Path p2022 = page("005_pingtan_2022.txt");
        Run run = run("compare", "--lang", "en", "--format", "json", p2019.toString(), p2022.toString());
        JsonNode json = FindingsJson.MAPPER.readTree(run.out());
        assertEquals(2019, json.get("previous").get("year").asInt());
        assertEquals(List.of("NOT_CONSECUTIVE_YEARS", "DIFFERENT_EDITIONS"),
                json.get("limits").valueStream().map(n -> n.get("limit").asString()).toList());
        assertFalse(json.get("consecutive").asBoolean());
        JsonNode inForce = json.get("notCompared").valueStream()
                .filter(n -> n.get("cell").asString().equals("T2/rules/inForce")).findFirst().orElseThrow();
        assertEquals("onlyInCurrentEdition", inForce.get("reason").asString());
        assertFalse(inForce.has("previous"));
        JsonNode received = json.get("compared").valueStream()
                .filter(n -> n.get("cell").asString().equals("T3/newlyReceived/total")).findFirst().orElseThrow();
        assertEquals("51", received.get("delta").asString());
        assertEquals("3.2174", received.get("ratio").asString());

        Path csv = dir.resolve("out").resolve("compare.csv");
        Files.createDirectories(csv.getParent());
        Run csvRun = run("compare", "--format", "csv", p2019.toString(), p2022.toString(), "-o", csv.toString());
        assertEquals(0, csvRun.exit(), csvRun.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("cell,label,status,previous,current,delta,ratio", lines.get(0));
        assertTrue(lines.contains("T3/newlyReceived/total,一、本年新收政府信息公开申请数量 / 总计,compared,23,74,51,3.2174"),
                lines::toString);
        assertTrue(lines.contains("T2/rules/newlyMade,第二十条第（一）项 规章 / 本年新制作数量,onlyInPreviousEdition,0,,,"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("T2/licensing/decisions,") && l.contains(",notRead,")),
                "the glued table 二 row of 2022 was not read");
        assertTrue(Files.exists(csv.resolveSibling("datapackage.json")));
    }

    @Test
    void consecutiveGeneratedYearsAreCheckedByTheRulesOverYears() throws IOException {
        List<Path> pair = generatedPair(1000);
        Run run = run("compare", "--lang", "en", pair.get(0).toString(), pair.get(1).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("one organ, consecutive years, one edition: everything can be compared"),
                run.out());
        assertTrue(run.out().contains("T2/licensing/decisions 第二十条第（五）项 行政许可 / 本年处理决定数量: 100 → 1000 (+900, ×10.0000)"),
                run.out());
        assertTrue(run.out().contains("INFO FAILED SET.YEAR_RATIO.1: Cell T2/licensing/decisions"), run.out());
        Path pack = Files.writeString(dir.resolve("pack.properties"), "gongkai.rulepack.name=years\n"
                + "gongkai.rulepack.version=1\ngongkai.validation.rule.SET.YEAR_RATIO=error\n");
        Run strict = run("compare", "--lang", "en", "--rules", pack.toString(), pair.get(0).toString(),
                pair.get(1).toString());
        assertEquals(1, strict.exit(), "a finding made an error by the rule pack");
        Run json = run("compare", "--format", "json", pair.get(1).toString(), pair.get(0).toString());
        JsonNode node = FindingsJson.MAPPER.readTree(json.out());
        assertTrue(node.get("consecutive").asBoolean());
        assertTrue(node.get("findings").valueStream().anyMatch(f -> f.get("rule").asString().equals("SET.YEAR_RATIO.1")
                && f.get("subject").asString().equals("T2/licensing/decisions")), json.out());
        Path html = dir.resolve("b-2022.html");
        Run page = run("compare", "--lang", "en", pair.get(0).toString(), pair.get(1).toString(), "--html",
                html.toString());
        assertEquals(0, page.exit(), page.err());
        String written = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(written.contains("<section id=\"last-year\">"), written);
        assertTrue(written.contains("data-rule=\"SET.YEAR_RATIO.1\""), written);
        Run quiet = run("compare", "--lang", "en", generatedPair(300).get(0).toString(), pair.get(1).toString());
        assertFalse(quiet.out().contains("SET.YEAR_RATIO.1: Cell T2/licensing/decisions"), quiet.out());
    }

    @Test
    void anUnreadableInputExitsWithTwo() throws IOException {
        Run run = run("compare", "--lang", "en", page("009_pingtan_2019.txt").toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("no such file"), run.out());
        Run one = run("compare", page("009_pingtan_2019.txt").toString());
        assertEquals(2, one.exit(), "two files are needed");
    }

    @Test
    void oneFileGivenTwiceIsRefusedNamingIt() throws IOException {
        Path page = page("005_pingtan_2022.txt");
        String other = dir.resolve(".").resolve(page.getFileName()).toString();
        for (String second : List.of(page.toString(), other)) {
            Run run = run("compare", "--lang", "en", page.toString(), second);
            assertEquals(2, run.exit(), run.out());
            assertEquals("", run.out(), "nothing compared");
            assertTrue(run.err().startsWith("gongkai compare: " + second), run.err());
            assertTrue(run.err().contains(": the same file given twice; compare takes two reports, one for each "
                    + "year"), run.err());
            assertFalse(run.err().contains("not consecutive"), run.err());
        }
        assertTrue(run("compare", "--lang", "en", page.toString(), other).err().contains(" (the same file as " + page
                + ")"));
        Run zh = run("compare", "--lang", "zh", page.toString(), page.toString());
        assertTrue(zh.err().contains(page + "：同一个文件给了两次"), zh.err());
        Run stdin = run("compare", "--lang", "en", "-", "-");
        assertEquals(2, stdin.exit());
        assertTrue(stdin.err().startsWith("gongkai compare: -: the same file given twice"), stdin.err());
        // Two copies of one report are two files: compared, and said to be of the same year.
        Path copy = Files.copy(page, dir.resolve("copy.txt"));
        Run copies = run("compare", "--lang", "en", page.toString(), copy.toString());
        assertEquals(0, copies.exit(), copies.err());
        assertTrue(copies.out().contains("the same year twice (2022): carry-over, stock, ratio and repeat are not "
                + "checked"), copies.out());
        assertFalse(copies.out().contains("not consecutive"), copies.out());
    }

    @Test
    void aBrokenJsonLinesLineIsUnreadableByItsLineNotAReport() throws IOException {
        List<Path> pair = generatedPair(1000);
        Path lines = Files.writeString(dir.resolve("a.jsonl"), Files.readString(pair.get(0)).strip()
                + "\n{broken\n");
        Run run = run("compare", "--lang", "en", lines.toString(), pair.get(1).toString());
        assertEquals(2, run.exit(), run.err());
        assertFalse(run.err().contains("holds 2 reports"), run.err());
        assertTrue(run.out().contains("✗ " + lines + ":2: cannot be read"), run.out());
        assertFalse(run.out().contains(lines + ":1"), "the good line is not unreadable: " + run.out());
        assertFalse(run.out().contains("compare:"), "nothing compared: " + run.out());
        // Two good lines are two reports, whatever else the file holds.
        Path two = Files.writeString(dir.resolve("two.jsonl"), Files.readString(pair.get(0)).strip() + "\n"
                + Files.readString(pair.get(1)).strip() + "\n{broken\n");
        Run both = run("compare", "--lang", "en", two.toString(), pair.get(1).toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains(two + ": holds 2 reports; compare takes one report per file"), both.err());
    }

    @Test
    void exactlyTwoFilesAndNoBaselineOption() throws IOException {
        String p2019 = page("009_pingtan_2019.txt").toString();
        String p2022 = page("005_pingtan_2022.txt").toString();
        Run three = run("compare", p2019, p2022, p2019);
        assertEquals(2, three.exit(), "three files");
        assertTrue(three.err().contains("Unmatched argument"), three.err());
        Run four = run("compare", p2019, p2022, p2019, p2022);
        assertEquals(2, four.exit(), "four files were once read, and the last two silently ignored");
        assertEquals("", four.out());
        Run baseline = run("compare", "--baseline", dir.resolve("b.json").toString(), p2019, p2022);
        assertEquals(2, baseline.exit());
        assertTrue(baseline.err().contains("Unknown option") && baseline.err().contains("'--baseline'"),
                baseline.err());
        for (String lang : new String[] {"en", "zh"}) {
            Run help = run("--lang", lang, "compare", "--help");
            assertFalse(help.out().contains("baseline"), help.out());
            assertTrue(help.out().contains("FILE FILE\n"), help.out());
        }
    }

    @Test
    void batchAppliesTheRulesOverYearsAndListsMissingReports() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Path p : generatedPair(1000)) {
            Files.move(p, corpus.resolve(p.getFileName()));
        }
        Path organs = Files.writeString(dir.resolve("organs.txt"), "# 名单\n测试县人民政府\n\n另一个县人民政府\n");
        Run run = run("batch", "--lang", "en", "--progress", "none", corpus.toString(), "--organs", organs.toString(),
                "--years", "2021-2022");
        assertTrue(run.out().contains("INFO SET.YEAR_RATIO.1 " + corpus.resolve("a-2021.json") + " → "
                + corpus.resolve("b-2022.json") + ": Cell T2/licensing/decisions"), run.out());
        assertTrue(run.out().contains("coverage (2 organs, years [2021, 2022]):"), run.out());
        assertTrue(run.out().contains("WARNING SET.MISSING_REPORT.1 另一个县人民政府: no report for 2021."), run.out());
        assertTrue(run.out().contains("missing reports: 2"), run.out());
        Run json = run("batch", "--format", "json", "--progress", "none", corpus.toString(), "--organs",
                organs.toString());
        JsonNode coverage = FindingsJson.MAPPER.readTree(json.out()).get("coverage");
        assertEquals(2, coverage.get("missing").size());
        assertEquals("另一个县人民政府", coverage.get("missing").get(0).get("organ").asString());
        Run bad = run("batch", "--progress", "none", corpus.toString(), "--organs", organs.toString(), "--years",
                "2023-2021");
        assertEquals(2, bad.exit());
        // A year before the first report year is refused before anything is read, not after the whole batch.
        Run tooEarly = run("batch", "--lang", "en", "--progress", "none", corpus.toString(), "--organs", organs.toString(),
                "--years", "1999-2021");
        assertEquals(2, tooEarly.exit());
        assertTrue(tooEarly.err().contains("--years 1999-2021: the first report year is 2008"), tooEarly.err());
        Run yearsAlone = run("batch", "--progress", "none", corpus.toString(), "--years", "2021");
        assertEquals(2, yearsAlone.exit());
    }
}
