package io.github.gongkai.benchmarks;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.render.CheckedReportPage;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * ({@code gongkai-render-docx}, with POI) for comparison; and the same report with one cell of table 三 typed
 * wrong as a checked-report page (the tables marked, two findings, a position for every cell), validated
 * beforehand: the page alone is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {

    private Report report;
    private TableRenderer html;
    private TableRenderer markdown;
    private TableRenderer text;
    private Report broken;
    private ValidationResult brokenResult;
    private PageSource source;
    private CheckedReportPage page;
    private DocxTableRenderer docx;

    /** Generates the report and checks that it renders. */
    @Setup
    public void setUp() {
        report = Fixtures.report2021();
        html = TableRenderer.of(TableFormat.HTML);
        markdown = TableRenderer.of(TableFormat.MARKDOWN);
        text = TableRenderer.of(TableFormat.TEXT);
        docx = DocxTableRenderer.standard();
        if (!html.render(report).contains("三、本年度办理结果") || docx.render(report).length < 1_000) {
            throw new IllegalStateException("the report did not render");
        }
        CellRef cell = CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON);
        long printed = report.get(cell) instanceof CellValue.Count count ? count.value() : 0;
        broken = report.with(cell, CellValue.Count.of(printed + 10));
        brokenResult = ReportValidator.standard().validate(broken);
        Map<CellRef, String> positions = new HashMap<>();
        int line = 100;
        for (Cell c : broken.cells()) {
            positions.put(c.ref(), "line " + line++);
        }
        source = PageSource.of("report.txt").withPositions(positions);
        page = CheckedReportPage.of(Locale.SIMPLIFIED_CHINESE);
        if (brokenResult.isValid() || !page.render(broken, brokenResult, source).contains("class=\"failed culprit\"")) {
            throw new IllegalStateException("the checked page does not mark the culprit");
        }
    }

    /**
     * A checked-report page of a report with one cell typed wrong.
     *
     * @return the page
     */
    @Benchmark
    public String checkedPage() {
        return page.render(broken, brokenResult, source);
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
