package io.github.gongkai.reader.word;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.testkit.junit.GeneratedReportsProvider;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The property of issue 15 for Word: generated reports of both editions, written as {@code .docx} in the
 * official layout ({@link DocxReports}) in each {@link DocxReports.Variant}, read back with
 * {@code ReportReader.standard().read(bytes)} (the provider found through {@code META-INF/services}): every cell is
 * the generated value (or the placeholder printed for it), the reading is complete (no ambiguity, no unread cell),
 * and the header is the report's. {@value #DEFAULT_COUNT} reports per variant, seeded like
 * {@code @GeneratedReports} ({@code -Dgongkai.testkit.count}, {@code .seed}, {@code .replay=0x…}); a failure
 * names the seed and the first cell that differs.
 */
class WordRoundTripTest {

    static final int DEFAULT_COUNT = 200;
    private static final long MASTER_SEED = 0x5eed_15L;
    private static final ReportReader READER = ReportReader.standard();
    private static final ReportSize[] SIZES = {ReportSize.TINY, ReportSize.SMALL, ReportSize.REALISTIC};

    @ParameterizedTest
    @EnumSource(DocxReports.Variant.class)
    void everyCellReadsBackAsWritten(DocxReports.Variant variant) {
        int[] editions = new int[2];
        for (long seed : GeneratedReportsProvider.caseSeeds(MASTER_SEED + variant.ordinal(), DEFAULT_COUNT)) {
            ReportGenerator generator = ReportGenerator.builder()
                    .size(SIZES[(int) Long.remainderUnsigned(seed, SIZES.length)])
                    .blankZeroProbability(0.25).build();
            Report report = GeneratedReport.generate(generator, seed).report();
            editions[report.edition().ordinal()]++;
            check(seed, report, variant);
        }
        if (editions[Edition.V2019.ordinal()] == 0 || editions[Edition.V2021.ordinal()] == 0) {
            fail("both editions must be generated, were " + editions[0] + " and " + editions[1]);
        }
    }

    private static void check(long seed, Report report, DocxReports.Variant variant) {
        byte[] docx = DocxReports.write(report, variant, seed);
        ReadResult result = READER.read(docx);
        String name = "seed " + String.format("0x%016x", seed) + " (" + variant + ", " + report.edition().key() + ")";
        if (result.reading().format() != SourceFormat.DOCX) {
            fail(name + ": read as " + result.reading().format());
        }
        for (CellRef cell : ReportFormat.of(report.edition()).cells()) {
            CellValue want = DocxReports.expected(report, cell, variant, seed);
            CellValue got = result.report().get(cell);
            if (!same(want, got)) {
                fail(name + ": first differing cell " + cell + ": written " + want + ", read " + got + "\n"
                        + result.reading());
            }
        }
        if (!result.reading().isComplete() || !result.reading().ambiguities().isEmpty()) {
            fail(name + ": the reading is not complete\n" + result.reading());
        }
        if (!Objects.equals(report.header().organName(), result.report().header().organName())
                || report.header().reportYear() != result.report().header().reportYear()
                || !report.header().publicationDate().equals(result.report().header().publicationDate())) {
            fail(name + ": header written " + report.header() + ", read " + result.report().header());
        }
    }

    /** Amounts compare by value and scale as printed ({@code 0.00} is not {@code 0}), and by unit. */
    private static boolean same(CellValue want, CellValue got) {
        if (want instanceof CellValue.Amount a && got instanceof CellValue.Amount b) {
            return a.value().equals(b.value()) && a.unit() == b.unit();
        }
        return want.equals(got);
    }
}
