package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The runnable jar killed, starved of memory and stopped: outputs are the old file or a complete new one,
 * never a cut-off file; a batch's memory does not grow with the corpus.
 */
class OutputSafetyIT {

    private static final byte[] OLD = "the previous output, which must survive\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static List<String> command(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar",
                System.getProperty("gongkai.cli.jar")));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static Process start(String heap, String... args) throws IOException {
        return new ProcessBuilder(command(heap, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(
                        new java.io.File("/dev/null"))).start();
    }

    private static int runToEnd(String heap, String... args) throws IOException, InterruptedException {
        Process process = start(heap, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI did not finish");
        return process.exitValue();
    }

    /** The sample report for {@code count} organs and years, as JSON Lines. */
    private Path corpus(String name, int count) throws IOException {
        return Fixtures.manyReports(dir.resolve(name), count);
    }

    @Test
    void aKilledRunLeavesTheOldOutputOrACompleteNewOne() throws Exception {
        Path input = corpus("in.jsonl", 3_000);
        Path converted = dir.resolve("out.jsonl");
        Path report = dir.resolve("report.json");
        long started = System.nanoTime();
        assertEquals(0, runToEnd("256m", "convert", input.toString(), "-o", converted.toString()));
        assertEquals(0, runToEnd("256m", "batch", "--progress", "none", input.toString(), "--report", report.toString()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) / 2;
        byte[] convertedWhole = Files.readAllBytes(converted);
        byte[] reportWhole = Files.readAllBytes(report);
        assertTrue(FindingsJson.MAPPER.readTree(reportWhole).get("complete").asBoolean());

        long seed = Long.getLong("gongkai.crash.seed", 20261202L);
        SplittableRandom random = new SplittableRandom(seed);
        // Each run starts a JVM, about a second each on two busy cores: 40 runs by default keep the test near a
        // minute of CI's budget (100 took two); -Dgongkai.crash.runs=N kills at more moments.
        int runs = Integer.getInteger("gongkai.crash.runs", 40);
        int killedMidRun = 0;
        for (int i = 0; i < runs; i++) {
            boolean convert = i % 2 == 0;
            Path output = convert ? converted : report;
            Files.write(output, OLD);
            Process process = convert ? start("256m", "convert", input.toString(), "-o", output.toString())
                    : start("256m", "batch", "--progress", "none", input.toString(), "--report", output.toString());
            long delay = random.nextLong(millis + 1);
            if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, process.exitValue());
            } else {
                process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                process.waitFor();
                killedMidRun++;
            }
            byte[] now = Files.readAllBytes(output);
            String what = (convert ? "convert" : "batch") + " killed after " + delay + " ms (seed " + seed + ", run " + i
                    + ")";
            assertTrue(Arrays.equals(now, OLD) || Arrays.equals(now, convert ? convertedWhole : reportWhole),
                    what + ": the output is neither the old file nor the complete new one (" + now.length + " bytes)");
        }
        assertTrue(killedMidRun >= runs * 3 / 10, "only " + killedMidRun + " of " + runs
                + " runs were killed before their end");
        // What a killed run leaves is a hidden temporary file, which no one takes for the output.
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertTrue(List.of("in.jsonl", "out.jsonl", "report.json").contains(name)
                        || name.startsWith(".out.jsonl.") && name.endsWith(".tmp")
                        || name.startsWith(".report.json.") && name.endsWith(".tmp"), name);
            }
        }
    }

    @Test
    void aBatchWithCarryOverRunsInConstantMemory() throws Exception {
        // 8 000 reports; carry-over state held in memory took ~4 KB a report and failed here.
        Path input = corpus("corpus.jsonl", 8_000);
        Path report = dir.resolve("report.json");
        assertEquals(0, runToEnd("16m", "batch", "--progress", "none", input.toString(), "--report", report.toString()));
        JsonNode json = FindingsJson.MAPPER.readTree(report.toFile());
        assertEquals(8_000, json.get("reports").size());
        assertTrue(json.get("complete").asBoolean());
    }

    @Test
    void aBatchOutOfMemoryStopsWithItsOwnExitCodeAndKeepsAnIncompleteReport() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Fixtures.sample(corpus);
        // 7.5 M characters of page: decoding it alone needs more than the 16 MB heap.
        Path huge = corpus.resolve("z-huge.txt");
        try (BufferedWriter out = Files.newBufferedWriter(huge)) {
            out.write(Fixtures.samplePage());
            String line = "一二三四五六七八九十".repeat(50) + "\n";
            for (int i = 0; i < 15_000; i++) {
                out.write(line);
            }
        }
        Path report = Files.write(dir.resolve("report.json"), OLD);
        assertEquals(GongkaiCli.ABORTED, runToEnd("16m", "batch", "--progress", "none", corpus.toString(), "--report",
                report.toString()));
        assertArrayEquals(OLD, Files.readAllBytes(report));
        JsonNode incomplete = FindingsJson.MAPPER.readTree(dir.resolve("report.json.incomplete").toFile());
        assertFalse(incomplete.get("complete").asBoolean());
        assertEquals("out of memory", incomplete.get("stoppedBecause").asString());
        assertEquals(1, incomplete.get("reports").size());
    }
}
