package io.github.gongkai.examples;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;

/**
 * The main example: the bundled sample report, built through the public API, printed table by table.
 *
 * <p>Run it with {@code ./mvnw -B -q -DskipTests package exec:java} from the repository root.
 */
public final class SampleReportExample {

    private SampleReportExample() {
    }

    /**
     * Builds the sample report and prints its tables.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Report report = SampleReports.liangshan2021();
        new TablePrinter(System.out).print(report);

        // Any cell is reachable by its reference or by its row and column.
        CellRef licensing = CellRef.parse("T2/licensing/decisions");
        System.out.println();
        System.out.println(licensing.describe(report.edition()) + " = " + report.get(licensing));
        System.out.println("本年新收申请总计 = "
                + report.applications().get(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL));
    }
}
