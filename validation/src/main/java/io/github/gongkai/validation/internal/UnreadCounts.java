package io.github.gongkai.validation.internal;

/**
 * Tells, without allocating or looking at a cell, whether a report has a cell of tables 三 or 四 that was not
 * read ({@link io.github.gongkai.core.CellValue.Unread}): core copies such a cell into the flat array of
 * {@link CountSlots} as {@link CountSlots#UNREAD}, which no other slot holds.
 */
final class UnreadCounts {

    private UnreadCounts() {
    }

    /**
     * Returns a value that is negative exactly when a slot holds {@link CountSlots#UNREAD}: {@code x} with its
     * lowest bit moved to the sign and inverted, and'ed with {@code x}. Of the values a slot can hold — a count,
     * {@link CountSlots#UNREPORTED} (-1) or {@link CountSlots#UNREAD} (-2) — only the last is negative and even.
     * A branch-free step that a loop over the slots can take along with other work.
     */
    static long mark(long x) {
        return x & ~(x << 63);
    }

    /**
     * Tells whether a cell of tables 三 or 四 was not read.
     *
     * @param counts a report's counts, as {@link CountSlots#load} wrote them
     * @return true if a slot holds {@link CountSlots#UNREAD}
     */
    static boolean present(long[] counts) {
        long marks = 0;
        for (int i = 0; i < CountSlots.SIZE; i++) {
            marks |= mark(counts[i]);
        }
        return marks < 0;
    }
}
