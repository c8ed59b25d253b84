package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a printed unit of numbers (a row's glued digits, {@code 640020470}, or table 四's fifteen)
 * that satisfy the unit's own identities, found without the reader: a small enumerator written for the
 * tests. A reading cuts the printed text into one whole number per cell: a space is always a cut, a number
 * has 1 to 18 digits and no leading zero unless it is {@code 0}. The unit's identities are those of
 * {@link ReportFormat#identities()} all of whose terms are among its cells (a row's total; each group's total
 * of table 四). When a cell completes an identity its value is not searched but computed, which keeps the
 * search small. Test code only.
 */
final class RowReadings {

    /**
     * What the enumerator found.
     *
     * @param readings the consistent readings found, at most the limit asked for
     * @param exhausted true if the step budget ran out before the search was complete
     */
    record Result(List<long[]> readings, boolean exhausted) {

        /** Exactly one consistent reading, and the search was complete. */
        boolean forced() {
            return !exhausted && readings.size() == 1;
        }
    }

    private static final int MAX_DIGITS = 18;

    private final String[] groups;
    private final int cells;
    /** For each cell, the identities it completes (it is their last term in printed order). */
    private final List<List<int[]>> completes = new ArrayList<>();
    private final int limit;
    private final long maxSteps;
    private final long[] values;
    private final List<long[]> found = new ArrayList<>();
    private long steps;

    private RowReadings(String printed, List<CellRef> cellRefs, List<Identity> identities, int limit, long maxSteps) {
        this.groups = printed.split(" ");
        this.cells = cellRefs.size();
        this.limit = limit;
        this.maxSteps = maxSteps;
        this.values = new long[cells];
        for (int i = 0; i < cells; i++) {
            completes.add(new ArrayList<>());
        }
        for (Identity identity : identities) {
            // Encoded as pairs (cell index, coefficient), the completing cell first.
            int last = -1;
            for (Identity.Term term : identity.terms()) {
                last = Math.max(last, cellRefs.indexOf(term.cell()));
            }
            int[] encoded = new int[identity.terms().size() * 2];
            encoded[0] = last;
            int k = 2;
            for (Identity.Term term : identity.terms()) {
                int index = cellRefs.indexOf(term.cell());
                if (index == last) {
                    encoded[1] = term.coefficient();
                } else {
                    encoded[k] = index;
                    encoded[k + 1] = term.coefficient();
                    k += 2;
                }
            }
            completes.get(last).add(encoded);
        }
    }

    /**
     * Returns the identities of an edition all of whose terms are among the given cells.
     *
     * @param edition the edition
     * @param cells the unit's cells
     * @return the identities, in the format's order
     */
    static List<Identity> identitiesWithin(Edition edition, List<CellRef> cells) {
        return ReportFormat.of(edition).identities().stream()
                .filter(i -> i.terms().stream().allMatch(t -> cells.contains(t.cell()))).toList();
    }

    /**
     * Finds the readings of a printed unit that satisfy its identities.
     *
     * @param edition the edition, whose identities are used
     * @param printed the digits as printed, groups separated by single spaces
     * @param cells the unit's cells in printed order
     * @param limit the most readings to find (2 tells one from several)
     * @param maxSteps the step budget
     * @return the result
     */
    static Result of(Edition edition, String printed, List<CellRef> cells, int limit, long maxSteps) {
        RowReadings search = new RowReadings(printed, cells, identitiesWithin(edition, cells), limit, maxSteps);
        search.cut(0, 0, 0);
        return new Result(List.copyOf(search.found), search.steps > maxSteps);
    }

    /** Tells whether values, one per cell, are a reading of the printed text (identities aside). */
    static boolean isReading(String printed, long[] values) {
        StringBuilder digits = new StringBuilder();
        for (long v : values) {
            if (v < 0) {
                return false;
            }
            digits.append(v);
        }
        if (!digits.toString().equals(printed.replace(" ", ""))) {
            return false;
        }
        // Every space must fall between two numbers.
        int at = 0;
        List<Integer> ends = new ArrayList<>();
        for (long v : values) {
            at += Long.toString(v).length();
            ends.add(at);
        }
        int digitIndex = 0;
        for (int i = 0; i < printed.length(); i++) {
            if (printed.charAt(i) == ' ') {
                if (!ends.contains(digitIndex)) {
                    return false;
                }
            } else {
                digitIndex++;
            }
        }
        return true;
    }

    /** Cuts the number of cell {@code cell} from group {@code g} at offset {@code from}. */
    private void cut(int cell, int g, int from) {
        if (found.size() >= limit || ++steps > maxSteps) {
            return;
        }
        if (cell == cells) {
            if (g == groups.length) {
                found.add(values.clone());
            }
            return;
        }
        if (g == groups.length || cells - cell < groups.length - g) {
            return;
        }
        String group = groups[g];
        List<int[]> completed = completes.get(cell);
        if (!completed.isEmpty()) {
            Long value = required(completed.get(0));
            if (value == null) {
                return;
            }
            String text = Long.toString(value);
            if (text.length() > MAX_DIGITS || !group.startsWith(text, from)) {
                return;
            }
            values[cell] = value;
            for (int k = 1; k < completed.size(); k++) {
                if (!Long.valueOf(value).equals(required(completed.get(k)))) {
                    return;
                }
            }
            next(cell, g, from + text.length());
            return;
        }
        int maxLength = group.charAt(from) == '0' ? 1 : Math.min(MAX_DIGITS, group.length() - from);
        for (int length = 1; length <= maxLength; length++) {
            values[cell] = Long.parseLong(group, from, from + length, 10);
            next(cell, g, from + length);
        }
    }

    private void next(int cell, int g, int end) {
        if (end == groups[g].length()) {
            cut(cell + 1, g + 1, 0);
        } else {
            cut(cell + 1, g, end);
        }
    }

    /** The value the completing cell must have for the identity to hold, or null if none can. */
    private Long required(int[] identity) {
        long sum = 0;
        for (int k = 2; k < identity.length; k += 2) {
            try {
                sum = Math.addExact(sum, Math.multiplyExact(identity[k + 1], values[identity[k]]));
            } catch (ArithmeticException e) {
                return null;
            }
        }
        // coefficient × value + sum = 0
        if (sum % identity[1] != 0) {
            return null;
        }
        long value = -sum / identity[1];
        return value < 0 ? null : value;
    }
}
