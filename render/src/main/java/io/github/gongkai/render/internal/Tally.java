package io.github.gongkai.render.internal;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;

/**
 * The counts a page shows for one checked report, each meaning one thing: rules of severity error that
 * failed, other rules that failed, rules that could not be checked, and cells not read.
 *
 * @param errors failed findings of severity {@link Severity#ERROR}
 * @param warnings failed findings of a lower severity
 * @param notAssessable findings {@link FindingStatus#NOT_ASSESSABLE}, whatever their severity
 * @param unread cells of the report holding {@link CellValue.Unread}
 */
public record Tally(int errors, int warnings, int notAssessable, int unread) {

    /**
     * Counts a report's findings and unread cells.
     *
     * @param report the report
     * @param result its validation result
     * @return the counts
     */
    public static Tally of(Report report, ValidationResult result) {
        int errors = 0;
        int warnings = 0;
        int notAssessable = 0;
        for (Finding finding : result.findings()) {
            if (finding.status() == FindingStatus.NOT_ASSESSABLE) {
                notAssessable++;
            } else if (finding.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        int unread = 0;
        for (Cell cell : report.cells()) {
            unread += cell.value() instanceof CellValue.Unread ? 1 : 0;
        }
        return new Tally(errors, warnings, notAssessable, unread);
    }
}
