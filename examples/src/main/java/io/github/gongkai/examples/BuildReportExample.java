package io.github.gongkai.examples;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationRow;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds a report in code: the 2021 report of 凉山州经济和信息化局 (Liangshan prefecture economy and
 * informatisation bureau), cell by cell through the public API exactly as it is printed, and prints it.
 *
 * <p>Run it with {@code ./mvnw -B -q -DskipTests -pl examples -am package exec:java
 * -Dexample=io.github.gongkai.examples.BuildReportExample}.
 */
public final class BuildReportExample {

    private BuildReportExample() {
    }

    /**
     * Builds the report and prints its tables.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Report report = liangshan2021();
        new TablePrinter(System.out).print(report);
    }

    /**
     * Builds the Liangshan 2021 report.
     *
     * @return the report, never null
     */
    public static Report liangshan2021() {
        Report.Builder builder = Report.builder(Edition.V2021)
                .organName("凉山州经济和信息化局")
                .reportYear(2021)
                .publicationDate(LocalDate.of(2022, 1, 26))
                .source("凉山州经济和信息化局2021年政府信息公开工作年度报告")
                // 二、主动公开政府信息情况
                .setRow(ActiveDisclosureRow.RULES, 0, 0, 0)
                .setRow(ActiveDisclosureRow.NORMATIVE_DOCUMENTS, 0, 0, 1)
                .setRow(ActiveDisclosureRow.LICENSING, 64)
                .setRow(ActiveDisclosureRow.PUNISHMENT, 0)
                .setRow(ActiveDisclosureRow.COERCION, 0)
                .set(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT, BigDecimal.ZERO);
        // 三、收到和处理政府信息公开申请情况: the organ received no application, every cell prints 0.
        for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
            builder.setRow(row, 0, 0, 0, 0, 0, 0, 0);
        }
        // 四、政府信息公开行政复议、行政诉讼情况
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            builder.setRow(row, 0, 0, 0, 0, 0);
        }
        // 六、其他需要报告的事项: "发出收费通知的件数为0件、总金额为0，实际收取的总金额为0元"
        return builder
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED, CellValue.count(0))
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED, BigDecimal.ZERO)
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_COLLECTED, BigDecimal.ZERO)
                .build();
    }
}
