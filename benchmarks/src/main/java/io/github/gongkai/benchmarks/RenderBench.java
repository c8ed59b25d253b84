package io.github.gongkai.benchmarks;

import io.github.gongkai.core.Report;
import io.github.gongkai.render.TableFormat;
import io.github.gongkai.render.TableRenderer;
import io.github.gongkai.render.docx.DocxTableRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The renderer: a realistic 2021 report's official tables (二, 三, 四, 六) to a standalone HTML document, whose
 * target is absolute (5 000 pages a second on one thread); Markdown, text and a Word {@code .docx}
 * ({@code gongkai-render-docx}, with POI) for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {

    private Report report;
    private TableRenderer html;
    private TableRenderer markdown;
    private TableRenderer text;
    private DocxTableRenderer docx;

    /** Generates the report and checks that it renders. */
    @Setup
    public void setUp() {
        report = Fixtures.report2021();
        html = TableRenderer.of(TableFormat.HTML);
        markdown = TableRenderer.of(TableFormat.MARKDOWN);
        text = TableRenderer.of(TableFormat.TEXT);
        docx = DocxTableRenderer.create();
        if (!html.render(report).contains("三、本年度办理结果") || docx.render(report).length < 1_000) {
            throw new IllegalStateException("the report did not render");
        }
    }

    /**
     * The tables to HTML.
     *
     * @return the page
     */
    @Benchmark
    public String html() {
        return html.render(report);
    }

    /**
     * The tables to Markdown.
     *
     * @return the page
     */
    @Benchmark
    public String markdown() {
        return markdown.render(report);
    }

    /**
     * The tables to aligned text.
     *
     * @return the page
     */
    @Benchmark
    public String text() {
        return text.render(report);
    }

    /**
     * The tables to a Word {@code .docx}: POI's document built, written and zipped again with fixed entry times.
     *
     * @return the document's bytes
     */
    @Benchmark
    public byte[] docx() {
        return docx.render(report);
    }
}
