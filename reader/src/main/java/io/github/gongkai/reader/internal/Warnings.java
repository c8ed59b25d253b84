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
    /** Warnings beyond {@link #MAX_REPEATED_WARNINGS} of a detail, counted. */
    private final EnumMap<ReadingWarning.Detail, Repeated> repeated = new EnumMap<>(ReadingWarning.Detail.class);

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
        repeatable(ReadingWarning.Detail.NUMBERS_IN_NO_ROW, run, () -> List.of(Pieces.rawOf(run), table), null);
    }

    void duplicate(Run run, String label, CellRef first) {
        repeatable(ReadingWarning.Detail.ROW_PRINTED_AGAIN, run, () -> List.of(label, Pieces.rawOf(run)), first);
    }

    /**
     * Adds a warning of a kind a hostile page could repeat for every line: the first
     * {@link #MAX_REPEATED_WARNINGS} of a detail are listed, the rest counted in one more at the end
     * ({@link #reportRepeated}).
     */
    void repeatable(ReadingWarning.Detail detail, Run run, Supplier<List<String>> arguments, CellRef cell) {
        Repeated r = repeated.computeIfAbsent(detail, d -> new Repeated());
        if (++r.count <= MAX_REPEATED_WARNINGS) {
            ReadingWarning w = ReadingWarning.of(detail, arguments.get(), Optional.of(run.first()),
                    Optional.ofNullable(cell));
            r.code = w.code();
            list.add(w);
        } else {
            r.last = run.first();
        }
    }

    /** How many warnings of one detail were given, their code, and where the last one not listed stands. */
    private static final class Repeated {
        int count;
        ReadingWarning.Code code;
        SourcePosition last;
    }

    void reportRepeated() {
        repeated.forEach((detail, r) -> {
            if (r.count > MAX_REPEATED_WARNINGS) {
                List<String> counts = List.of(Integer.toString(r.count - MAX_REPEATED_WARNINGS),
                        Integer.toString(MAX_REPEATED_WARNINGS));
                list.add(new ReadingWarning(r.code, ReadingWarning.Detail.NOT_LISTED, counts, Optional.of(r.last),
                        Optional.empty()));
            }
        });
    }
}
