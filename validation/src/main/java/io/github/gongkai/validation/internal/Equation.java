package io.github.gongkai.validation.internal;

import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.NotAssessableReason;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.RunReading;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.Suspect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One equation a rule checks, {@code sum(actual side) = sum(expected side)}, with its operands as printed, the
 * sums of both sides as exact {@link BigDecimal}s, and its status: what a finding and the culprit search are
 * made of. An identity of tables 三 and 四 gets its status from {@link TableIdentities#evaluate}, the rules over
 * several reports from {@link #evaluate} here (their cells may hold amounts); both decide it by
 * {@link Status#of}.
 */
final class Equation {

    /** The outcome of an equation under a blank policy. */
    enum Status {
        PASSED, FAILED, NOT_ASSESSABLE;

        /**
         * Decides the status of an equation: under {@link BlankPolicy#STRICT} any cell without a number makes
         * it not assessable; otherwise one that does not hold is not assessable if a total was without a
         * number (a total not reported is not a wrong total), failed if not.
         *
         * @param holds whether the sides are equal with cells without a number read as 0
         * @param anyBlank whether a cell had no number
         * @param blankTotal whether a total cell had no number
         * @param strict whether the policy is {@link BlankPolicy#STRICT}
         */
        static Status of(boolean holds, boolean anyBlank, boolean blankTotal, boolean strict) {
            if (strict && anyBlank) {
                return NOT_ASSESSABLE;
            }
            if (holds) {
                return PASSED;
            }
            return blankTotal ? NOT_ASSESSABLE : FAILED;
        }
    }

    final Rule rule;
    final String subject;
    final String subjectLabel;
    final List<Operand> operands;
    final Status status;
    final BigDecimal expected;
    final BigDecimal actual;
    /** Whether a status of {@link Status#NOT_ASSESSABLE} is for a cell not read rather than a blank. */
    final boolean notRead;
    /** For a status of {@link Status#FAILED} through glued runs that no reading satisfies: readings tried. */
    final List<RunReading> readings;

    /**
     * An equation whose status is known; the sums are those of its operands that hold a number.
     *
     * @param operands actual side first
     */
    Equation(Rule rule, String subject, String subjectLabel, List<Operand> operands, Status status) {
        this(rule, subject, subjectLabel, operands, status, false, List.of(), sum(operands, true),
                sum(operands, false));
    }

    /**
     * An equation through unread cells, with its sums as the caller worked them out (a printed total counted
     * for the cells it stands for).
     *
     * @param notRead whether a {@link Status#NOT_ASSESSABLE} status is for a cell not read
     * @param readings for a {@link Status#FAILED} status that no reading of glued runs escapes, some readings
     */
    Equation(Rule rule, String subject, String subjectLabel, List<Operand> operands, Status status,
            boolean notRead, List<RunReading> readings, BigDecimal actual, BigDecimal expected) {
        this.rule = rule;
        this.subject = subject;
        this.subjectLabel = subjectLabel;
        this.operands = operands;
        this.status = status;
        this.notRead = notRead && status == Status.NOT_ASSESSABLE;
        this.readings = status == Status.FAILED ? readings : List.of();
        this.actual = actual;
        this.expected = expected;
    }

    /**
     * Evaluates an equation exactly, whatever its cells hold (counts, signed counts, amounts). A cell not read
     * makes it not assessable, for that reason, under either policy: its value is unknown.
     */
    static Equation evaluate(Rule rule, String subject, String subjectLabel, List<Operand> operands,
            BlankPolicy policy) {
        boolean anyBlank = false;
        boolean blankTotal = false;
        boolean anyUnread = false;
        for (Operand operand : operands) {
            if (operand.read() == null) {
                anyBlank = true;
                blankTotal |= operand.total();
                anyUnread |= operand.value().isUnread();
            }
        }
        BigDecimal actual = sum(operands, true);
        BigDecimal expected = sum(operands, false);
        if (anyUnread) {
            return new Equation(rule, subject, subjectLabel, operands, Status.NOT_ASSESSABLE, true, List.of(),
                    actual, expected);
        }
        return new Equation(rule, subject, subjectLabel, operands,
                Status.of(actual.compareTo(expected) == 0, anyBlank, blankTotal, policy == BlankPolicy.STRICT));
    }

    /** Tells whether this is a failure that no reading of glued runs escapes: no single residual to locate. */
    boolean failedForEveryReading() {
        return !readings.isEmpty();
    }

    static BigDecimal sum(List<Operand> operands, boolean actualSide) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Operand operand : operands) {
            BigDecimal v = operand.read();
            if (v != null && operand.role().isActualSide() == actualSide) {
                sum = sum.add(v);
            }
        }
        return sum;
    }

    /** Returns actual - expected. */
    BigDecimal residual() {
        return actual.subtract(expected);
    }

    Finding toFinding(Severity severity, BlankPolicy policy, List<Suspect> suspects) {
        List<CellInvolvement> cells = new ArrayList<>(operands.size());
        for (Operand operand : operands) {
            cells.add(operand.involvement());
        }
        boolean failed = status == Status.FAILED;
        boolean summed = failed && readings.isEmpty();
        return new Finding(rule.id(), severity, failed ? FindingStatus.FAILED : FindingStatus.NOT_ASSESSABLE,
                policy, subject, subjectLabel, cells, readings.isEmpty() ? Optional.of(expected) : Optional.empty(),
                summed ? Optional.of(actual) : Optional.empty(),
                summed ? Optional.of(actual.subtract(expected)) : Optional.empty(), suspects,
                failed ? Optional.empty()
                        : Optional.of(notRead ? NotAssessableReason.NOT_READ : NotAssessableReason.BLANK),
                readings);
    }
}
