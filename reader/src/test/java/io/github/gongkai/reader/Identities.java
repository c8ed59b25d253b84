package io.github.gongkai.reader;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny stand-in for the validation module (written concurrently; not a dependency of this module): the
 * four hard identities of the spec, I-1 to I-4, over the cells that hold counts. Test code only.
 */
final class Identities {

    private Identities() {
    }

    /**
     * Checks I-1 (balance), I-2 (column total), I-3 (outcome partition) and I-4 (review and litigation).
     *
     * @param report the report
     * @return one line per violated identity, empty if the report is clean
     */
    static List<String> violations(Report report) {
        List<String> out = new ArrayList<>();
        var t3 = report.applications();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            long in = t3.countOrZero(ApplicationRow.NEWLY_RECEIVED, c) + t3.countOrZero(ApplicationRow.CARRIED_OVER, c);
            long outflow = t3.countOrZero(ApplicationRow.OUTCOME_TOTAL, c)
                    + t3.countOrZero(ApplicationRow.CARRIED_FORWARD, c);
            if (in != outflow) {
                out.add("I-1 " + c.key() + ": " + in + " != " + outflow);
            }
            long sum = 0;
            for (ApplicationRow r : ApplicationRow.outcomes(report.edition())) {
                sum += t3.countOrZero(r, c);
            }
            if (sum != t3.countOrZero(ApplicationRow.OUTCOME_TOTAL, c)) {
                out.add("I-3 " + c.key() + ": " + sum + " != " + t3.countOrZero(ApplicationRow.OUTCOME_TOTAL, c));
            }
        }
        for (ApplicationRow r : ApplicationRow.rows(report.edition())) {
            if (t3.get(r, ApplicantColumn.TOTAL) instanceof CellValue.Blank) {
                continue;
            }
            long sum = 0;
            for (ApplicantColumn c : ApplicantColumn.components()) {
                sum += t3.countOrZero(r, c);
            }
            if (sum != t3.countOrZero(r, ApplicantColumn.TOTAL)) {
                out.add("I-2 " + r.key() + ": " + sum + " != " + t3.countOrZero(r, ApplicantColumn.TOTAL));
            }
        }
        var t4 = report.reviewLitigation();
        for (ReviewLitigationRow r : ReviewLitigationRow.values()) {
            long sum = 0;
            for (ReviewLitigationColumn c : ReviewLitigationColumn.components()) {
                sum += t4.countOrZero(r, c);
            }
            if (sum != t4.countOrZero(r, ReviewLitigationColumn.TOTAL)) {
                out.add("I-4 " + r.key() + ": " + sum + " != " + t4.countOrZero(r, ReviewLitigationColumn.TOTAL));
            }
        }
        return out;
    }
}
