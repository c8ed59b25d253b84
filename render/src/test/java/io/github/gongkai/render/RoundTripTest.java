package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key property of the renderer: generated reports of both editions and of sizes TINY to REALISTIC, zeros
 * printed as 0 or left blank, rendered in each format and read back with {@code gongkai-reader} in that format,
 * give every cell of the edition exactly as the report holds it, the organ and the year, with nothing ambiguous
 * or unread (a wholly blank table 四 included: {@link #aWhollyBlankTableFourReadsAsBlanks}).
 *
 * <p>Seeded: {@value #DEFAULT_COUNT} reports per format; {@code -Dgongkai.testkit.count=N} runs more,
 * {@code -Dgongkai.testkit.seed=S} another master seed, {@code -Dgongkai.testkit.replay=0x…} one case. A failure
 * names the seed, the format and the first cell that differs, and prints the page.
 */
class RoundTripTest {

    static final int DEFAULT_COUNT = 300;
    private static final long MASTER_SEED = 0x5eed_16L;
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportSize[] SIZES = {ReportSize.TINY, ReportSize.SMALL, ReportSize.REALISTIC};

    static Report generate(long seed) {
        ReportGenerator generator = ReportGenerator.builder().size(SIZES[(int) Long.remainderUnsigned(seed, 3)])
                .blankZeroProbability(0.5).build();
        return GeneratedReport.generate(generator, seed).report();
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void everyRenderedReportReadsBackCellForCell(TableFormat format) {
        TableRenderer renderer = TableRenderer.of(format);
        for (long seed : GeneratedReportsProvider.caseSeeds(MASTER_SEED, DEFAULT_COUNT)) {
            Report report = generate(seed);
            String page = renderer.render(report);
            String problem = problem(report, page, format);
            if (problem != null) {
                fail(String.format("seed 0x%016x, %s, %s edition: %s%n%s", seed, format, report.edition().key(),
                        problem, page));
            }
        }
    }

    /** The first difference between a report and what the reader reads from its page, or null if none. */
    static String problem(Report report, String page, TableFormat format) {
        ReadResult result;
        try {
            result = READER.read(page, sourceFormat(format));
        } catch (ReportReadException e) {
            return "not read: " + e.getMessage();
        }
        if (result.edition() != report.edition()) {
            return "read as the " + result.edition().key() + " edition";
        }
        for (CellRef cell : ReportFormat.of(report.edition()).cells()) {
            CellValue printed = report.get(cell);
            CellValue read = result.report().get(cell);
            if (!printed.equals(read)) {
                return "first differing cell " + cell + ": rendered " + describe(printed) + ", read "
                        + describe(read) + "\n" + result.reading();
            }
        }
        if (!result.reading().ambiguities().isEmpty() || !result.reading().notFound().isEmpty()) {
            return "not complete: " + result.reading();
        }
        if (!report.header().organName().equals(result.report().header().organName())
                || report.header().reportYear() != result.report().header().reportYear()) {
            return "header read as " + result.report().header() + ", rendered " + report.header();
        }
        return null;
    }

    static boolean allBlank(Report report, ReportTable table) {
        return report.table(table).cells().stream().allMatch(c -> c.value() instanceof CellValue.Blank);
    }

    /**
     * Table 四 printed in the official layout (a header and one row of fifteen cells, no row label) with every cell
     * empty reads as fifteen blanks in every format (the reader once found no row there).
     */
    @org.junit.jupiter.api.Test
    void aWhollyBlankTableFourReadsAsBlanks() {
        Report report = Report.builder(Edition.V2021).organName("某县人民政府办公室").reportYear(2023).build();
        assertTrue(allBlank(report, ReportTable.T4));
        ReadResult result = READER.read(TableRenderer.of(TableFormat.HTML).render(report), SourceFormat.HTML);
        for (CellRef cell : ReportFormat.of(Edition.V2021).cells(ReportTable.T4)) {
            assertEquals(CellValue.blank(), result.report().get(cell), cell::toString);
        }
        for (TableFormat format : TableFormat.values()) {
            assertEquals(null, problem(report, TableRenderer.of(format).render(report), format));
        }
    }

    static SourceFormat sourceFormat(TableFormat format) {
        return switch (format) {
            case HTML -> SourceFormat.HTML;
            case MARKDOWN -> SourceFormat.MARKDOWN;
            case TEXT -> SourceFormat.TEXT;
        };
    }

    private static String describe(CellValue value) {
        return value.getClass().getSimpleName() + " '" + value + "'";
    }

    @org.junit.jupiter.api.Test
    void theDefaultCountIsWhatTheIssueAsks() {
        assertEquals(300, DEFAULT_COUNT);
    }
}
