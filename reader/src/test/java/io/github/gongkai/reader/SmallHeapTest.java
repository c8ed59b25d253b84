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
 * 256 MB: the reader keeps a bounded amount per page, not an amount per character. The pages are two of
 * {@link HostilePages}, built and read by {@link SmallHeapMain} in a child JVM (the page itself, 16 MB as
 * UTF-16, counts against the same heap); {@code SmallHeapMain} without arguments reads them all (each passed
 * when this was written, the HTML table being {@code LIMIT_EXCEEDED} by its cells).
 */
class SmallHeapTest {

    /**
     * The pages read: the two (a report and a million numbers after it; one line of a million spaced
     * numbers, 88 bytes per character before). The rest of {@link HostilePages} are measured by
     * {@code LargePageTest}; reading them here too would take long in a child JVM on a loaded machine.
     */
    private static final List<String> PAGES = List.of("a million numbers after section 六, one a line",
            "one line of spaced numbers after section 六");

    @Test
    void eightMillionCharacterPagesAreReadIn256Megabytes() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // C1 only: a short run is quicker without C2's compilations.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), SmallHeapMain.class.getName()));
        command.addAll(PAGES);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "hang guard");
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(PAGES.size(), output.lines().filter(l -> l.startsWith("read ")).count(), output);
        assertTrue(HostilePages.all(0).keySet().containsAll(PAGES));
    }
}
