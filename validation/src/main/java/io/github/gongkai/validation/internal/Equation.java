package io.github.gongkai.validation.internal;

import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.Suspect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instance of an identity, {@code sum(actual side) = sum(expected side)}, evaluated exactly with
 * {@link BigDecimal} under a blank policy. Used on the slow path (something failed) and by the rules over
 * several reports.
 */
final class Equation {

    enum Status { PASSED, FAILED, NOT_ASSESSABLE }

    final Rule rule;
    final String subject;
    final String subjectLabel;
    final List<Operand> terms;
    final Status status;
    final BigDecimal expected;
    final BigDecimal actual;

    Equation(Rule rule, String subject, String subjectLabel, List<Operand> terms, BlankPolicy policy) {
        this.rule = rule;
        this.subject = subject;
        this.subjectLabel = subjectLabel;
        this.terms = terms;
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal e = BigDecimal.ZERO;
        boolean blankTotal = false;
        boolean anyBlank = false;
        for (Operand t : terms) {
            BigDecimal v = t.read();
            if (v == null) {
                anyBlank = true;
                blankTotal |= t.total();
                continue;
            }
            if (t.role().isActualSide()) {
                a = a.add(v);
            } else {
                e = e.add(v);
            }
        }
        this.expected = e;
        this.actual = a;
        if (policy == BlankPolicy.STRICT && anyBlank) {
            status = Status.NOT_ASSESSABLE;
        } else if (a.compareTo(e) == 0) {
            status = Status.PASSED;
        } else {
            status = blankTotal ? Status.NOT_ASSESSABLE : Status.FAILED;
        }
    }

    /** Returns actual - expected. */
    BigDecimal residual() {
        return actual.subtract(expected);
    }

    Finding toFinding(Severity severity, BlankPolicy policy, List<Suspect> suspects) {
        List<CellInvolvement> cells = new ArrayList<>(terms.size());
        for (Operand t : terms) {
            cells.add(t.involvement());
        }
        boolean failed = status == Status.FAILED;
        return new Finding(rule.id(), severity, failed ? FindingStatus.FAILED : FindingStatus.NOT_ASSESSABLE,
                policy, subject, subjectLabel, cells, Optional.of(expected),
                failed ? Optional.of(actual) : Optional.empty(),
                failed ? Optional.of(actual.subtract(expected)) : Optional.empty(), suspects);
    }
}
