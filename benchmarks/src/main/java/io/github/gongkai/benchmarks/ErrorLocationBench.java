package io.github.gongkai.benchmarks;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.validation.ErrorLocation;
import io.github.gongkai.validation.ErrorLocator;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Minimal-change error location ({@link ErrorLocator#locate}) of one failing table, against validating the same
 * report: 512 realistic generated 2021 reports (seeded), each with one wrong cell (half typing slips of
 * {@link FaultInjector#randomPrintableFault}, half random changes), or with two wrong cells in the same table
 * (tables 三 and 四 in proportion to their cells); each operation locates the errors of the next report, which
 * has exactly one failing table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ErrorLocationBench {

    private static final int REPORTS = 512;

    private final ErrorLocator locator = ErrorLocator.standard();
    private final ReportValidator validator = ReportValidator.standard();
    private Report[] one;
    private Report[] two;
    private int next;

    /** Generates the faulty reports; keeps those with exactly one failing table. */
    @Setup
    public void setUp() {
        ReportGenerator generator = ReportGenerator.builder().edition(Edition.V2021).build();
        SplittableRandom random = new SplittableRandom(Fixtures.SEED);
        one = faulty(generator, random, 1);
        two = faulty(generator, random, 2);
    }

    private Report[] faulty(ReportGenerator generator, SplittableRandom random, int k) {
        List<Report> reports = new ArrayList<>(REPORTS);
        while (reports.size() < REPORTS) {
            Report report = generator.generate(random);
            io.github.gongkai.testkit.FaultyReport fault = FaultInjector.randomPrintableFault(report, random);
            Report faulty = fault.faulty();
            if (k == 2) {
                CellRef first = fault.fault().cells().get(0);
                List<CellRef> same = FaultInjector.countCells(report).stream()
                        .filter(c -> c.table() == first.table() && !c.equals(first)).toList();
                CellRef second = same.get(random.nextInt(same.size()));
                faulty = FaultInjector.changeCell(faulty, second, 1 + random.nextInt(30)).faulty();
            }
            List<ErrorLocation> locations = locator.locate(faulty);
            if (locations.size() == 1 && !locations.get(0).limitReached()) {
                reports.add(faulty);
            }
        }
        return reports.toArray(Report[]::new);
    }

    private int advance() {
        next = (next + 1) & (REPORTS - 1);
        return next;
    }

    /**
     * Locates one wrong cell.
     *
     * @return the locations
     */
    @Benchmark
    public List<ErrorLocation> oneWrongCell() {
        return locator.locate(one[advance()]);
    }

    /**
     * Locates two wrong cells of one table.
     *
     * @return the locations
     */
    @Benchmark
    public List<ErrorLocation> twoWrongCells() {
        return locator.locate(two[advance()]);
    }

    /**
     * The baseline: validating the reports with one wrong cell (the findings and their single-culprit search).
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult validateBaseline() {
        return validator.validate(one[advance()]);
    }
}
