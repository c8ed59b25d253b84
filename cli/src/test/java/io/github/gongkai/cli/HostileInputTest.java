package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files given to the CLI: each is reported as unreadable (exit 2), quickly, and the run goes on. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabytePageIsUnreadable() throws IOException {
        Path page = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        GongkaiCliTest.Run result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("check", "--lang", "en", page.toString()));
        assertEquals(2, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("huge.txt: cannot be read"), result.out());
        assertTrue(result.out().contains("LIMIT_EXCEEDED"), result.out());
    }

    @Test
    void aHundredMegabyteNumberAndLineAreUnreadable() throws IOException {
        Path json = dir.resolve("number.json");
        Path lines = dir.resolve("line.jsonl");
        byte[] nines = new byte[1 << 20];
        Arrays.fill(nines, (byte) '9');
        try (OutputStream a = Files.newOutputStream(json); OutputStream b = Files.newOutputStream(lines)) {
            a.write("{\"format\":\"gongkai.report\",\"version\":".getBytes(StandardCharsets.UTF_8));
            b.write("{\"format\":\"gongkai.report\",\"version\":".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                a.write(nines);
                b.write(nines);
            }
            a.write('}');
            b.write("}\n".getBytes(StandardCharsets.UTF_8));
        }
        GongkaiCliTest.Run result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("check", "--lang", "en", json.toString(), lines.toString()));
        assertEquals(2, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("number.json: cannot be read"), result.out());
        assertTrue(result.out().contains("line.jsonl:1: cannot be read"), result.out());
    }
}
