package io.github.gongkai.validation.internal;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.internal.CoreAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The one shortcut in front of the exact check ({@link TableIdentities#evaluate}), for the default settings:
 * every table identity enabled, blanks read as zero. It says "all pass" only when the exact check would find
 * nothing, and "don't know" otherwise, when the exact check decides.
 *
 * <p>It is the identities I-1 to I-4 written out over the flat array of {@link CountSlots} rather than walked
 * as data, because that is what makes a valid report cheap: each cell is read once for the row totals, the
 * outcome partition is summed row by row into one accumulator per column. Its positions come from
 * {@link CoreAccess}; one loop serves both editions, since a slot the edition has no cell at holds 0. That it
 * checks exactly the format's identities is not assumed: {@link #matches} compares what its loops check with
 * {@link ReportFormat#identities()} at start-up, and an edition it does not match is left to the exact check.
 */
final class FastCheck {

    /** Counts below this bound, summed 64 at a time, cannot overflow. */
    private static final long SMALL = 1L << 56;
    /** The components of a row of table 三 are its first six slots, the total the seventh. */
    private static final int COMPONENTS3 = 6;
    /** The components of a group of table 四 are its first four slots, the total the fifth. */
    private static final int COMPONENTS4 = 4;

    private static final int T3 = CountSlots.base(ReportTable.T3);
    private static final int WIDTH3 = CoreAccess.width(ReportTable.T3);
    private static final int END3 = T3 + CoreAccess.slots(ReportTable.T3);
    private static final int T4 = CountSlots.base(ReportTable.T4);
    private static final int WIDTH4 = CoreAccess.width(ReportTable.T4);
    private static final int END4 = T4 + CoreAccess.slots(ReportTable.T4);
    private static final int NEWLY_RECEIVED = rowStart(ApplicationRow.NEWLY_RECEIVED);
    private static final int CARRIED_OVER = rowStart(ApplicationRow.CARRIED_OVER);
    private static final int OUTCOME_TOTAL = rowStart(ApplicationRow.OUTCOME_TOTAL);
    private static final int CARRIED_FORWARD = rowStart(ApplicationRow.CARRIED_FORWARD);
    /** The outcome rows of every edition, as one run of rows: {@link #matches} fails if another row is in it. */
    private static final int FIRST_OUTCOME = outcomeRows().min().orElseThrow();
    private static final int LAST_OUTCOME = outcomeRows().max().orElseThrow();

    /** By edition ordinal: whether this check is exactly the edition's identities. */
    private static final boolean[] MATCHES = new boolean[Edition.values().length];

    static {
        for (Edition edition : Edition.values()) {
            MATCHES[edition.ordinal()] = matches(ReportFormat.of(edition).identities(), edition);
        }
    }

    private FastCheck() {
    }

    private static int rowStart(TableRow row) {
        return CountSlots.index(CellRef.of(row, ReportTable.T3.columns().get(0)));
    }

    /** The first slot of every outcome row of any edition. */
    private static IntStream outcomeRows() {
        return Arrays.stream(Edition.values()).flatMap(e -> ApplicationRow.outcomes(e).stream())
                .mapToInt(FastCheck::rowStart);
    }

    /**
     * Tells whether this check may answer for reports of an edition.
     *
     * @param edition the edition
     * @return true if it checks exactly the edition's identities
     */
    static boolean appliesTo(Edition edition) {
        return MATCHES[edition.ordinal()];
    }

    /**
     * Copies the counts like {@link CountSlots#load}, with 0 for every slot that holds no count, as a blank
     * reads under {@link io.github.gongkai.validation.BlankPolicy#BLANK_IS_ZERO}, and -1 for a cell not read
     * ({@link CountSlots#UNREAD} plus one), which {@link #allPass} never passes: the input of {@link #allPass}.
     * A plain element-wise loop, which the JIT vectorises: one is added to each negative slot.
     */
    static void loadZeroed(Report report, long[] values) {
        CountSlots.load(report, values);
        for (int i = 0; i < CountSlots.SIZE; i++) {
            long x = values[i];
            values[i] = x + (x >>> 63);
        }
    }

    /**
     * Checks I-1 to I-4 over the values {@link #loadZeroed} wrote. It takes the OR of every slot of tables 三 and
     * 四 on its way and says yes only if that is, unsigned, below 2<sup>56</sup>: no count was large enough for
     * a sum it compared to overflow (a sum that did may have compared either way; the answer is then no
     * regardless), and no slot was negative, which only a cell not read is.
     *
     * @return true if every count is below 2<sup>56</sup>, no cell is unread and every identity holds with
     *     blanks as zero; false if an identity fails, a count is too large for this check to tell or a cell
     *     was not read
     */
    static boolean allPass(long[] v) {
        long bits = 0;
        for (int b = T3; b < END3; b += WIDTH3) {
            long x0 = v[b];
            long x1 = v[b + 1];
            long x2 = v[b + 2];
            long x3 = v[b + 3];
            long x4 = v[b + 4];
            long x5 = v[b + 5];
            long total = v[b + COMPONENTS3];
            bits |= x0 | x1 | x2 | x3 | x4 | x5 | total;
            if (x0 + x1 + x2 + x3 + x4 + x5 != total) {
                return false;
            }
        }
        for (int c = 0; c <= COMPONENTS3; c++) {
            if (v[NEWLY_RECEIVED + c] + v[CARRIED_OVER + c] != v[OUTCOME_TOTAL + c] + v[CARRIED_FORWARD + c]) {
                return false;
            }
        }
        long o0 = 0;
        long o1 = 0;
        long o2 = 0;
        long o3 = 0;
        long o4 = 0;
        long o5 = 0;
        long o6 = 0;
        for (int b = FIRST_OUTCOME; b <= LAST_OUTCOME; b += WIDTH3) {
            o0 += v[b];
            o1 += v[b + 1];
            o2 += v[b + 2];
            o3 += v[b + 3];
            o4 += v[b + 4];
            o5 += v[b + 5];
            o6 += v[b + 6];
        }
        int t = OUTCOME_TOTAL;
        if (o0 != v[t] || o1 != v[t + 1] || o2 != v[t + 2] || o3 != v[t + 3] || o4 != v[t + 4] || o5 != v[t + 5]
                || o6 != v[t + 6]) {
            return false;
        }
        for (int b = T4; b < END4; b += WIDTH4) {
            long x0 = v[b];
            long x1 = v[b + 1];
            long x2 = v[b + 2];
            long x3 = v[b + 3];
            long total = v[b + COMPONENTS4];
            bits |= x0 | x1 | x2 | x3 | total;
            if (x0 + x1 + x2 + x3 != total) {
                return false;
            }
        }
        return Long.compareUnsigned(bits, SMALL) < 0;
    }

    /**
     * Tells whether {@link #allPass} checks exactly the given identities of an edition: what its loops read,
     * written as terms (slot to coefficient) and restricted to the cells the edition has, is the same set of
     * equations as the identities. Loops over cells an edition lacks compare 0 with 0 and drop out.
     *
     * @param identities the identities of the edition, as the format gives them
     * @param edition the edition
     * @return true if they are the same equations
     */
    static boolean matches(List<Identity> identities, Edition edition) {
        ReportFormat format = ReportFormat.of(edition);
        List<Map<Integer, Integer>> checked = new ArrayList<>();
        for (Map<Integer, Integer> terms : checked()) {
            terms.keySet().removeIf(slot -> !format.contains(cellAt(slot)));
            if (!terms.isEmpty()) {
                checked.add(terms);
            }
        }
        List<Map<Integer, Integer>> described = new ArrayList<>();
        for (Identity identity : identities) {
            Map<Integer, Integer> terms = new HashMap<>();
            for (Identity.Term term : identity.terms()) {
                terms.put(CountSlots.index(term.cell()), term.coefficient());
            }
            described.add(terms);
        }
        return checked.size() == described.size() && new HashSet<>(checked).equals(new HashSet<>(described));
    }

    private static CellRef cellAt(int slot) {
        return slot >= T3 && slot < END3 ? CoreAccess.cellAt(ReportTable.T3, slot - T3)
                : CoreAccess.cellAt(ReportTable.T4, slot - T4);
    }

    /** What {@link #allPass} compares, loop by loop: each equation as its slots and their coefficients. */
    private static List<Map<Integer, Integer>> checked() {
        List<Map<Integer, Integer>> checked = new ArrayList<>();
        for (int b = T3; b < END3; b += WIDTH3) {
            checked.add(rowTotal(b, COMPONENTS3));
        }
        for (int c = 0; c <= COMPONENTS3; c++) {
            Map<Integer, Integer> balance = new HashMap<>();
            term(balance, OUTCOME_TOTAL + c, 1);
            term(balance, CARRIED_FORWARD + c, 1);
            term(balance, NEWLY_RECEIVED + c, -1);
            term(balance, CARRIED_OVER + c, -1);
            checked.add(balance);
        }
        for (int c = 0; c <= COMPONENTS3; c++) {
            Map<Integer, Integer> outcomes = new HashMap<>();
            term(outcomes, OUTCOME_TOTAL + c, 1);
            for (int b = FIRST_OUTCOME; b <= LAST_OUTCOME; b += WIDTH3) {
                term(outcomes, b + c, -1);
            }
            checked.add(outcomes);
        }
        for (int b = T4; b < END4; b += WIDTH4) {
            checked.add(rowTotal(b, COMPONENTS4));
        }
        return checked;
    }

    private static Map<Integer, Integer> rowTotal(int start, int components) {
        Map<Integer, Integer> terms = new HashMap<>();
        term(terms, start + components, 1);
        for (int i = 0; i < components; i++) {
            term(terms, start + i, -1);
        }
        return terms;
    }

    /** Adds a term; a slot outside the flat array is a description that {@link #allPass} could not read. */
    private static void term(Map<Integer, Integer> terms, int slot, int coefficient) {
        terms.put(Objects.checkIndex(slot, CountSlots.SIZE), coefficient);
    }
}
