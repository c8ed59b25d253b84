package io.github.gongkai.examples;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.ValidationResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Validates a small 2021-edition report with one deliberately wrong cell and prints what the validator
 * found: each finding in Chinese and English, the cells involved, and the likely culprit.
 *
 * <p>The report was typed in with 16 instead of 6 in 三（一）予以公开 / 自然人. That breaks the row total of
 * （一）予以公开 and the outcome total of the 自然人 column; the two failing identities cross at the wrong
 * cell, and the digits 16 and 6 differ by one typed digit, so the validator names the cell with high
 * confidence. It never changes the report.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl examples -am package exec:java
 * -Dexample=io.github.gongkai.examples.ValidateReportExample}.
 */
public final class ValidateReportExample {

    private ValidateReportExample() {
    }

    /**
     * Prints the findings for the example report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds the example report, validates it and prints the findings.
     *
     * @param out where to print
     * @return the validation result
     */
    static ValidationResult run(PrintStream out) {
        Report report = exampleReport();
        ValidationResult result = ReportValidator.standard().validate(report);

        out.println(report.header().organName() + " " + report.header().reportYear() + "年度报告: "
                + result.count(Severity.ERROR) + " error(s), " + result.count(Severity.WARNING) + " warning(s), "
                + (result.isValid() ? "valid" : "NOT valid"));
        for (Finding finding : result.findings()) {
            out.println();
            out.println(finding.severity() + " " + finding.status() + " " + finding.rule());
            out.println("  zh: " + finding.message(Locale.SIMPLIFIED_CHINESE));
            out.println("  en: " + finding.message(Locale.ENGLISH));
            out.println("  expected " + finding.expected().orElseThrow() + ", actual "
                    + finding.actual().orElseThrow() + ", difference " + finding.difference().orElseThrow());
            int blanks = 0;
            for (CellInvolvement cell : finding.cells()) {
                if (cell.isReported()) {
                    out.println("    " + cell.role() + " " + cell.cell().describe(report.edition()) + " = "
                            + cell.value());
                } else {
                    blanks++;
                }
            }
            if (blanks > 0) {
                out.println("    and " + blanks + " blank cell(s), read as 0 (" + finding.blankPolicy() + ")");
            }
            finding.culprit().ifPresent(s -> out.println("  culprit: " + s.cell() + " printed " + s.printed()
                    + ", suggested " + s.suggested() + ", confidence " + s.confidence()
                    + s.typingError().map(t -> ", typing error " + t).orElse("")));
        }
        return result;
    }

    /** A small 2021-edition report whose 三（一）予以公开 / 自然人 was typed 16 instead of 6. */
    static Report exampleReport() {
        return Report.builder(Edition.V2021)
                .organName("示例县自然资源局")
                .reportYear(2022)
                // columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
                .setRow(ApplicationRow.NEWLY_RECEIVED, 10, 2, 0, 0, 1, 0, 13)
                .setRow(ApplicationRow.CARRIED_OVER, 1, 0, 0, 0, 0, 0, 1)
                .setRow(ApplicationRow.DISCLOSED, 16, 1, 0, 0, 0, 0, 7) // the wrong cell: 16 should be 6
                .setRow(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
                .setRow(ApplicationRow.UNABLE_TO_PROVIDE_NOT_HELD, 3, 1, 0, 0, 1, 0, 5)
                .setRow(ApplicationRow.OUTCOME_TOTAL, 10, 2, 0, 0, 1, 0, 13)
                .setRow(ApplicationRow.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1)
                // 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
                .setRow(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, 1, 0, 0, 0, 1)
                .build();
    }
}
