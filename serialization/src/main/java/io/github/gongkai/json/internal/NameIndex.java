package io.github.gongkai.json.internal;

import java.util.List;

/**
 * A fixed map from member names to their positions in a list, for the reader's hot loop.
 *
 * <p>The parser canonicalizes names: the same name read again is the same {@code String} instance, whose hash
 * is cached. A lookup is then one hash probe and an identity comparison, with {@link String#equals} as the
 * fallback; this is cheaper than matching the name's bytes with a {@code PropertyNameMatcher} at every
 * occurrence.
 */
final class NameIndex {

    /** No such name. */
    static final int NONE = -1;

    private final String[] keys;
    private final int[] positions;
    private final int mask;

    /**
     * Builds an index of the names, each mapped to its position in the list.
     *
     * @param names distinct names
     * @throws IllegalArgumentException if a name appears twice
     */
    NameIndex(List<String> names) {
        int size = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
        keys = new String[size];
        positions = new int[size];
        mask = size - 1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int slot = spread(name.hashCode()) & mask;
            while (keys[slot] != null) {
                if (keys[slot].equals(name)) {
                    throw new IllegalArgumentException("duplicate name " + name);
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = name;
            positions[slot] = i;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * Returns the position of a name.
     *
     * @param name the name, not null
     * @return its position, or {@link #NONE}
     */
    int find(String name) {
        int slot = spread(name.hashCode()) & mask;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (key == name || key.equals(name)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }
}
