package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar with {@code java.io.tmpdir} pointed at a fresh folder: whether a run ends, fails, runs out of
 * memory or is stopped, the folder is left as it was (a machine once had 504 {@code gongkai-carry-over-*} folders
 * in {@code /tmp} from batches stopped mid-run); what {@code kill -9} leaves, the next run removes.
 */
class TemporaryFilesIT {

    /** Reports enough for the carry-over state to be spilled to disk (runs of 2 MB), and merged. */
    private static final int SPILLED = 3_000;

    @TempDir
    Path dir;

    private Path tmp;

    private Process start(String heap, String... args) throws IOException {
        tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-jar",
                System.getProperty("gongkai.cli.jar")));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int end(Process process) throws InterruptedException {
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI did not finish");
        return process.exitValue();
    }

    private List<String> leftInTmp() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            // The JVM's own files (hsperfdata_USER) are not the CLI's.
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("hsperfdata_")).sorted()
                    .toList();
        }
    }

    /** The sample report for {@code count} organs and years, as JSON Lines. */
    private static Path corpus(Path folder, int count) throws IOException {
        return Fixtures.manyReports(folder.resolve("corpus.jsonl"), count);
    }

    /** Waits until the run, blocked reading standard input, has copied what it was given. */
    private void awaitStandardInputCopy() throws IOException, InterruptedException {
        for (int i = 0; i < 1_200 && leftInTmp().stream().noneMatch(n -> n.startsWith("gongkai-standard-input-")); i++) {
            Thread.sleep(100);
        }
        assertTrue(leftInTmp().stream().anyMatch(n -> n.startsWith("gongkai-standard-input-")), leftInTmp()::toString);
        Path copy = tmp.resolve(leftInTmp().get(0));
        if (Files.getFileAttributeView(copy, PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)),
                    "what was piped in is its owner's only");
        }
    }

    @Test
    void aBatchThatSpillsAndEndsLeavesNothing() throws Exception {
        Path corpus = corpus(dir, SPILLED);
        assertEquals(0, end(start("64m", "batch", "--progress", "none", corpus.toString())));
        assertEquals(List.of(), leftInTmp());
        assertEquals(0, checkStandardInput(), "the sample from standard input");
        assertEquals(List.of(), leftInTmp());
    }

    @Test
    void aBatchThatRunsOutOfMemoryAfterSpillingLeavesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        corpus(folder, SPILLED);
        // Read after the corpus (in name order): 7.5 M characters of page, more than the 16 MB heap holds.
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("z-huge.txt"))) {
            out.write(Fixtures.samplePage());
            String line = "一二三四五六七八九十".repeat(50) + "\n";
            for (int i = 0; i < 15_000; i++) {
                out.write(line);
            }
        }
        assertEquals(GongkaiCli.ABORTED, end(start("16m", "batch", "--progress", "none", folder.toString())));
        assertEquals(List.of(), leftInTmp());
    }

    @Test
    void aRunStoppedMidWayLeavesNothing() throws Exception {
        Path corpus = corpus(dir, SPILLED);
        // The batch reads the corpus (spilling it), then waits on standard input, which stays open: stopped there.
        Process batch = start("64m", "batch", "--progress", "none", corpus.toString(), "-");
        OutputStream in = batch.getOutputStream();
        in.write(Fixtures.samplePage().getBytes(StandardCharsets.UTF_8));
        in.flush();
        awaitStandardInputCopy();
        batch.destroy(); // SIGTERM, as Ctrl-C or kill: shutdown hooks run, finally blocks do not
        end(batch);
        assertEquals(List.of(), leftInTmp());

        // kill -9: no hook runs either. The carry-over runs had no name to leave; the copy of standard input has.
        Process killed = start("64m", "batch", "--progress", "none", corpus.toString(), "-");
        killed.getOutputStream().write(Fixtures.samplePage().getBytes(StandardCharsets.UTF_8));
        killed.getOutputStream().flush();
        awaitStandardInputCopy();
        List<String> inUse = leftInTmp();
        assertEquals(1, inUse.size(), inUse::toString);
        assertTrue(inUse.get(0).startsWith("gongkai-standard-input-" + killed.pid() + "-"), inUse::toString);
        assertEquals(0, checkStandardInput(), "a run beside it");
        assertEquals(inUse, leftInTmp(), "the copy of a run under way is not another run's to remove");
        killed.destroyForcibly();
        end(killed);
        assertEquals(inUse, leftInTmp());
        // Within the hour a copy whose process is gone may be a run's in another container: it is kept.
        assertEquals(0, checkStandardInput(), "a run just after");
        assertEquals(inUse, leftInTmp());

        // An hour later, the next run that copies standard input removes it, and then its own copy.
        Files.setLastModifiedTime(tmp.resolve(inUse.get(0)),
                FileTime.from(Instant.now().minus(TemporaryFile.LEFTOVER_AGE).minusSeconds(60)));
        assertEquals(0, checkStandardInput(), "the run an hour after");
        assertEquals(List.of(), leftInTmp());
    }

    /** {@code check -} of the sample page, run to its end: its exit code. */
    private int checkStandardInput() throws IOException, InterruptedException {
        Process check = start("64m", "check", "-");
        check.getOutputStream().write(Fixtures.samplePage().getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        return end(check);
    }
}
