package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of standard input that {@code kill -9} left is removed by the next run; nothing that may be in use, or
 * that is not exactly such a copy, is.
 */
class TemporaryFileTest {

    private static final String PREFIX = "gongkai-standard-input-";

    @TempDir
    Path tmp;

    /** The id of a process that has ended (a {@code java -version} waited for): no process has it now. */
    private static long endedProcess() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        long pid = process.pid();
        assumeTrue(ProcessHandle.of(pid).isEmpty(), "the ended process's id was taken again at once");
        return pid;
    }

    /** A file last written two hours ago, as a killed run's copy is by the time a run comes to it. */
    private Path file(String name) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), "piped in", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }

    /** What {@link TemporaryFile#create} removes, as {@code owner}. */
    private void sweep(UserPrincipal owner) {
        TemporaryFile.removeLeftovers(tmp, PREFIX, owner, Instant.now().minus(TemporaryFile.LEFTOVER_AGE));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private UserPrincipal me() throws IOException {
        return Files.getOwner(Files.createDirectories(tmp), LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void theCopyOfAnEndedProcessGoesThatOfAProcessThatExistsStays() throws Exception {
        long ended = endedProcess();
        long self = ProcessHandle.current().pid();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        file(PREFIX + ended + "-1234567890123");
        file(PREFIX + self + "-42");
        file(PREFIX + parent + "-7");
        sweep(me());
        assertEquals(List.of(PREFIX + parent + "-7", PREFIX + self + "-42").stream().sorted().toList(), names());
    }

    @Test
    void onlyTheExactNameIsRemoved() throws Exception {
        long ended = endedProcess();
        List<String> others = Stream.of(PREFIX + ended, PREFIX + ended + "-", PREFIX + ended + "-12.tmp",
                PREFIX + ended + "-x1", PREFIX + "x" + ended + "-1", PREFIX + "-" + ended + "-1",
                "gongkai-standard-input" + ended + "-1", "other-" + ended + "-1", "gongkai-carry-over-" + ended + "-1",
                // what versions before the process id named their copies: whose they are cannot be told
                PREFIX + "4821937465019283746").sorted().toList();
        for (String name : others) {
            file(name);
        }
        file(PREFIX + ended + "-99");
        sweep(me());
        assertEquals(others, names());
    }

    @Test
    void aLinkOrAFolderSoNamedIsLeftAndWhatALinkNamesUntouched(@TempDir Path elsewhere) throws Exception {
        long ended = endedProcess();
        Path target = Files.writeString(elsewhere.resolve("precious.txt"), "not a copy", StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(tmp.resolve(PREFIX + ended + "-1"), target);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "links cannot be made here: " + noLinks);
        }
        Files.createDirectory(tmp.resolve(PREFIX + ended + "-2"));
        sweep(me());
        assertEquals(List.of(PREFIX + ended + "-1", PREFIX + ended + "-2"), names());
        assertTrue(Files.isSymbolicLink(tmp.resolve(PREFIX + ended + "-1")));
        assertEquals("not a copy", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void anotherUsersCopyIsLeft() throws Exception {
        long ended = endedProcess();
        file(PREFIX + ended + "-1");
        UserPrincipal someoneElse = () -> "someone-else";
        sweep(someoneElse);
        assertEquals(List.of(PREFIX + ended + "-1"), names());
    }

    @Test
    void aCopyWrittenWithinTheHourIsLeftThoughNoProcessHereHasItsId() throws Exception {
        // A run in another container sharing the folder: its process id means nothing here.
        long ended = endedProcess();
        Path recent = file(PREFIX + ended + "-1");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofMinutes(50))));
        file(PREFIX + ended + "-2");
        sweep(me());
        assertEquals(List.of(PREFIX + ended + "-1"), names());
    }

    @Test
    void creatingACopyNamesItByThisProcessAndRemovesWhatAnEndedOneLeft() throws Exception {
        long ended = endedProcess();
        file(PREFIX + ended + "-5");
        String system = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try (TemporaryFile copy = TemporaryFile.create(PREFIX)) {
            String name = copy.path().getFileName().toString();
            assertTrue(name.matches(PREFIX + ProcessHandle.current().pid() + "-[0-9]+"), name);
            assertEquals(List.of(name), names());
        } finally {
            System.setProperty("java.io.tmpdir", system);
        }
        assertEquals(List.of(), names());
    }
}
