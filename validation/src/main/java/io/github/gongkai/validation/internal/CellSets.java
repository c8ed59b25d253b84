package io.github.gongkai.validation.internal;

import java.util.Arrays;

/**
 * Small sorted sets of cells (at most {@link io.github.gongkai.validation.ErrorLocator#MAX_CELLS}, each below
 * 2^16) as the search behind {@link io.github.gongkai.validation.ErrorLocator} builds and remembers them. Not part
 * of the API.
 */
final class CellSets {

    private CellSets() {
    }

    static boolean contains(int[] set, int c) {
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** The set with one more cell, sorted. */
    static int[] with(int[] set, int c) {
        int[] next = Arrays.copyOf(set, set.length + 1);
        int i = set.length;
        while (i > 0 && next[i - 1] > c) {
            next[i] = next[i - 1];
            i--;
        }
        next[i] = c;
        return next;
    }

    /** A sorted set of at most 3 cells below 2^16 as one number. */
    static long key(int[] set) {
        long key = set.length;
        for (int c : set) {
            key = key << 16 | c;
        }
        return key;
    }

    /** Orders sets of cells, each sorted, by their cells. */
    static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
