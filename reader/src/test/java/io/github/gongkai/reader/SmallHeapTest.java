package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An 8-million-character page (just under the default {@code maxInputLength}) is read in a JVM whose heap is
 * 256 MB: the reader keeps a bounded amount per page, not an amount per character. The pages are those of
 * {@link HostilePages}, built and read by {@link SmallHeapMain} in a child JVM (the page itself, 16 MB as
 * UTF-16, counts against the same heap).
 */
class SmallHeapTest {

    private static final int PAGES = HostilePages.all(0).size();

    @Test
    void eightMillionCharacterPagesAreReadIn256Megabytes() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "hang guard");
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(PAGES, output.lines().filter(l -> l.startsWith("read ")).count(), output);
    }
}
