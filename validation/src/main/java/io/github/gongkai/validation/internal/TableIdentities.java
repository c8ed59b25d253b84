package io.github.gongkai.validation.internal;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.internal.CoreAccess;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Suspect;
import java.util.ArrayList;
import java.util.List;

/**
 * The identities I-1 to I-4 of tables 三 and 四, compiled once per edition into index arrays over a flat
 * {@code long[]} of the two tables' cells.
 *
 * <p>The fast checks read the cells into the array and allocate nothing: {@link #allPassZeroed} for the
 * default rules and blank policy, {@link #allPassDirect} and {@link #allPassSmall} when every count is below
 * 2<sup>56</sup>, and {@link #allPass}, which sums with {@link Math#addExact}, for any counts and for
 * {@link io.github.gongkai.validation.BlankPolicy#STRICT}. Only when an identity does not hold (or a sum
 * overflows) does the slow path ({@link #analyse}) evaluate every identity exactly, locate culprits and build
 * findings.
 */
final class TableIdentities {

    /** A cell without a number, in the flat array; counts are never negative. */
    static final long UNREPORTED = CoreAccess.NOT_A_COUNT;

    private static final int WIDTH3 = ApplicantColumn.values().length;
    private static final int T4_BASE = ApplicationRow.values().length * WIDTH3;
    private static final int WIDTH4 = ReviewLitigationColumn.values().length;
    /** The length of the flat array. */
    static final int SIZE = T4_BASE + ReviewLitigationRow.values().length * WIDTH4;
    private static final int TOTAL3 = ApplicantColumn.TOTAL.ordinal();
    private static final int TOTAL4 = ReviewLitigationColumn.TOTAL.ordinal();
    private static final int NEWLY_RECEIVED = ApplicationRow.NEWLY_RECEIVED.ordinal() * WIDTH3;
    private static final int CARRIED_OVER = ApplicationRow.CARRIED_OVER.ordinal() * WIDTH3;
    private static final int OUTCOME_TOTAL = ApplicationRow.OUTCOME_TOTAL.ordinal() * WIDTH3;
    private static final int CARRIED_FORWARD = ApplicationRow.CARRIED_FORWARD.ordinal() * WIDTH3;
    /**
     * The outcome rows of both editions are one run of constants: {@link #allPassDirect} and
     * {@link #allPassZeroed} rely on it.
     */
    private static final int FIRST_OUTCOME = outcomeRun(true) * WIDTH3;
    private static final int LAST_OUTCOME = outcomeRun(false) * WIDTH3;

    /** One identity: the first {@code actualCount} terms are the actual side. */
    static final class Def {
        final int rule;
        final String subject;
        final String subjectLabel;
        final int[] index;
        final CellRef[] refs;
        final CellRole[] roles;
        final boolean[] total;
        final int actualCount;

        private Def(Rule rule, String subject, String subjectLabel, List<CellRef> refs, List<CellRole> roles,
                int actualCount) {
            this.rule = rule.ordinal();
            this.subject = subject;
            this.subjectLabel = subjectLabel;
            this.refs = refs.toArray(CellRef[]::new);
            this.roles = roles.toArray(CellRole[]::new);
            this.actualCount = actualCount;
            this.index = new int[this.refs.length];
            this.total = new boolean[this.refs.length];
            for (int i = 0; i < this.refs.length; i++) {
                index[i] = flatIndex(this.refs[i]);
                total[i] = isTotal(this.refs[i]);
            }
        }
    }

    private static final Def[] V2019 = compile(Edition.V2019);
    private static final Def[] V2021 = compile(Edition.V2021);

    private TableIdentities() {
    }

    static Def[] defs(Edition edition) {
        return edition == Edition.V2021 ? V2021 : V2019;
    }

    private static int flatIndex(CellRef ref) {
        int row = ((Enum<?>) ref.row()).ordinal();
        int column = ((Enum<?>) ref.column()).ordinal();
        return ref.row() instanceof ApplicationRow ? row * WIDTH3 + column : T4_BASE + row * WIDTH4 + column;
    }

