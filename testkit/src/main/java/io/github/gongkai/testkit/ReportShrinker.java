package io.github.gongkai.testkit;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a report on which a test fails to a small report on which it still fails, so that a failure
 * message shows something a person can read.
 *
 * <p>Shrinking tries, in turn and until nothing more helps: dropping the narrative, the publication date
 * and the source; zeroing whole columns of table 三 and whole groups of table 四 together with their totals
 * (which keeps the identities intact, so a valid report stays valid); zeroing single cells; and halving
 * single counts. A candidate is kept only if the predicate still holds for it. The number of predicate
 * calls is bounded. Stateless and thread-safe if the predicate is.
 */
public final class ReportShrinker {

    /** Default bound on the number of predicate calls. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5_000;

    private final int maxAttempts;

    private ReportShrinker(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /**
     * Returns a shrinker making at most {@value #DEFAULT_MAX_ATTEMPTS} predicate calls.
     *
     * @return the shrinker, never null
     */
    public static ReportShrinker standard() {
        return new ReportShrinker(DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * Returns a shrinker making at most the given number of predicate calls.
     *
     * @param maxAttempts the bound, at least 1
     * @return the shrinker, never null
     * @throws IllegalArgumentException if the bound is below 1
     */
    public static ReportShrinker withMaxAttempts(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        return new ReportShrinker(maxAttempts);
    }

    /**
     * Shrinks a failing report.
     *
     * @param failing a report for which {@code stillFails} holds
     * @param stillFails the failure to keep, such as {@code r -> !myCode.accepts(r)}
     * @return a report for which {@code stillFails} holds, no larger than {@code failing}; {@code failing}
     *     itself if nothing smaller fails
     * @throws IllegalArgumentException if {@code stillFails} does not hold for {@code failing}
     */
    public Report shrink(Report failing, Predicate<Report> stillFails) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(stillFails, "stillFails");
        if (!stillFails.test(failing)) {
            throw new IllegalArgumentException("the predicate does not hold for the report to shrink");
        }
        Attempts attempts = new Attempts(stillFails, maxAttempts - 1);
        Report current = failing;
        boolean progress = true;
        while (progress && attempts.left()) {
            progress = false;
            for (Function<Report, List<Report>> step : List.<Function<Report, List<Report>>>of(
                    ReportShrinker::withoutExtras, ReportShrinker::zeroedColumns, ReportShrinker::zeroedCells,
                    ReportShrinker::halvedCells)) {
                for (Report candidate : step.apply(current)) {
                    if (!attempts.left()) {
                        return current;
                    }
                    if (!candidate.equals(current) && attempts.test(candidate)) {
                        current = candidate;
                        progress = true;
                    }
                }
            }
        }
        return current;
    }

    private static List<Report> withoutExtras(Report report) {
        ReportHeader h = report.header();
        List<Report> candidates = new ArrayList<>();
        if (!report.narrative().equals(Narrative.NONE)) {
            candidates.add(report.toBuilder().narrative(Narrative.NONE).build());
        }
        if (h.publicationDate().isPresent() || h.source().isPresent()) {
            candidates.add(report.toBuilder().header(new ReportHeader(h.organName(), h.reportYear(), h.edition(),
                    Optional.empty(), Optional.empty())).build());
        }
        return candidates;
    }

    /** Zero a whole applicant column of table 三 (and take it out of the totals), or a group of table 四. */
    private static List<Report> zeroedColumns(Report report) {
        List<Report> candidates = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.components()) {
            Report.Builder builder = report.toBuilder();
            boolean changed = false;
            for (ApplicationRow row : ApplicationRow.rows(report.edition())) {
                CellValue value = report.applications().get(row, column);
                if (value instanceof CellValue.Count count && count.value() > 0) {
                    builder.set(CellRef.of(row, column), CellValue.count(0));
                    CellValue total = report.applications().get(row, ApplicantColumn.TOTAL);
                    if (total instanceof CellValue.Count t && t.value() >= count.value()) {
                        builder.set(CellRef.of(row, ApplicantColumn.TOTAL), CellValue.count(t.value() - count.value()));
                    }
                    changed = true;
                }
            }
            if (changed) {
                candidates.add(builder.build());
            }
        }
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            Report.Builder builder = report.toBuilder();
            boolean changed = false;
            for (ReviewLitigationColumn column : ReviewLitigationColumn.values()) {
                CellValue value = report.reviewLitigation().get(row, column);
                if (value instanceof CellValue.Count count && count.value() > 0) {
                    builder.set(CellRef.of(row, column), CellValue.count(0));
                    changed = true;
                }
            }
            if (changed) {
                candidates.add(builder.build());
            }
        }
        return candidates;
    }

    private static List<Report> zeroedCells(Report report) {
        List<Report> candidates = new ArrayList<>();
        for (Cell cell : report.cells()) {
            zero(cell.value()).ifPresent(zero -> candidates.add(report.with(cell.ref(), zero)));
        }
        return candidates;
    }

    private static List<Report> halvedCells(Report report) {
        List<Report> candidates = new ArrayList<>();
        for (Cell cell : report.cells()) {
            if (cell.value() instanceof CellValue.Count count && count.value() > 1) {
                candidates.add(report.with(cell.ref(), CellValue.count(count.value() / 2)));
            }
        }
        return candidates;
    }

    private static Optional<CellValue> zero(CellValue value) {
        if (value instanceof CellValue.Count count && count.value() != 0) {
            return Optional.of(CellValue.count(0));
        }
        if (value instanceof CellValue.SignedCount signed && signed.value() != 0) {
            return Optional.of(CellValue.signedCount(0));
        }
        if (value instanceof CellValue.Amount amount && amount.value().signum() != 0) {
            return Optional.of(CellValue.amount(BigDecimal.ZERO, amount.unit()));
        }
        return Optional.empty();
    }

    /** Counts predicate calls against the bound. */
    private static final class Attempts {
        private final Predicate<Report> predicate;
        private int left;

        Attempts(Predicate<Report> predicate, int left) {
            this.predicate = predicate;
            this.left = left;
        }

        boolean left() {
            return left > 0;
        }

        boolean test(Report candidate) {
            left--;
            return predicate.test(candidate);
        }
    }
}
