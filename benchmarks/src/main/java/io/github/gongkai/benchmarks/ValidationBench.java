package io.github.gongkai.benchmarks;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full rule set on a realistic 2021 report, against a hand-written straight-line check of the same
 * identities (I-1 to I-4, and the two count plausibility rules) over an {@code int[]} of the same numbers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBench {

    private static final int W3 = ApplicantColumn.values().length;
    private static final int T4 = ApplicationRow.values().length * W3;
    private static final int W4 = ReviewLitigationColumn.values().length;
    private static final int SOFT = T4 + ReviewLitigationRow.values().length * W4;
    /** The flat positions of the rows of table 三 in the 2021 edition. */
    private static final int[] ROWS = ApplicationRow.rows(Edition.V2021).stream().mapToInt(Enum::ordinal).toArray();
    /** The flat positions of the outcome rows of table 三 in the 2021 edition. */
    private static final int[] OUTCOMES = ApplicationRow.outcomes(Edition.V2021).stream().mapToInt(Enum::ordinal)
            .toArray();
    private static final int NEW = ApplicationRow.NEWLY_RECEIVED.ordinal() * W3;
    private static final int OLD = ApplicationRow.CARRIED_OVER.ordinal() * W3;
    private static final int TOTAL = ApplicationRow.OUTCOME_TOTAL.ordinal() * W3;
    private static final int FORWARD = ApplicationRow.CARRIED_FORWARD.ordinal() * W3;
    private static final int UNPAID_TOTAL = ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID.ordinal() * W3
            + ApplicantColumn.TOTAL.ordinal();

    private ReportValidator validator;
    private Report report;
    private int[] cells;

    /** Generates the report and copies its numbers into the flat array. */
    @Setup
    public void setUp() {
        validator = ReportValidator.standard();
        report = Fixtures.report2021();
        cells = flatten(report);
        if (!validator.validate(report).isValid() || !straightLine(cells)) {
            throw new IllegalStateException("the benchmark report must be valid for both checks");
        }
    }

    static int[] flatten(Report r) {
        int[] v = new int[SOFT + 6];
        for (ApplicationRow row : ApplicationRow.rows(r.edition())) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                v[row.ordinal() * W3 + c.ordinal()] = count(r.applications().get(row, c));
            }
        }
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            for (ReviewLitigationColumn c : ReviewLitigationColumn.values()) {
                v[T4 + row.ordinal() * W4 + c.ordinal()] = count(r.reviewLitigation().get(row, c));
            }
        }
        v[SOFT] = count(r.activeDisclosure().get(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.ISSUED));
        v[SOFT + 1] = count(r.activeDisclosure().get(ActiveDisclosureRow.RULES, ActiveDisclosureColumn.IN_FORCE));
        v[SOFT + 2] = count(r.activeDisclosure().get(ActiveDisclosureRow.NORMATIVE_DOCUMENTS,
                ActiveDisclosureColumn.ISSUED));
        v[SOFT + 3] = count(r.activeDisclosure().get(ActiveDisclosureRow.NORMATIVE_DOCUMENTS,
                ActiveDisclosureColumn.IN_FORCE));
        v[SOFT + 4] = count(r.fees().get(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED));
        return v;
    }

    private static int count(CellValue value) {
        return value instanceof CellValue.Count c ? Math.toIntExact(c.value()) : 0;
    }

    /** The baseline: every identity as straight sums over the flat array; blanks are zeros. */
    static boolean straightLine(int[] v) {
        boolean ok = true;
        for (int c = 0; c < W3; c++) { // I-1: new + carried over = total + carried forward
            ok &= v[NEW + c] + v[OLD + c] == v[TOTAL + c] + v[FORWARD + c];
        }
        for (int row : ROWS) { // I-2: total column = the six applicant columns
            int b = row * W3;
            ok &= v[b + 6] == v[b] + v[b + 1] + v[b + 2] + v[b + 3] + v[b + 4] + v[b + 5];
        }
        for (int c = 0; c < W3; c++) { // I-3: outcome total = the outcome rows
            int sum = 0;
            for (int row : OUTCOMES) {
                sum += v[row * W3 + c];
            }
            ok &= v[TOTAL + c] == sum;
        }
        for (int g = 0; g < 3; g++) { // I-4: group total = upheld + corrected + other + pending
            int b = T4 + g * W4;
            ok &= v[b + 4] == v[b] + v[b + 1] + v[b + 2] + v[b + 3];
        }
        ok &= v[SOFT + 1] >= v[SOFT] & v[SOFT + 3] >= v[SOFT + 2]; // in force below issued (warnings)
        ok &= v[UNPAID_TOTAL] <= v[SOFT + 4]; // terminations for unpaid fees above fee notices
        return ok;
    }

    /**
     * The full rule set of the standard validator.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult engine() {
        return validator.validate(report);
    }

    /**
     * The baseline.
     *
     * @return whether every identity holds
     */
    @Benchmark
    public boolean straightLineBaseline() {
        return straightLine(cells);
    }
}