    private static boolean isTotal(CellRef ref) {
        return ref.column() == ApplicantColumn.TOTAL || ref.column() == ReviewLitigationColumn.TOTAL
                || ref.row() == ApplicationRow.OUTCOME_TOTAL;
    }

    private static Def[] compile(Edition edition) {
        List<Def> defs = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            defs.add(def(Rule.T3_BALANCE, c.key(), c.label(),
                    List.of(ApplicationRow.OUTCOME_TOTAL, ApplicationRow.CARRIED_FORWARD), CellRole.OUTFLOW, c,
                    List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER), CellRole.INFLOW));
        }
        for (ApplicationRow r : ApplicationRow.rows(edition)) {
            defs.add(def(Rule.T3_ROW_TOTAL, r.key(), r.qualifiedLabel(), r, ApplicantColumn.TOTAL,
                    ApplicantColumn.components()));
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            defs.add(def(Rule.T3_OUTCOME_TOTAL, c.key(), c.label(), List.of(ApplicationRow.OUTCOME_TOTAL),
                    CellRole.TOTAL, c, ApplicationRow.outcomes(edition), CellRole.COMPONENT));
        }
        for (ReviewLitigationRow g : ReviewLitigationRow.values()) {
            defs.add(def(Rule.T4_GROUP_TOTAL, g.key(), g.qualifiedLabel(), g, ReviewLitigationColumn.TOTAL,
                    ReviewLitigationColumn.components()));
        }
        return defs.toArray(Def[]::new);
    }

    /** A column identity: rows on each side, one column. */
    private static Def def(Rule rule, String subject, String label, List<? extends TableRow> actual,
            CellRole actualRole, TableColumn column, List<? extends TableRow> expected, CellRole expectedRole) {
        List<CellRef> refs = new ArrayList<>();
        List<CellRole> roles = new ArrayList<>();
        for (TableRow r : actual) {
            refs.add(CellRef.of(r, column));
            roles.add(actualRole);
        }
        for (TableRow r : expected) {
            refs.add(CellRef.of(r, column));
            roles.add(expectedRole);
        }
        return new Def(rule, subject, label, refs, roles, actual.size());
    }

    /** A row identity: total column = components. */
    private static Def def(Rule rule, String subject, String label, TableRow row, TableColumn total,
            List<? extends TableColumn> components) {
        List<CellRef> refs = new ArrayList<>();
        List<CellRole> roles = new ArrayList<>();
        refs.add(CellRef.of(row, total));
        roles.add(CellRole.TOTAL);
        for (TableColumn c : components) {
            refs.add(CellRef.of(row, c));
            roles.add(CellRole.COMPONENT);
        }
        return new Def(rule, subject, label, refs, roles, 1);
    }

    private static final ApplicationRow[] ROWS_2021 = ApplicationRow.rows(Edition.V2021)
            .toArray(ApplicationRow[]::new);
    private static final ApplicationRow[] ROWS_2019 = ApplicationRow.rows(Edition.V2019)
            .toArray(ApplicationRow[]::new);
    private static final ApplicantColumn[] COLUMNS3 = ApplicantColumn.values();
    private static final ReviewLitigationRow[] ROWS4 = ReviewLitigationRow.values();
    private static final ReviewLitigationColumn[] COLUMNS4 = ReviewLitigationColumn.values();
    /** Counts below this bound, summed 64 at a time, cannot overflow. */
    private static final long SMALL = 1L << 56;

    /**
     * Reads the cells of tables 三 and 四 that the edition has into the flat array.
     *
     * @return the bitwise OR of every count read (blanks left out): below 2<sup>56</sup> means no sum of
     *     the identities can overflow
     */
    static long load(Report report, long[] values) {
        CoreAccess.copyCounts(report.applications(), values, 0);
        CoreAccess.copyCounts(report.reviewLitigation(), values, T4_BASE);
        long bits = 0;
        for (int i = 0; i < SIZE; i++) {
            long x = values[i];
            bits |= x & ~(x >> 63);
        }
        return bits;
    }

    /**
     * {@link #allPass} for blanks read as zero when every count is below 2<sup>56</sup> (as {@link #load}
     * tells): one running difference per identity, no overflow checks.
     */
    static boolean allPassSmall(Def[] defs, long[] v, boolean[] enabled) {
        for (Def d : defs) {
            if (!enabled[d.rule]) {
                continue;
            }
            int[] index = d.index;
            int split = d.actualCount;
            long diff = 0;
            for (int i = 0; i < split; i++) {
                long x = v[index[i]];
                diff += x & ~(x >> 63);
            }
            for (int i = split; i < index.length; i++) {
                long x = v[index[i]];
                diff -= x & ~(x >> 63);
            }
            if (diff != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #allPassSmall} with every table identity enabled, written out for the fixed layout instead of
     * walking {@link Def}s: rows and cells that an edition does not have hold {@link #UNREPORTED} and add
     * nothing, so one loop serves both editions. Only a fast "all pass"; a report that fails it is analysed.
     */
    static boolean allPassDirect(long[] v) {
        for (int base = 0; base < T4_BASE; base += WIDTH3) {
            long sum = 0;
            for (int c = base; c < base + TOTAL3; c++) {
                sum += zero(v[c]);
            }
            if (sum != zero(v[base + TOTAL3])) {
                return false;
            }
        }
        for (int c = 0; c < WIDTH3; c++) {
            long total = zero(v[OUTCOME_TOTAL + c]);
            if (zero(v[NEWLY_RECEIVED + c]) + zero(v[CARRIED_OVER + c]) != total + zero(v[CARRIED_FORWARD + c])) {
                return false;
            }
            long outcomes = 0;
            for (int i = FIRST_OUTCOME + c; i <= LAST_OUTCOME + c; i += WIDTH3) {
                outcomes += zero(v[i]);
            }
            if (outcomes != total) {
                return false;
            }
        }
        for (int base = T4_BASE; base < SIZE; base += WIDTH4) {
            long sum = 0;
            for (int c = base; c < base + TOTAL4; c++) {
                sum += zero(v[c]);
            }
            if (sum != zero(v[base + TOTAL4])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the cells like {@link #load}, but with 0 for every cell that holds no count, as a blank reads
     * under {@link io.github.gongkai.validation.BlankPolicy#BLANK_IS_ZERO}: the input of
     * {@link #allPassZeroed}. Unlike {@link #load} it computes no OR of the counts, which keeps its loop a
     * plain element-wise one that the JIT vectorises; {@link #allPassZeroed} takes the OR on its way.
     */
    static void loadZeroed(Report report, long[] values) {
        CoreAccess.copyCounts(report.applications(), values, 0);
        CoreAccess.copyCounts(report.reviewLitigation(), values, T4_BASE);
        for (int i = 0; i < SIZE; i++) {
            values[i] = zero(values[i]);
        }
    }

    /**
     * {@link #allPassDirect} over the values that {@link #loadZeroed} wrote, which need no masking, and
     * without relying on {@link #load}'s bound: it takes the OR of every count itself and says yes only if
     * that is below 2<sup>56</sup>, so that none of the sums it compared could have overflowed (a sum that
     * did may have compared either way; the answer is then no regardless). Each cell is read once for the
     * row totals; the outcome partition (I-3) is summed row by row into one accumulator per column. Written
     * out for the 7 applicant and 5 review and litigation columns, each with the total last;
     * {@code TableIdentitiesFastPathTest} compares it with {@link #allPass} on generated reports.
     *
     * @return true if every count is below 2<sup>56</sup> and every identity I-1 to I-4 holds with blanks
     *     as zero; false if an identity fails or a count is too large for this check to tell
     */
    static boolean allPassZeroed(long[] v) {
        long bits = 0;
        for (int b = 0; b < T4_BASE; b += WIDTH3) {
            long x0 = v[b];
            long x1 = v[b + 1];
            long x2 = v[b + 2];
            long x3 = v[b + 3];
            long x4 = v[b + 4];
            long x5 = v[b + 5];
            long total = v[b + TOTAL3];
            bits |= x0 | x1 | x2 | x3 | x4 | x5 | total;
            if (x0 + x1 + x2 + x3 + x4 + x5 != total) {
                return false;
            }
        }
        for (int c = 0; c < WIDTH3; c++) {
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
        for (int b = T4_BASE; b < SIZE; b += WIDTH4) {
            long x0 = v[b];
            long x1 = v[b + 1];
            long x2 = v[b + 2];
            long x3 = v[b + 3];
            long total = v[b + TOTAL4];
            bits |= x0 | x1 | x2 | x3 | total;
            if (x0 + x1 + x2 + x3 != total) {
                return false;
            }
        }
        return small(bits);
    }

    private static int outcomeRun(boolean first) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.kind() == ApplicationRow.Kind.OUTCOME) {
                lo = Math.min(lo, row.ordinal());
                hi = Math.max(hi, row.ordinal());
            }
        }
        for (int i = lo; i <= hi; i++) {
            if (ApplicationRow.values()[i].kind() != ApplicationRow.Kind.OUTCOME) {
                throw new IllegalStateException("outcome rows are not contiguous at " + ApplicationRow.values()[i]);
            }
        }
        return first ? lo : hi;
    }

    private static long zero(long x) {
        return x & ~(x >> 63);
    }

    /** Tells whether the OR of the counts that {@link #load} returned allows {@link #allPassSmall}. */
    static boolean small(long bits) {
        return bits < SMALL;
    }

    /**
     * Tells whether every enabled identity holds, with blanks read as zero, or, if {@code strict}, with no
     * blank cell at all.
     */
    static boolean allPass(Def[] defs, long[] v, boolean[] enabled, boolean strict) {
        try {
            for (Def d : defs) {
                if (!enabled[d.rule]) {
                    continue;
                }
                int[] index = d.index;
                long actual = 0;
                long expected = 0;
                long blanks = 0;
                for (int i = 0; i < d.actualCount; i++) {
                    long x = v[index[i]];
                    blanks |= x;
                    actual = Math.addExact(actual, x & ~(x >> 63));
                }
                for (int i = d.actualCount; i < index.length; i++) {
                    long x = v[index[i]];
                    blanks |= x;
                    expected = Math.addExact(expected, x & ~(x >> 63));
                }
                if (actual != expected || (strict && blanks < 0)) {
                    return false;
                }
            }
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    /** Evaluates every enabled identity exactly and reports those that do not pass, with suspects. */
    static void analyse(Report report, int reportIndex, Def[] defs, RuleEngine engine, FindingSink sink) {
        List<Equation> identities = new ArrayList<>(defs.length);
        for (Def d : defs) {
            if (!engine.enabled(d.rule)) {
                continue;
            }
            List<Operand> terms = new ArrayList<>(d.refs.length);
            for (int i = 0; i < d.refs.length; i++) {
                terms.add(new Operand(d.refs[i], d.roles[i], report.get(d.refs[i]), reportIndex, d.total[i]));
            }
            identities.add(new Equation(Rule.values()[d.rule], d.subject, d.subjectLabel, terms,
                    engine.blankPolicy()));
        }
        Culprits culprits = new Culprits(identities);
        for (Equation identity : identities) {
            if (identity.status == Equation.Status.PASSED) {
                continue;
            }
            List<Suspect> suspects = identity.status == Equation.Status.FAILED
                    ? culprits.suspects(identity) : List.of();
            if (sink.add(identity.toFinding(engine.severity(identity.rule), engine.blankPolicy(), suspects))) {
                return;
            }
        }
    }
}
