package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourRecordTest {

    @TempDir
    Path dir;

    private static void add(BehaviourRecord record, List<String> cases) {
        cases.forEach(record::add);
    }

    @Test
    void writesBlocksAndACountThenComparesEqual() throws IOException {
        Path file = dir.resolve("sub/record.txt");
        BehaviourRecord written = BehaviourRecord.of(file, 2, true);
        add(written, List.of("a", "b", "c"));
        written.finish();
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("0 1 [0-9a-f]{64}"), lines.get(0));
        assertTrue(lines.get(1).matches("2 2 [0-9a-f]{64}"), lines.get(1));
        assertEquals("cases 3", lines.get(2));
        BehaviourRecord same = BehaviourRecord.of(file, 2, false);
        add(same, List.of("a", "b", "c"));
        same.finish();
        assertEquals(3, same.cases());
    }

    @Test
    void namesTheFirstBlockThatDiffers() {
        Path file = dir.resolve("record.txt");
        BehaviourRecord written = BehaviourRecord.of(file, 2, true);
        add(written, List.of("a", "b", "c", "d"));
        written.finish();
        BehaviourRecord changed = BehaviourRecord.of(file, 2, false);
        add(changed, List.of("a", "b", "c", "e"));
        AssertionError error = assertThrows(AssertionError.class, changed::finish);
        assertTrue(error.getMessage().contains("at line 2: recorded '2 3 "), error.getMessage());
    }

    @Test
    void caseBoundariesCount() {
        // "ab" + "c" and "a" + "bc" are different behaviours with the same concatenation.
        Path file = dir.resolve("record.txt");
        BehaviourRecord written = BehaviourRecord.of(file, 10, true);
        add(written, List.of("ab", "c"));
        written.finish();
        BehaviourRecord other = BehaviourRecord.of(file, 10, false);
        add(other, List.of("a", "bc"));
        assertThrows(AssertionError.class, other::finish);
    }

    @Test
    void moreOrFewerCasesOrNoFileFail() {
        Path file = dir.resolve("record.txt");
        BehaviourRecord written = BehaviourRecord.of(file, 2, true);
        add(written, List.of("a", "b"));
        written.finish();
        BehaviourRecord more = BehaviourRecord.of(file, 2, false);
        add(more, List.of("a", "b", "c"));
        assertThrows(AssertionError.class, more::finish);
        BehaviourRecord missing = BehaviourRecord.of(dir.resolve("none.txt"), 2, false);
        missing.add("a");
        AssertionError error = assertThrows(AssertionError.class, missing::finish);
        assertTrue(error.getMessage().contains("-Dgongkai.testkit.record=true"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BehaviourRecord.of(file, 0));
    }
}
