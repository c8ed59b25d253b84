package io.github.gongkai.testkit;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent, straight-line statement of the spec's identities and soft rules, written from the spec
 * and not from the validation module, used to check the generators. Blank reads as 0.
 */
final class Identities {

    private Identities() {
    }

    /** Returns a description of every broken identity or soft rule; empty when the report is clean. */
    static List<String> violations(Report report) {
        List<String> problems = new ArrayList<>();
        Edition e = report.edition();
        var t3 = report.applications();
        for (ApplicationRow row : ApplicationRow.rows(e)) {
            long sum = 0;
            for (ApplicantColumn c : ApplicantColumn.components()) {
                sum += t3.countOrZero(row, c);
            }
            if (sum != t3.countOrZero(row, ApplicantColumn.TOTAL)) {
                problems.add("I-2 " + row.key());
            }
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            long in = t3.countOrZero(ApplicationRow.NEWLY_RECEIVED, c) + t3.countOrZero(ApplicationRow.CARRIED_OVER, c);
            long out = t3.countOrZero(ApplicationRow.OUTCOME_TOTAL, c) + t3.countOrZero(ApplicationRow.CARRIED_FORWARD, c);
            if (in != out) {
                problems.add("I-1 " + c.key());
            }
            long outcomes = 0;
            for (ApplicationRow row : ApplicationRow.outcomes(e)) {
                outcomes += t3.countOrZero(row, c);
            }
            if (outcomes != t3.countOrZero(ApplicationRow.OUTCOME_TOTAL, c)) {
                problems.add("I-3 " + c.key());
            }
        }
        var t4 = report.reviewLitigation();
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            long sum = 0;
            for (ReviewLitigationColumn c : ReviewLitigationColumn.components()) {
                sum += t4.countOrZero(row, c);
            }
            if (sum != t4.countOrZero(row, ReviewLitigationColumn.TOTAL)) {
                problems.add("I-4 " + row.key());
            }
        }
        if (e == Edition.V2021) {
            var t2 = report.activeDisclosure();
            for (ActiveDisclosureRow row : List.of(ActiveDisclosureRow.RULES, ActiveDisclosureRow.NORMATIVE_DOCUMENTS)) {
                if (t2.countOrZero(row, ActiveDisclosureColumn.IN_FORCE) < t2.countOrZero(row, ActiveDisclosureColumn.ISSUED)) {
                    problems.add("in force below issued " + row.key());
                }
            }
            var fees = report.fees();
            BigDecimal noticed = amount(fees.get(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED));
            BigDecimal collected = amount(fees.get(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_COLLECTED));
            if (collected.compareTo(noticed) > 0) {
                problems.add("collected above noticed");
            }
            if (t3.countOrZero(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicantColumn.TOTAL)
                    > fees.countOrZero(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED)) {
                problems.add("unpaid terminations above notices");
            }
        }
        return problems;
    }

    static BigDecimal amount(CellValue value) {
        return value instanceof CellValue.Amount a ? a.value() : BigDecimal.ZERO;
    }
}
