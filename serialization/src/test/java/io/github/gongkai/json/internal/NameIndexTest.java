package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameIndex}: every name at its position and no other name, whatever the number of names and however
 * their hashes collide. The reader builds its indexes once, in {@code Layout}'s static initializer; these
 * tests build their own, of other sizes and with colliding names, which the format's names do not have.
 */
class NameIndexTest {

    @Test
    void findsEveryNameAtItsPositionAndNoOtherName() {
        for (int size = 0; size <= 64; size++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                names.add("name" + i);
            }
            NameIndex index = new NameIndex(names);
            for (int i = 0; i < size; i++) {
                assertEquals(i, index.find(names.get(i)), size + " names: " + names.get(i));
                // The parser canonicalises names, but an equal name that is another instance is found as well.
                assertEquals(i, index.find(new String(names.get(i))), size + " names: a copy of " + names.get(i));
            }
            for (String other : List.of("name" + size, "name-1", "", "Name0", "name0 ")) {
                assertEquals(NameIndex.NONE, index.find(other), size + " names: " + other);
            }
        }
    }

    /**
     * {@code "Aa"} and {@code "BB"} have the same hash, so the eight names of three such blocks after a prefix all
     * share one: seven of them are indexed and the eighth must still be missing. Over 64 prefixes the groups start
     * all over the table, at its end too, where their run of slots continues at its start.
     */
    @Test
    void namesWithTheSameHashAreAllFound() {
        for (int group = 0; group < 64; group++) {
            List<String> names = new ArrayList<>();
            for (int bits = 0; bits < 8; bits++) {
                StringBuilder name = new StringBuilder("row" + group);
                for (int block = 0; block < 3; block++) {
                    name.append((bits >> block & 1) == 0 ? "Aa" : "BB");
                }
                names.add(name.toString());
            }
            String missing = names.remove(7);
            assertEquals(1, names.stream().mapToInt(String::hashCode).distinct().count());
            assertEquals(missing.hashCode(), names.get(0).hashCode());
            NameIndex index = new NameIndex(names);
            for (int i = 0; i < names.size(); i++) {
                assertEquals(i, index.find(names.get(i)), names.get(i));
            }
            assertEquals(NameIndex.NONE, index.find(missing), missing);
        }
    }

    @Test
    void aNameTwiceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NameIndex(List.of("issued", "repealed", "issued")));
        assertEquals("duplicate name issued", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NameIndex(List.of("AaAa", "BBBB", "AaBB", "BBBB")));
    }
}
