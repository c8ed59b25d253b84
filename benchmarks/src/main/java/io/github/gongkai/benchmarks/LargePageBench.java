package io.github.gongkai.benchmarks;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reader on a large hostile page: the Liangshan 2021 report (flattened text) followed by numbers, one a
 * line, up to {@link #CHARS} characters (a million numbers at the default size). Its target is on allocation:
 * run with {@code -prof gc} and divide {@code gc.alloc.rate.norm} (bytes per operation) by the page's length;
 * at most 16 bytes per character (the same bound {@code LargePageTest} in the reader asserts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargePageBench {

    /** The page's length in characters. */
    @Param("8000000")
    public int chars;

    private ReportReader reader;
    private String page;

    /** Builds the page and checks that it reads. */
    @Setup
    public void setUp() {
        reader = ReportReader.standard();
        StringBuilder sb = new StringBuilder(chars + 16).append(Fixtures.page("liangshan-2021.txt")).append('\n');
        for (long i = 0; sb.length() < chars; i++) {
            sb.append(i * 7919 % 1_000_000).append('\n');
        }
        page = sb.toString();
        reader.read(page, SourceFormat.TEXT).report();
    }

    /**
     * A report followed by a million numbers, to a report (and a warning that the numbers were not read).
     *
     * @return the result
     */
    @Benchmark
    public ReadResult millionNumbersAfterTheReport() {
        return reader.read(page, SourceFormat.TEXT);
    }
}
