package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as a real {@code java -jar} process: what users and scripts in other languages run. */
class GongkaiCliIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("gongkai.cli.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", jar));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        // Read both streams fully before waiting, so a full pipe cannot block the child.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
        return new Run(process.exitValue(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void checkTheSample() throws Exception {
        Run run = java("check", "--lang", "en", Fixtures.sample(dir).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("凉山州经济和信息化局 2021 report (2021 edition) — valid"), run.out());
    }

    @Test
    void checkABrokenReport() throws Exception {
        Run run = java("check", "--lang", "zh", Fixtures.broken(dir).toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("疑似：T3/newlyReceived/naturalPerson"), run.out());
    }

    @Test
    void checkAnUnreadableFile() throws Exception {
        Run run = java("check", "--lang", "en", Fixtures.unreadable(dir).toString());
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("cannot be read"), run.out());
    }

    @Test
    void batchASmallCorpus() throws Exception {
        Path corpus = Fixtures.corpus(dir);
        Path results = dir.resolve("results.json");
        Run run = java("batch", "--lang", "en", corpus.toString(), "--report", results.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("reports read: 3 (valid 3, not valid 0), unreadable: 2"), run.out());
        // Not a terminal: plain progress lines, never a bar's carriage returns.
        assertTrue(run.err().contains("processed 5 inputs, 4/4 files"), run.err());
        assertTrue(!run.err().contains("\r"), run.err());
        assertTrue(Files.size(results) > 0);
    }

    @Test
    void convertToCellsAndVersion() throws Exception {
        Path cells = dir.resolve("cells.csv");
        Run run = java("convert", Fixtures.sample(dir).toString(), "-o", cells.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readAllLines(cells).get(0).startsWith("source,organ,year,edition,cell,label"));
        Run version = java("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("gongkai "), version.out());
    }
}
