package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The warnings of one reading, in the order given; those a hostile page could repeat for every line are
 * listed up to {@link #MAX_REPEATED_WARNINGS} of a kind and counted beyond.
 */
final class Warnings {

    /** Warnings of one kind listed for a page; the rest are counted in one more. */
    static final int MAX_REPEATED_WARNINGS = 100;

    private final List<ReadingWarning> list = new ArrayList<>();
    /** Warnings beyond {@link #MAX_REPEATED_WARNINGS} of a code, counted. */
    private final EnumMap<ReadingWarning.Code, Repeated> repeated = new EnumMap<>(ReadingWarning.Code.class);

    /**
     * Adds a warning.
     *
     * @param warning the warning
     */
    void add(ReadingWarning warning) {
        list.add(warning);
    }

    /**
     * Inserts a warning where an earlier one would have stood.
     *
     * @param index its place
     * @param warning the warning
     */
    void add(int index, ReadingWarning warning) {
        list.add(index, warning);
    }

    /**
     * Returns how many warnings were given.
     *
     * @return the count
     */
    int size() {
        return list.size();
    }

    /**
     * Returns the warnings.
     *
     * @return the list, not a copy
     */
    List<ReadingWarning> list() {
        return list;
    }

    void unplaced(Run run, String table) {
        if (!run.hasNumbers()) {
            return;
        }
        repeatable(ReadingWarning.Code.UNPLACED_NUMBERS, run,
                () -> "numbers '" + Pieces.rawOf(run) + "' in " + table + " belong to no recognised row; not used", null);
    }

    void duplicate(Run run, String label, CellRef first) {
        repeatable(ReadingWarning.Code.DUPLICATE_ROW, run,
                () -> "row " + label + " printed again with '" + Pieces.rawOf(run) + "'; the first was kept", first);
    }

    /**
     * Adds a warning of a kind a hostile page could repeat for every line: the first
     * {@link #MAX_REPEATED_WARNINGS} are listed, the rest counted in one more at the end ({@link #reportRepeated}).
     */
    void repeatable(ReadingWarning.Code code, Run run, Supplier<String> message, CellRef cell) {
        Repeated r = repeated.computeIfAbsent(code, c -> new Repeated());
        if (++r.count <= MAX_REPEATED_WARNINGS) {
            list.add(new ReadingWarning(code, message.get(), Optional.of(run.first()), Optional.ofNullable(cell)));
        } else {
            r.last = run.first();
        }
    }

    /** How many warnings of one kind were given, and where the last one not listed stands. */
    private static final class Repeated {
        int count;
        SourcePosition last;
    }

    void reportRepeated() {
        repeated.forEach((code, r) -> {
            if (r.count > MAX_REPEATED_WARNINGS) {
                list.add(new ReadingWarning(code, (r.count - MAX_REPEATED_WARNINGS) + " more warnings like the "
                        + MAX_REPEATED_WARNINGS + " above were not listed; the last here", Optional.of(r.last),
                        Optional.empty()));
            }
        });
    }
}
