package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.render.TableFormat;
import io.github.gongkai.render.TableRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai render} run in-process: outputs, formats, messages and exit codes. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private static Report read(Path page) throws IOException {
        return ReportReader.create().read(page).report();
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
        assertTrue(ReportReader.create().read(out).reading().isComplete(), "the rendered page reads back");
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
        Path out = dir.resolve("tables.docx");
        Run run = run("render", "--lang", "en", Fixtures.sample(dir).toString(), "--to", "docx", "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--to must be html, md or txt, not docx"), run.err());
        assertFalse(Files.exists(out));
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
        assertTrue(own.out().contains("--to=html|md|txt"), own.out());
        assertTrue(own.out().contains("Exit codes: 0 rendered"), own.out());
    }
}
