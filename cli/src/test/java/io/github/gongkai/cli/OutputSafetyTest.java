package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI never destroys a file: an output that is also an input is refused before anything is opened, a
 * run that fails leaves the previous output as it was, and operator errors are one line with exit code 2.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    @Test
    void convertRefusesToOverwriteItsInput() throws IOException {
        // Without an extension, which would be refused first for a format convert does not write (.txt).
        Path page = Files.move(Fixtures.sample(dir), dir.resolve("liangshan-2021"));
        byte[] before = Files.readAllBytes(page);
        GongkaiCliTest.Run same = run("convert", page.toString(), "-o", page.toString());
        assertOneLineError(same, "this file is also an input");
        assertArrayEquals(before, Files.readAllBytes(page));
        // The same file under another spelling of its path, and as CSV.
        GongkaiCliTest.Run dotted = run("convert", page.toString(), "--to", "cells", "-o",
                dir.resolve(".").resolve(page.getFileName()).toString());
        assertOneLineError(dotted, "this file is also an input");
        assertArrayEquals(before, Files.readAllBytes(page));
        assertEquals(List.of(page.getFileName().toString()), names(dir));
    }

    @Test
    void twoOutputsInOneFileAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path same = dir.resolve("out.txt");
        assertOneLineError(run("check", "--lang", "en", broken.toString(), "-o", same.toString(), "--html",
                same.toString()), "--html " + same + ": the same place as -o; each output needs a file of its own");
        assertOneLineError(run("check", "--lang", "en", broken.toString(), "-o", same.toString(), "--write-baseline",
                same.toString()), "--write-baseline " + same + ": the same place as -o");
        assertOneLineError(run("batch", "--lang", "en", "--progress", "none", broken.toString(), "--report",
                same.toString(), "--write-baseline", same.toString()), "the same place as --report");
        // A report inside the folder of --html would be overwritten by a page, or the other way round.
        Path pages = dir.resolve("pages");
        assertOneLineError(run("batch", "--lang", "zh", "--progress", "none", broken.toString(), "--html",
                pages.toString(), "--report", pages.resolve("r.json").toString()), "与 --report 是同一个位置");
        assertFalse(Files.exists(same));
        assertFalse(Files.exists(pages));
    }

    @Test
    void aBatchOfAFolderThatDoesNotExistIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path missing = dir.resolve("corpus-typo");
        Path report = dir.resolve("report.json");
        Path pages = dir.resolve("pages");
        for (String lang : new String[] {"en", "zh"}) {
            GongkaiCliTest.Run run = run("batch", "--lang", lang, "--progress", "none", sample.toString(),
                    missing.toString(), "--report", report.toString(), "--html", pages.toString(), "--write-baseline",
                    dir.resolve("base.json").toString());
            assertOneLineError(run, missing + (lang.equals("en") ? ": no such folder or file; nothing was checked"
                    : "：没有这个文件夹或文件；未检查任何报告"));
            assertEquals("", run.out());
        }
        assertEquals(List.of(sample.getFileName().toString()), names(dir));
    }

    @Test
    void aBatchWithNothingToCheckFailsRatherThanPassing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertOneLineError(run("batch", "--lang", "en", "--progress", "none", empty.toString()),
                "nothing to check in the folders given");
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.write(junk.resolve("notes.bin"), new byte[] {1, 2, 3});
        assertOneLineError(run("batch", "--lang", "en", "--progress", "none", junk.toString()),
                "JSON Lines file); 1 other file(s) skipped");
    }

    @Test
    void theBaselineReadIsNeverTheBaselineWritten() throws IOException {
        // A team's reviewed baseline (its dismissed findings) must not be replaced by a run that reads it.
        Path broken = Fixtures.broken(dir);
        Path baseline = dir.resolve("baseline.json");
        assertEquals(1, run("check", broken.toString(), "--write-baseline", baseline.toString()).exit());
        byte[] reviewed = Files.readAllBytes(baseline);
        for (String command : new String[] {"check", "batch"}) {
            GongkaiCliTest.Run again = run(command, "--lang", "en", broken.toString(), "--baseline",
                    baseline.toString(), "--write-baseline", baseline.toString());
            assertOneLineError(again, "--write-baseline " + baseline + ": the file --baseline reads");
            assertArrayEquals(reviewed, Files.readAllBytes(baseline), command);
        }
        assertOneLineError(run("check", "--lang", "en", broken.toString(), "--baseline", baseline.toString(), "-o",
                baseline.toString()), "-o " + baseline + ": the file --baseline reads");
        assertArrayEquals(reviewed, Files.readAllBytes(baseline));
    }

    @Test
    void batchRefusesToOverwriteAnInput() throws IOException {
        Path corpus = Fixtures.corpus(dir);
        Path json = corpus.resolve("liangshan-2022.json");
        byte[] before = Files.readAllBytes(json);
        assertOneLineError(run("batch", json.toString(), "--report", json.toString()), "this file is also an input");
        // Inside a folder given as input, the report would be read by the next run: also refused.
        assertOneLineError(run("batch", "--lang", "en", corpus.toString(), "--report", json.toString()),
                "inside the input folder");
        assertArrayEquals(before, Files.readAllBytes(json));
    }

    @Test
    void aFailedConversionLeavesThePreviousOutputUntouched() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "previous contents\n");
        Path sample = Fixtures.sample(dir);
        Path broken = Fixtures.broken(dir);
        // --to json writes one report; two are read: nothing is written.
        GongkaiCliTest.Run run = run("convert", "--to", "json", sample.toString(), broken.toString(), "-o",
                out.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("previous contents\n", Files.readString(out));
        assertTrue(names(dir).stream().noneMatch(name -> name.endsWith(".tmp")), names(dir).toString());
    }

    @Test
    void aSuccessfulConversionReplacesTheOutputAndKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "previous contents\n");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        GongkaiCliTest.Run run = run("convert", Fixtures.sample(dir).toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("凉山州经济和信息化局", ReportJson.standard().read(out).header().organName());
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)));
        assertEquals(List.of("liangshan-2021.txt", "out.json"), names(dir));
    }

    @Test
    void operatorErrorsAreOneLineNamingThePathAndTheCause() throws IOException {
        String sample = Fixtures.sample(dir).toString();
        assertOneLineError(run("convert", sample, "-o", "/nonexistent-dir/x.json"),
                "-o /nonexistent-dir/x.json: the folder /nonexistent-dir does not exist");
        assertOneLineError(run("convert", sample, "-o", dir.toString()), "-o " + dir + ": is a directory");
        // A folder nobody may create files in (not even root): /proc.
        assertOneLineError(run("convert", sample, "-o", "/proc/x.json"),
                "-o /proc/x.json: cannot create a file in the folder /proc (");
        assertOneLineError(run("batch", sample, "--report", "/nonexistent/r.json"),
                "--report /nonexistent/r.json: the folder /nonexistent does not exist");
        assertOneLineError(run("check", "--disable", "NOPE", sample), "--disable NOPE: no built-in rule 'NOPE'");
        assertOneLineError(run("batch", "--disable", "NOPE", sample), "--disable NOPE: no built-in rule 'NOPE'");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        GongkaiCliTest.Run run = run("convert", "--debug", Fixtures.sample(dir).toString(), "-o", "/nonexistent/x.json");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("\tat io.github.gongkai.cli."), run.err());
    }

    @Test
    void dashIsStandardInputAndStandardOutput() throws IOException {
        byte[] page = Fixtures.samplePage().getBytes(StandardCharsets.UTF_8);
        GongkaiCliTest.Run check = runWithInput(page, "check", "--lang", "en", "-");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("✓ -: 凉山州经济和信息化局 2021 report (2021 edition) — valid"), check.out());
        GongkaiCliTest.Run convert = runWithInput(page, "convert", "-", "-o", "-");
        assertEquals(0, convert.exit(), convert.err());
        assertEquals("凉山州经济和信息化局", ReportJson.standard().read(convert.out()).header().organName());
        assertEquals(List.of(), names(dir), "no file named '-'");
        // JSON and JSON Lines on standard input are told from their content.
        String json = convert.out();
        GongkaiCliTest.Run fromJson = runWithInput(json.getBytes(StandardCharsets.UTF_8), "check", "--lang", "en", "-");
        assertEquals(0, fromJson.exit(), fromJson.out());
        String lines = json + json;
        GongkaiCliTest.Run fromLines = runWithInput(lines.getBytes(StandardCharsets.UTF_8), "check", "--lang", "en", "-");
        assertTrue(fromLines.out().contains("✓ -:2: "), fromLines.out());
    }

    @Test
    void convertOfStandardInputWritesJsonLinesWhenItHoldsSeveralReports() throws IOException {
        byte[] page = Fixtures.samplePage().getBytes(StandardCharsets.UTF_8);
        String json = runWithInput(page, "convert", "-").out();
        GongkaiCliTest.Run two = runWithInput((json + json).getBytes(StandardCharsets.UTF_8), "convert", "-");
        assertEquals(0, two.exit(), two.err());
        assertEquals(List.of(json.strip(), json.strip()), two.out().lines().toList(), "one report a line");
        GongkaiCliTest.Run one = runWithInput(json.getBytes(StandardCharsets.UTF_8), "convert", "-");
        assertEquals(json, one.out(), "one report: json, as for a page");
        GongkaiCliTest.Run asked = runWithInput((json + json).getBytes(StandardCharsets.UTF_8), "convert", "--to",
                "json", "-");
        assertEquals(2, asked.exit());
        assertTrue(asked.err().startsWith("gongkai convert: --to json writes one report, but 2 were read"),
                asked.err());
        Path named = dir.resolve("named.json");
        GongkaiCliTest.Run toFile = runWithInput((json + json).getBytes(StandardCharsets.UTF_8), "convert", "-",
                "-o", named.toString());
        assertEquals(2, toFile.exit(), "a file named .json gets no JSON Lines");
        assertFalse(Files.exists(named));
    }

    @Test
    void convertToJsonWithNothingReadKeepsTheFileThere() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.json"), "{\"x\": 1}");
        Path notAReport = Files.writeString(dir.resolve("notes.txt"), "hello");
        GongkaiCliTest.Run run = run("convert", "--lang", "en", notAReport.toString(), "-o", kept.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("NOT_A_REPORT"), run.err());
        assertEquals("{\"x\": 1}", Files.readString(kept), "an unreadable input once replaced it with an empty file");
    }

    @Test
    void anEmptyJsonLinesFileIsUnreadableNotValid() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        GongkaiCliTest.Run check = run("check", "--lang", "en", empty.toString());
        assertEquals(2, check.exit(), "an empty file once passed as a valid run: " + check.out());
        assertTrue(check.out().contains("empty.jsonl: cannot be read"), check.out());
        assertTrue(check.out().contains("the JSON Lines file holds no report"), check.out());
        GongkaiCliTest.Run batch = run("batch", "--lang", "en", "--progress", "none", empty.toString());
        assertEquals(2, batch.exit(), batch.out());
        GongkaiCliTest.Run convert = run("convert", "--to", "json", empty.toString(), "-o",
                dir.resolve("out.json").toString());
        assertEquals(2, convert.exit(), convert.err());
        assertFalse(Files.exists(dir.resolve("out.json")));
        GongkaiCliTest.Run zh = run("check", "--lang", "zh", empty.toString());
        assertTrue(zh.out().contains("JSON Lines 文件中没有报告"), zh.out());
    }

    @Test
    void outputsWrittenAtTheEndAreCheckedBeforeAnythingIsRead() throws IOException {
        String sample = Fixtures.sample(dir).toString();
        Path keep = dir.resolve("keep.txt");
        Path baseline = dir.resolve("wb.json");
        GongkaiCliTest.Run html = run("check", "--lang", "en", sample, "-o", keep.toString(), "--write-baseline",
                baseline.toString(), "--html", "/nonexistent/x.html");
        assertOneLineError(html, "--html /nonexistent/x.html: the folder /nonexistent does not exist");
        assertEquals("", html.out(), "nothing checked");
        assertFalse(Files.exists(baseline), "the baseline was once written before the page was refused");
        assertFalse(Files.exists(keep));
        assertOneLineError(run("check", sample, "--write-baseline", "/nonexistent/wb.json"),
                "--write-baseline /nonexistent/wb.json: the folder /nonexistent does not exist");
        assertOneLineError(run("check", sample, "--write-baseline", "-"), "--write-baseline -: standard output");
        assertOneLineError(run("batch", "--progress", "none", sample, "--write-baseline", dir.toString()),
                "is a directory; name a file");
        assertOneLineError(run("compare", sample, sample, "--html", "/nonexistent/x.html"),
                "--html /nonexistent/x.html: the folder /nonexistent does not exist");
        assertOneLineError(run("check", "--lang", "en", sample, sample, "--html", dir.resolve("x.html").toString()),
                "a page holds one report, but 2 files were given");
    }

    @Test
    void batchOutputsInAnInputFolderAreRefusedBeforeTheyExist() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Fixtures.sample(dir), corpus.resolve("liangshan-2021.txt"));
        for (String[] output : new String[][] {{"--report", "r.json"}, {"--write-baseline", "b.json"},
                {"--html", "pages"}}) {
            GongkaiCliTest.Run run = run("batch", "--lang", "en", "--progress", "none", corpus.toString(),
                    output[0], corpus.resolve(output[1]).toString());
            assertOneLineError(run, output[0] + " " + corpus.resolve(output[1]) + ": inside the input folder "
                    + corpus + ", where the next batch of that folder would read what is written as reports");
        }
        assertEquals(List.of("liangshan-2021.txt"), names(corpus), "nothing written");
        GongkaiCliTest.Run log = run("batch", "--progress", "none", corpus.toString(), "--report",
                corpus.resolve("r.log").toString());
        assertEquals(0, log.exit(), "a file no batch reads may stay beside the reports: " + log.err());
        assertEquals(0, run("batch", "--progress", "none", corpus.toString()).exit(), "the next batch is clean");
    }

    @Test
    void fileNamesThatCouldDisguiseOutputAreEscaped() throws IOException {
        Path odd = Files.writeString(dir.resolve("a\u202Etxt.exe\nvalid.txt"), Fixtures.samplePage());
        GongkaiCliTest.Run run = run("check", "--lang", "en", odd.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("a\\u202Etxt.exe\\u000Avalid.txt: 凉山州"), run.out());
        assertFalse(run.out().contains("\u202E"), run.out());
    }

    @Test
    void unreadableFilesSayWhy() throws IOException {
        GongkaiCliTest.Run folder = run("check", "--lang", "en", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.out().contains("is a directory, not a file"), folder.out());
        GongkaiCliTest.Run missing = run("check", "--lang", "en", dir.resolve("gone.txt").toString());
        assertTrue(missing.out().contains("no such file"), missing.out());
        assertEquals("permission denied: /x/y", Inputs.describe(new java.nio.file.AccessDeniedException("/x/y"),
                Lang.en));
        assertEquals("没有权限：/x/y", Inputs.describe(new java.nio.file.AccessDeniedException("/x/y"), Lang.zh));
        assertEquals("/x/y: No space left on device",
                Inputs.describe(new java.nio.file.FileSystemException("/x/y", null, "No space left on device"), Lang.en));
    }

    @Test
    void csvTextFieldsAreGuardedAgainstFormulas() throws IOException {
        Report evil = ReportReader.standard().read(Fixtures.samplePage()).report().toBuilder()
                .organName("=HYPERLINK(\"http://x\",\"y\")").build();
        Path json = Files.writeString(dir.resolve("evil.json"), ReportJson.standard().write(evil));
        Path csv = dir.resolve("cells.csv");
        assertEquals(0, run("convert", json.toString(), "-o", csv.toString()).exit());
        String second = Files.readAllLines(csv).get(1);
        assertTrue(second.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), second);
    }

    private static void assertOneLineError(GongkaiCliTest.Run run, String expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private static GongkaiCliTest.Run runWithInput(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GongkaiCli.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new GongkaiCliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
