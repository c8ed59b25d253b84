package io.github.gongkai.benchmarks;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reader: a published HTML page (2021, with row spans) against jsoup's parse of the same page alone, and
 * a flattened-text page (the Liangshan 2021 report as copied from its web page), whose target is absolute.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReaderBench {

    private ReportReader reader;
    private String html;
    private String text;

    /** Loads the pages and checks that both read. */
    @Setup
    public void setUp() {
        reader = ReportReader.standard();
        html = Fixtures.page("html_2021_rowspan.html");
        text = Fixtures.page("liangshan-2021.txt");
        reader.readHtml(html).report();
        reader.read(text).report();
    }

    /**
     * An HTML page to a report.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult html() {
        return reader.readHtml(html);
    }

    /**
     * Baseline of the HTML read: jsoup's parse of the same page alone.
     *
     * @return the document
     */
    @Benchmark
    public Document jsoupParseBaseline() {
        return Jsoup.parse(html);
    }

    /**
     * A flattened-text page to a report.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult text() {
        return reader.read(text);
    }
}
