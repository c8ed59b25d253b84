package io.github.gongkai.validation;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.validation.internal.CellNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two reports side by side, year against year: for every cell both can be compared on, the previous value,
 * the current value, the change and the ratio; for every other cell, why it cannot be compared; and what the
 * pair as a whole does not allow ({@link #limits()}): reports of two organs, years that are not consecutive,
 * two editions of the format.
 *
 * <pre>{@code
 * ReportComparison c = ReportComparison.of(report2021, report2022);
 * for (ReportComparison.CellDelta d : c.compared()) {
 *     System.out.println(d.cell() + " " + d.previous() + " -> " + d.current() + " " + d.delta());
 * }
 * c.notCompared();          // e.g. T2/rules/newlyMade ONLY_IN_PREVIOUS_EDITION when 2019 meets 2021
 * c.narrativeSimilarity();  // 0.0 to 1.0, character-bigram Dice, when both narratives are long enough
 * }</pre>
 *
 * <p>A value is compared when both cells hold a number: a count, a signed count, or amounts whose units can
 * be converted (元 and 万元; an amount printed without a unit only with another without a unit). Amounts are
 * compared in 元 where a unit is known. The comparison never reads a blank as 0: a blank, a placeholder or
 * an unread cell on either side is {@linkplain NotCompared not compared}, with the reason.
 *
 * <p>The rules over consecutive years ({@link Rule#SET_IN_FORCE_STOCK}, {@link Rule#SET_YEAR_RATIO},
 * {@link Rule#SET_REPEATED_REPORT}) read the same numbers. Immutable and thread-safe.
 */
public final class ReportComparison {

    /** The shortest narrative, in characters other than white space, whose similarity is measured. */
    public static final int MIN_NARRATIVE_CHARS = 50;

    /** What a pair of reports does not allow, whatever the cells hold. */
    public enum Limit {
        /**
         * The organ names differ: the year-against-year rules, which pair reports of one organ, do not apply.
         */
        DIFFERENT_ORGANS,
        /**
         * The current report's year is not the year after the previous one's: carry-over
         * ({@link Rule#SET_CARRY_OVER}), stock, ratio and repeat rules do not apply; cells are still compared.
         */
        NOT_CONSECUTIVE_YEARS,
        /**
         * The reports are of two editions: cells of one edition only are not compared, the stock rule
         * ({@link Rule#SET_IN_FORCE_STOCK}: the 2019 edition has no 本年废止 or 现行有效 column) does not apply,
         * and the tables cannot be identical.
         */
        DIFFERENT_EDITIONS
    }

    /** Why a cell is not compared. */
    public enum Reason {
        /** Only the previous report's edition has the cell (the current one has no such row or column). */
        ONLY_IN_PREVIOUS_EDITION,
        /** Only the current report's edition has the cell. */
        ONLY_IN_CURRENT_EDITION,
        /** One side or both is blank or a placeholder: no number to compare (never read as 0 here). */
        NO_NUMBER,
        /** One side or both was not read from the page. */
        NOT_READ,
        /** Two amounts whose units cannot be converted: one printed without a unit, the other with one. */
        UNITS
    }

    /**
     * One cell compared.
     *
     * @param cell the cell
     * @param previous the previous report's value, a number
     * @param current the current report's value, a number
     * @param delta {@code current - previous}, amounts in 元 where a unit is known
     * @param ratio {@code current / previous} to 4 decimal places (half-even); empty when previous is 0
     */
    public record CellDelta(CellRef cell, CellValue previous, CellValue current, BigDecimal delta,
            Optional<BigDecimal> ratio) {
        /**
         * Checks for nulls.
         *
         * @throws NullPointerException if a component is null
         */
        public CellDelta {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(delta, "delta");
            Objects.requireNonNull(ratio, "ratio");
        }
    }

    /**
     * One cell not compared, and why.
     *
     * @param cell the cell
     * @param previous the previous report's value; empty if its edition has no such cell
     * @param current the current report's value; empty if its edition has no such cell
     * @param reason why it is not compared
     */
    public record NotCompared(CellRef cell, Optional<CellValue> previous, Optional<CellValue> current,
            Reason reason) {
        /**
         * Checks for nulls.
         *
         * @throws NullPointerException if a component is null
         */
        public NotCompared {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final ReportHeader previous;
    private final ReportHeader current;
    private final Set<Limit> limits;
    private final List<CellDelta> compared;
    private final List<NotCompared> notCompared;
    private final Optional<BigDecimal> narrativeSimilarity;
    private final boolean tablesIdentical;

    private ReportComparison(Report previous, Report current) {
        this.previous = previous.header();
        this.current = current.header();
        Set<Limit> l = EnumSet.noneOf(Limit.class);
        if (!this.previous.organName().equals(this.current.organName())) {
            l.add(Limit.DIFFERENT_ORGANS);
        }
        if (this.current.reportYear() != this.previous.reportYear() + 1) {
            l.add(Limit.NOT_CONSECUTIVE_YEARS);
        }
        if (previous.edition() != current.edition()) {
            l.add(Limit.DIFFERENT_EDITIONS);
        }
        this.limits = Collections.unmodifiableSet(l);
        List<CellDelta> same = new ArrayList<>();
        List<NotCompared> other = new ArrayList<>();
        Set<CellRef> cells = new TreeSet<>(CellRef.all(previous.edition()));
        cells.addAll(CellRef.all(current.edition()));
        boolean identical = previous.edition() == current.edition();
        boolean anyNonZero = false;
        for (CellRef ref : cells) {
            boolean inPrevious = ref.existsIn(previous.edition());
            boolean inCurrent = ref.existsIn(current.edition());
            if (!inPrevious || !inCurrent) {
                other.add(new NotCompared(ref, inPrevious ? Optional.of(previous.get(ref)) : Optional.empty(),
                        inCurrent ? Optional.of(current.get(ref)) : Optional.empty(),
                        inPrevious ? Reason.ONLY_IN_PREVIOUS_EDITION : Reason.ONLY_IN_CURRENT_EDITION));
                continue;
            }
            CellValue p = previous.get(ref);
            CellValue c = current.get(ref);
            identical &= p.equals(c);
            BigDecimal cv = value(c);
            anyNonZero |= cv != null && cv.signum() != 0;
            Reason reason = reason(p, c);
            if (reason != null) {
                other.add(new NotCompared(ref, Optional.of(p), Optional.of(c), reason));
                continue;
            }
            BigDecimal pv = value(p);
            same.add(new CellDelta(ref, p, c, cv.subtract(pv), pv.signum() == 0 ? Optional.empty()
                    : Optional.of(cv.divide(pv, 4, RoundingMode.HALF_EVEN))));
        }
        this.compared = List.copyOf(same);
        this.notCompared = List.copyOf(other);
        this.tablesIdentical = identical && anyNonZero;
        this.narrativeSimilarity = similarity(previous.narrative(), current.narrative());
    }

    /**
     * Compares two reports, the earlier first. Nothing is required of the pair: reports of two organs, of years
     * far apart or of two editions are compared as far as they can be, and {@link #limits()} says what could
     * not be.
     *
     * @param previous the earlier report
     * @param current the later report
     * @return the comparison, never null
     */
    public static ReportComparison of(Report previous, Report current) {
        return new ReportComparison(Objects.requireNonNull(previous, "previous"),
                Objects.requireNonNull(current, "current"));
    }

    /** Why two values cannot be compared, or null if they can. */
    private static Reason reason(CellValue p, CellValue c) {
        if (p.isUnread() || c.isUnread()) {
            return Reason.NOT_READ;
        }
        if (!p.isNumber() || !c.isNumber()) {
            return Reason.NO_NUMBER;
        }
        if (p instanceof CellValue.Amount a && c instanceof CellValue.Amount b
                && (a.unit() == AmountUnit.UNSTATED) != (b.unit() == AmountUnit.UNSTATED)) {
            return Reason.UNITS;
        }
        return null;
    }

    /** The number a cell holds, amounts in 元 where a unit is known; null for a cell without one. */
    static BigDecimal value(CellValue value) {
        return CellNumbers.of(value);
    }

    /**
     * The similarity of two narratives: the Sørensen–Dice coefficient of their character bigrams (as
     * multisets), each narrative being its three texts joined with white space removed. Empty when either has
     * fewer than {@value #MIN_NARRATIVE_CHARS} such characters.
     */
    private static Optional<BigDecimal> similarity(Narrative a, Narrative b) {
        int[] x = bigrams(text(a));
        int[] y = bigrams(text(b));
        if (x == null || y == null) {
            return Optional.empty();
        }
        Arrays.sort(x);
        Arrays.sort(y);
        long common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int cmp = Integer.compare(x[i], y[j]);
            if (cmp == 0) {
                common++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return Optional.of(BigDecimal.valueOf(2 * common).divide(BigDecimal.valueOf(x.length + (long) y.length), 4,
                RoundingMode.DOWN));
    }

    private static String text(Narrative n) {
        StringBuilder sb = new StringBuilder();
        for (Optional<String> part : List.of(n.overview(), n.problemsAndImprovements(), n.otherMatters())) {
            part.ifPresent(t -> t.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(sb::appendCodePoint));
            sb.append('\n'); // a bigram never joins two sections
        }
        return sb.toString();
    }

    private static int[] bigrams(String text) {
        if (text.length() - 3 < MIN_NARRATIVE_CHARS) {
            return null;
        }
        int[] grams = new int[text.length() - 1];
        for (int k = 0; k + 1 < text.length(); k++) {
            grams[k] = text.charAt(k) << 16 | text.charAt(k + 1);
        }
        return grams;
    }

    /**
     * Returns the earlier report's header.
     *
     * @return the header, never null
     */
    public ReportHeader previous() {
        return previous;
    }

    /**
     * Returns the later report's header.
     *
     * @return the header, never null
     */
    public ReportHeader current() {
        return current;
    }

    /**
     * Returns what the pair does not allow.
     *
     * @return an unmodifiable set, empty for two reports of one organ, consecutive years and one edition
     */
    public Set<Limit> limits() {
        return limits;
    }

    /**
     * Tells whether the year-against-year rules apply to the pair: one organ, consecutive years.
     *
     * @return true if neither {@link Limit#DIFFERENT_ORGANS} nor {@link Limit#NOT_CONSECUTIVE_YEARS}
     */
    public boolean isConsecutive() {
        return !limits.contains(Limit.DIFFERENT_ORGANS) && !limits.contains(Limit.NOT_CONSECUTIVE_YEARS);
    }

    /**
     * Returns the cells compared, in {@link CellRef} order.
     *
     * @return an unmodifiable list, never null
     */
    public List<CellDelta> compared() {
        return compared;
    }

    /**
     * Returns the cells of either edition that are not compared, each with its reason, in {@link CellRef} order.
     *
     * @return an unmodifiable list, never null
     */
    public List<NotCompared> notCompared() {
        return notCompared;
    }

    /**
     * Returns the narratives' similarity: the Sørensen–Dice coefficient of the character bigrams (counted with
     * repeats) of the three narrative texts (一, 五, 六) joined, white space removed, from 0 (nothing in common)
     * to 1 (the same bigrams), rounded down to 4 decimal places. Deterministic, and linear-logarithmic in the
     * texts' length. A report republished with the year changed scores above 0.95.
     *
     * @return the similarity, or empty if either narrative has fewer than {@value #MIN_NARRATIVE_CHARS}
     *     characters other than white space
     */
    public Optional<BigDecimal> narrativeSimilarity() {
        return narrativeSimilarity;
    }

    /**
     * Tells whether both reports have the same edition and every cell of their tables is equal (as printed:
     * a blank equals only a blank), with at least one non-zero number: a report of all zeros repeated is no
     * sign of a copied report.
     *
     * @return true if the tables are identical
     */
    public boolean tablesIdentical() {
        return tablesIdentical;
    }
}
