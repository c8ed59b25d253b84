package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.render.TableFormat;
import io.github.gongkai.render.TableRenderer;
import io.github.gongkai.render.docx.DocxTableRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai render} run in-process: outputs, formats, messages and exit codes. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private static Report read(Path page) throws IOException {
        return ReportReader.standard().read(page).report();
    }

    @Test
    void aPageRendersToAnHtmlFile() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path out = dir.resolve("tables.html");
        Run run = run("render", sample.toString(), "--to", "html", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(TableRenderer.of(TableFormat.HTML).render(read(sample)), Files.readString(out,
                StandardCharsets.UTF_8));
        assertTrue(ReportReader.standard().read(out).reading().isComplete(), "the rendered page reads back");
    }

    @Test
    void reportJsonRendersAsMarkdownOnStandardOutput() throws IOException {
        Report report = read(Fixtures.sample(dir));
        Path json = dir.resolve("report.json");
        ReportJson.standard().write(report, json);
        Run run = run("render", json.toString(), "--to", "md");
        assertEquals(0, run.exit(), run.err());
        assertEquals(TableRenderer.of(TableFormat.MARKDOWN).render(report), run.out());
    }

    @Test
    void theFormatComesFromTheOutputsExtensionElseText() throws IOException {
        Path sample = Fixtures.sample(dir);
        Report report = read(sample);
        Path md = dir.resolve("tables.md");
        assertEquals(0, run("render", sample.toString(), "-o", md.toString()).exit());
        assertEquals(TableRenderer.of(TableFormat.MARKDOWN).render(report), Files.readString(md));
        Path htm = dir.resolve("tables.htm");
        assertEquals(0, run("render", sample.toString(), "-o", htm.toString()).exit());
        assertTrue(Files.readString(htm).startsWith("<!DOCTYPE html>"));
        Run text = run("render", sample.toString());
        assertEquals(0, text.exit(), text.err());
        assertEquals(TableRenderer.of(TableFormat.TEXT).render(report), text.out());
        Run upper = run("render", sample.toString(), "--to", "TXT");
        assertEquals(text.out(), upper.out());
        assertEquals(text.out(), run("render", sample.toString(), "--to", "text").out(), "as the help says");
        assertEquals(TableRenderer.of(TableFormat.MARKDOWN).render(report),
                run("render", sample.toString(), "--to", "markdown").out());
    }

    @Test
    void unreadCellsAreShownAsAQuestionMarkAndCounted() throws IOException {
        Path lost = Fixtures.lostCell(dir);
        Run en = run("render", "--lang", "en", lost.toString(), "--to", "html");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("<td data-unread=\"ambiguous\">?</td>"), en.out());
        assertTrue(en.err().contains("3 cell(s) not read, shown as ?, never guessed"), en.err());
        Run zh = run("render", "--lang", "zh", lost.toString());
        assertTrue(zh.err().contains("3 个单元格未能读出，显示为 ?，不作猜测"), zh.err());
    }

    @Test
    void anUnreadableInputExitsWithTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("tables.html");
        Run run = run("render", "--lang", "en", Fixtures.unreadable(dir).toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("notice.txt"), run.err());
        assertTrue(run.err().contains("next: "), run.err());
        assertFalse(Files.exists(out));
        assertEquals(2, run("render", dir.resolve("missing.txt").toString()).exit());
    }

    @Test
    void aWrongFormatIsRefusedBeforeAnythingIsRead() throws IOException {
        Path out = dir.resolve("tables.pdf");
        Run run = run("render", "--lang", "en", Fixtures.sample(dir).toString(), "--to", "pdf", "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--to must be html, md, txt or docx, not pdf"), run.err());
        assertFalse(Files.exists(out));
        Run zh = run("render", "--lang", "zh", Fixtures.sample(dir).toString(), "--to", "pdf");
        assertTrue(zh.err().contains("--to 只能是 html、md、txt 或 docx，不是 pdf"), zh.err());
    }

    @Test
    void aPageRendersToADocxFileThatReadsBack() throws IOException {
        Path sample = Fixtures.sample(dir);
        Path out = dir.resolve("tables.docx");
        Run run = run("render", sample.toString(), "--to", "docx", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertArrayEquals(DocxTableRenderer.standard().render(read(sample)), Files.readAllBytes(out));
        var reread = ReportReader.standard().read(out);
        assertTrue(reread.reading().isComplete(), "the rendered document reads back");
        Report report = read(sample);
        for (var cell : io.github.gongkai.core.ReportFormat.of(report.edition()).cells()) {
            assertEquals(report.get(cell), reread.report().get(cell), cell::toString);
        }
    }

    @Test
    void docxComesFromTheOutputsExtensionToo() throws IOException {
        Report report = read(Fixtures.sample(dir));
        Path json = dir.resolve("report.json");
        ReportJson.standard().write(report, json);
        Path out = dir.resolve("Tables.DOCX");
        Run run = run("render", json.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(DocxTableRenderer.standard().render(report), Files.readAllBytes(out));
        Path upper = dir.resolve("tables.bin");
        assertEquals(0, run("render", json.toString(), "--to", "DOCX", "-o", upper.toString()).exit());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(upper));
    }

    /** A .docx is binary: it goes to a file, never to standard output, and the refusal comes before any reading. */
    @Test
    void docxIsNotWrittenToStandardOutput() throws IOException {
        Path sample = Fixtures.sample(dir);
        for (String[] args : List.of(new String[] {"render", "--lang", "en", sample.toString(), "--to", "docx"},
                new String[] {"render", "--lang", "en", sample.toString(), "--to", "docx", "-o", "-"},
                new String[] {"render", "--lang", "en", dir.resolve("missing.txt").toString(), "--to", "docx"})) {
            Run run = run(args);
            assertEquals(2, run.exit(), run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("docx is a binary file and is not written to standard output: name the "
                    + "output file with -o (such as -o tables.docx)"), run.err());
        }
        Run zh = run("render", "--lang", "zh", sample.toString(), "--to", "docx");
        assertTrue(zh.err().contains("docx 是二进制文件，不写到标准输出"), zh.err());
    }

    @Test
    void severalReportsAreRefused() throws IOException {
        Report report = read(Fixtures.sample(dir));
        String line = ReportJson.standard().write(report);
        Path lines = Files.writeString(dir.resolve("two.jsonl"), line + "\n" + line + "\n");
        Path out = dir.resolve("tables.txt");
        Run run = run("render", "--lang", "en", lines.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("render renders one report, but 2 were read"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileOfWhichALineCannotBeReadRendersNothing() throws IOException {
        // One good line and a broken one: the run fails (exit 2), so it writes no page of the good one either.
        String line = ReportJson.standard().write(read(Fixtures.sample(dir)));
        Path lines = Files.writeString(dir.resolve("mixed.jsonl"), line + "\n{\"format\":1}\n");
        Path out = dir.resolve("tables.html");
        Run run = run("render", "--lang", "en", lines.toString(), "--to", "html", "-o", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("nothing written: part of the input could not be read"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theInputIsNeverItsOwnOutput() throws IOException {
        Path sample = Fixtures.sample(dir);
        String before = Files.readString(sample);
        Run run = run("render", sample.toString(), "-o", sample.toString());
        assertEquals(2, run.exit());
        assertEquals(before, Files.readString(sample));
    }

    @Test
    void helpListsTheCommand() {
        Run help = run("--help");
        assertTrue(help.out().contains("render"), help.out());
        Run own = run("render", "--help");
        assertEquals(0, own.exit());
        assertTrue(own.out().contains("--to=html|md|txt|docx"), own.out());
        assertTrue(own.out().contains("gongkai render report.json -o tables.docx"), own.out());
        assertTrue(own.out().contains("docx needs a file"), own.out());
        assertTrue(own.out().contains("Exit codes: 0 rendered"), own.out());
    }
}
