package io.github.gongkai.benchmarks;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reader's search for a glued table's reading at its worst: a run-on page whose every all-zero row of
 * table 三 is printed {@code 110000011} (two readings each that satisfy the row, 1/10/0/0/0/0/11 and
 * 11/0/0/0/0/0/11) and whose columns then admit no joint reading, so that the table-wide search runs to its
 * step limit before it gives up. Baseline: the same page as published ({@code glued_2021.txt}: glued rows, one
 * of them decided by the table). The ratio bounds what a hostile or broken table costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GluedTableBench {

    private ReportReader reader;
    private String page;
    private String worst;

    /** Builds the pages and checks that the worst one is left undecided, as it must be. */
    @Setup
    public void setUp() {
        reader = ReportReader.standard();
        page = Fixtures.page("glued_2021.txt");
        int t3 = page.indexOf("三、收到和处理");
        int t4 = page.indexOf("四、政府信息公开行政复议");
        worst = page.substring(0, t3) + page.substring(t3, t4).replace("0000000", "110000011") + page.substring(t4);
        reader.read(page).report();
        long open = reader.read(worst).reading().ambiguities().size();
        if (open < 15) {
            throw new IllegalStateException("the worst page should leave its rows open, left " + open);
        }
    }

    /**
     * The page with a table no joint reading satisfies: the search runs to its limit.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult worstCase() {
        return reader.read(worst);
    }

    /**
     * Baseline: the glued page as published.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult gluedPageBaseline() {
        return reader.read(page);
    }
}
