package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output's extension is a promise about its content: it chooses the format or must agree with the one chosen,
 * and one that names a format the command does not write is refused before anything is read or written.
 */
class OutputFormatsTest {

    @TempDir
    Path dir;

    private String sample;
    private String copy;

    private String sample() throws IOException {
        if (sample == null) {
            sample = Fixtures.sample(dir).toString();
        }
        return sample;
    }

    /** Another file holding the sample, for compare. */
    private String copy() throws IOException {
        if (copy == null) {
            copy = Files.copy(Path.of(sample()), dir.resolve("copy.txt")).toString();
        }
        return copy;
    }

    /** Refused with exit code 2, one line naming the file, and nothing written in the folder. */
    private void assertRefused(String expected, String... args) throws IOException {
        List<String> before = names();
        Run run = run(args);
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals(before, names(), "nothing written");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExtensionOfAFormatTheCommandDoesNotWriteIsRefused() throws IOException {
        Path pdf = dir.resolve("r.pdf");
        assertRefused("-o " + pdf + ": cannot be written as a .pdf file; -o writes .html, .htm, .md, .markdown, .txt "
                + "or .docx files", "render", "--lang", "en", sample(), "-o", pdf.toString());
        Path yaml = dir.resolve("out.YAML");
        assertRefused("-o " + yaml + ": cannot be written as a .yaml file; -o writes .json, .jsonl, .ndjson, .csv or "
                + ".xlsx files", "convert", "--lang", "en", sample(), "-o", yaml.toString());
        assertRefused("-o " + yaml + "：不能写成 .yaml 文件；-o 可写 .json、.jsonl、.ndjson、.csv 或 .xlsx 文件", "convert",
                "--lang", "zh", sample(), "-o", yaml.toString());
        assertRefused("cannot be written as a .xlsx file; -o writes .txt, .json or .csv files", "check", "--lang",
                "en", sample(), "-o", dir.resolve("findings.xlsx").toString());
        assertRefused("cannot be written as a .md file", "compare", "--lang", "en", sample(), copy(), "-o",
                dir.resolve("c.md").toString());
        assertRefused("--report " + dir.resolve("r.csv") + ": cannot be written as a .csv file; --report writes "
                + ".json files", "batch", "--lang", "en", "--progress", "none", sample(), "--report",
                dir.resolve("r.csv").toString());
        assertRefused("--write-baseline " + dir.resolve("b.yml") + ": cannot be written as a .yml file",
                "check", "--lang", "en", sample(), "--write-baseline", dir.resolve("b.yml").toString());
        assertRefused("--html " + dir.resolve("page.pdf") + ": cannot be written as a .pdf file; --html writes .html "
                + "or .htm files", "check", "--lang", "en", sample(), "--html", dir.resolve("page.pdf").toString());
        assertRefused("--html " + dir.resolve("page.txt") + ": cannot be written as a .txt file", "compare", "--lang",
                "en", sample(), copy(), "--html", dir.resolve("page.txt").toString());
    }

    @Test
    void anExtensionThatContradictsTheFormatChosenIsRefused() throws IOException {
        Path csv = dir.resolve("out.csv");
        assertRefused("-o " + csv + ": .csv does not match --to json (which writes a .json file); name the file .json, "
                + "or leave out --to", "convert", "--lang", "en", sample(), "--to", "json", "-o", csv.toString());
        assertRefused("-o " + csv + "：.csv 与 --to json 不符（json 写成 .json 文件）；请改用 .json 文件名，或不给 --to",
                "convert", "--lang", "zh", sample(), "--to", "json", "-o", csv.toString());
        // JSON Lines into a .json file, which no JSON reader reads.
        assertRefused(".json does not match --to jsonl", "convert", "--lang", "en", sample(), "--to", "jsonl", "-o",
                dir.resolve("out.json").toString());
        assertRefused(".md does not match --to html (which writes a .html file)", "render", "--lang", "en", sample(),
                "--to", "html", "-o", dir.resolve("t.md").toString());
        assertRefused(".json does not match --format text (which writes a .txt file)", "check", "--lang", "en",
                sample(), "--format", "text", "-o", dir.resolve("f.json").toString());
        assertRefused(".txt does not match --format csv", "compare", "--lang", "en", sample(), copy(), "--format",
                "csv", "-o", dir.resolve("c.txt").toString());
    }

    @Test
    void anExtensionTheCommandWritesChoosesTheFormat() throws IOException {
        Path json = dir.resolve("findings.JSON");
        Run check = run("check", "--lang", "en", sample(), "-o", json.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals("valid", FindingsJson.MAPPER.readTree(json.toFile()).get(0).get("status").asString());
        Path csv = dir.resolve("findings.csv");
        assertEquals(0, run("check", "--excel", sample(), "-o", csv.toString()).exit(), "--excel goes with .csv");
        assertTrue(Files.readString(csv).startsWith("\uFEFFsource,organ,year"), Files.readString(csv));
        Path compared = dir.resolve("compare.json");
        assertEquals(0, run("compare", sample(), copy(), "-o", compared.toString()).exit());
        assertEquals(2021, FindingsJson.MAPPER.readTree(compared.toFile()).get("current").get("year").asInt());
        Path lines = dir.resolve("all.ndjson");
        assertEquals(0, run("convert", sample(), copy(), "-o", lines.toString()).exit());
        assertEquals(2, Files.readAllLines(lines).size(), "JSON Lines, one report a line");
        Path markdown = dir.resolve("t.markdown");
        assertEquals(0, run("render", sample(), "--to", "markdown", "-o", markdown.toString()).exit());
        assertTrue(Files.readString(markdown).contains("| "), "Markdown tables");
        // A name that says no format leaves it to the option or the default.
        Path log = dir.resolve("findings.log");
        assertEquals(0, run("check", "--lang", "en", sample(), "-o", log.toString()).exit());
        assertTrue(Files.readString(log).contains("— valid"), Files.readString(log));
        Path bare = dir.resolve("tables");
        assertEquals(0, run("render", sample(), "--to", "html", "-o", bare.toString()).exit());
        assertTrue(Files.readString(bare).startsWith("<!DOCTYPE html>"), "html as --to says");
    }

    @Test
    void theExtensionOfAName() {
        assertEquals(Optional.of("json"), OutputFormats.extension(Path.of("dir.d/A.Json")));
        assertEquals(Optional.of("gz"), OutputFormats.extension(Path.of("cells.csv.gz")));
        assertEquals(Optional.empty(), OutputFormats.extension(Path.of(".hidden")));
        assertEquals(Optional.empty(), OutputFormats.extension(Path.of("dir.d/name")));
        assertEquals(Optional.empty(), OutputFormats.extension(Path.of("name.")));
        assertEquals(Optional.empty(), OutputFormats.extension(Path.of("-")));
        assertEquals(Optional.empty(), OutputFormats.extension(null));
        assertFalse(OutputFormats.NAMING.contains("log"));
    }
}
