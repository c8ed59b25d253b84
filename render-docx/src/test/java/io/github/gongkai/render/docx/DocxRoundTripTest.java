package io.github.gongkai.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key property of the {@code .docx} renderer: generated reports of both editions and of sizes TINY to
 * REALISTIC, half of them printing their zeros blank, rendered as {@code .docx} and read back with
 * {@code ReportReader.standard().read(bytes)} (gongkai-reader-word found on the class path), give every cell of
 * the edition exactly as the report holds it ({@code CellValue.equals}: an amount's scale and unit too), the
 * organ and the year, with nothing ambiguous and nothing not found. In the {@link Variant#PLACEHOLDERS} variant,
 * about half of the zeros of tables 三 and 四 are replaced by the placeholders organs print ({@code /}, {@code —},
 * {@code -}, {@code 无}), which must read back as those placeholders.
 *
 * <p>Seeded: {@value #DEFAULT_COUNT} reports per variant; {@code -Dgongkai.testkit.count=N} runs more,
 * {@code -Dgongkai.testkit.seed=S} another master seed, {@code -Dgongkai.testkit.replay=0x…} one case. A failure
 * names the seed, the variant and the first cell that differs.
 */
class DocxRoundTripTest {

    static final int DEFAULT_COUNT = 200;
    private static final long MASTER_SEED = 0x5eed_16d0L;
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportSize[] SIZES = {ReportSize.TINY, ReportSize.SMALL, ReportSize.REALISTIC};
    private static final List<String> PLACEHOLDER_MARKS = List.of("/", "—", "-", "无");
    private static final DocxTableRenderer RENDERER = DocxTableRenderer.standard();

    /** What the generated reports hold besides the generator's counts, blanks and amounts. */
    enum Variant {
        /** As generated. */
        GENERATED,
        /** About half of the zeros of tables 三 and 四 printed as placeholders. */
        PLACEHOLDERS
    }

    static Report generate(long seed, Variant variant) {
        ReportGenerator generator = ReportGenerator.builder().size(SIZES[(int) Long.remainderUnsigned(seed, 3)])
                .blankZeroProbability(0.5).build();
        Report report = GeneratedReport.generate(generator, seed).report();
        return variant == Variant.PLACEHOLDERS ? withPlaceholders(report, new SplittableRandom(seed)) : report;
    }

    private static Report withPlaceholders(Report report, SplittableRandom random) {
        Report.Builder builder = report.toBuilder();
        for (CellRef cell : ReportFormat.of(report.edition()).cells()) {
            if ((cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4)
                    && report.get(cell) instanceof CellValue.Count c && c.value() == 0 && random.nextBoolean()) {
                builder.set(cell, CellValue.notApplicable(
                        PLACEHOLDER_MARKS.get(random.nextInt(PLACEHOLDER_MARKS.size()))));
            }
        }
        return builder.build();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyRenderedReportReadsBackCellForCell(Variant variant) {
        int[] editions = new int[Edition.values().length];
        int placeholders = 0;
        int amounts = 0;
        int blanks = 0;
        for (long seed : GeneratedReportsProvider.caseSeeds(MASTER_SEED + variant.ordinal(), DEFAULT_COUNT)) {
            Report report = generate(seed, variant);
            editions[report.edition().ordinal()]++;
            for (CellRef cell : ReportFormat.of(report.edition()).cells()) {
                CellValue value = report.get(cell);
                placeholders += value instanceof CellValue.NotApplicable ? 1 : 0;
                amounts += value instanceof CellValue.Amount ? 1 : 0;
                blanks += value instanceof CellValue.Blank ? 1 : 0;
            }
            String problem = problem(report, RENDERER.render(report));
            if (problem != null) {
                fail(String.format("seed 0x%016x, %s, %s edition: %s", seed, variant, report.edition().key(),
                        problem));
            }
        }
        int count = GeneratedReportsProvider.caseSeeds(MASTER_SEED + variant.ordinal(), DEFAULT_COUNT).length;
        if (count >= DEFAULT_COUNT) {
            assertTrue(editions[0] > 0 && editions[1] > 0, "both editions: " + editions[0] + ", " + editions[1]);
            assertTrue(amounts > 0 && blanks > 0, "amounts " + amounts + ", blanks " + blanks);
            assertEquals(variant == Variant.PLACEHOLDERS, placeholders > 0, "placeholders: " + placeholders);
        }
    }

    /** The first difference between a report and what the reader reads from its document, or null if none. */
    static String problem(Report report, byte[] docx) {
        ReadResult result;
        try {
            result = READER.read(docx);
        } catch (ReportReadException e) {
            return "not read: " + e.getMessage();
        }
        if (result.reading().format() != SourceFormat.DOCX) {
            return "read as " + result.reading().format();
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

    private static String describe(CellValue value) {
        return value.getClass().getSimpleName() + " '" + value + "'";
    }

    /** Table 四 with every cell empty reads back as fifteen blanks, and an empty report as blanks everywhere. */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void anEmptyReportReadsBackAsBlanks(Edition edition) {
        Report report = Report.builder(edition).organName("某县人民政府办公室")
                .reportYear(edition == Edition.V2021 ? 2023 : 2019).build();
        assertNull(problem(report, RENDERER.render(report)));
    }

    /** The sample report (a copy of the shared seed page: 凉山州经济和信息化局 2021) round trips too. */
    @Test
    void theSeedReportReadsBackCellForCell() throws IOException {
        Report seed = seedReport();
        assertNull(problem(seed, RENDERER.render(seed)));
    }

    static Report seedReport() throws IOException {
        ReadResult result = READER.read(Path.of("src/test/resources/seed.txt"));
        assertTrue(result.reading().isComplete(), result.reading()::toString);
        return result.report();
    }

    @Test
    void theDefaultCountIsWhatTheIssueAsks() {
        assertTrue(DEFAULT_COUNT >= 200);
    }
}
