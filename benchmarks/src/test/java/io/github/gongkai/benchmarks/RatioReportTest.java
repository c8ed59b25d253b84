package io.github.gongkai.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link RatioReport}'s table makes of measured iterations; no benchmark is run. */
class RatioReportTest {

    private static List<String> rows(Map<String, double[]> iterations) {
        return RatioReport.table(iterations).lines().skip(2).toList();
    }

    @Test
    void anAbsoluteTargetIsJudgedOnTheMeanOfTheIterations() {
        // 49 and 51 µs: a mean of 50 µs, 20,000 reads a second, exactly the target.
        List<String> met = rows(Map.of("ReaderBench.text", new double[] {49_000, 51_000}));
        assertEquals(List.of("| Reader flattened text: reports/s (one thread) | 20,000/s | — | — | ≥ 20,000/s | yes |"),
                met);
        List<String> missed = rows(Map.of("ReaderBench.text", new double[] {50_000, 50_200}));
        assertEquals(List.of("| Reader flattened text: reports/s (one thread) | 19,960/s | — | — | ≥ 20,000/s | **no** |"),
                missed);
    }

    @Test
    void aRatioIsOfTheMeansAndTheTargetIsPrintedAsWritten() {
        List<String> rows = rows(Map.of("PdfBench.read", new double[] {14_000_000, 16_000_000},
                "PdfBench.textStripperBaseline", new double[] {10_000_000, 10_000_000}));
        assertEquals(List.of("| Reader 5-page PDF vs PDFBox's PDFTextStripper alone | 15,000.0 µs | 10,000.0 µs "
                + "| 1.50× | ≤ 1.5× | yes |"), rows);
    }

    @Test
    void aPairWithABenchmarkMissingIsLeftOut() {
        assertEquals(List.of(), rows(Map.of("PdfBench.read", new double[] {1_000})));
        assertEquals(List.of(), rows(Map.of()));
    }

    @Test
    void iterationsFarApartMarkTheRowUnsteadyWithoutChangingItsVerdict() {
        // Five iterations of a run in which the host slowed down (a mean of 77.2 µs): the mean misses, and the row
        // says to measure again.
        List<String> rows = rows(Map.of("ReaderBench.text",
                new double[] {79_376, 89_868, 53_460, 74_321, 88_886}));
        assertEquals(List.of("| Reader flattened text: reports/s (one thread) | 12,956/s | — | — | ≥ 20,000/s "
                + "| **no** (unsteady: 53.5 µs to 89.9 µs) |"), rows);

        List<String> baseline = rows(Map.of("ReaderBench.html", new double[] {490_000, 492_000},
                "ReaderBench.jsoupParseBaseline", new double[] {300_000, 400_000}));
        assertTrue(baseline.get(0).endsWith("| yes (baseline unsteady: 300.0 µs to 400.0 µs) |"), baseline.get(0));
    }

    @Test
    void iterationsWithinAQuarterOfEachOtherAreSteady() {
        assertEquals("", RatioReport.unsteady("", new double[] {100, 125}));
        assertEquals(" (unsteady: 100.0 ns to 125.1 ns)", RatioReport.unsteady("", new double[] {100, 110, 125.1}));
        assertEquals("", RatioReport.unsteady("", new double[] {42}));
    }

    @Test
    void aRowNeedsMeasuredIterations() {
        assertThrows(java.util.NoSuchElementException.class,
                () -> RatioReport.table(Map.of("ReaderBench.text", new double[0])));
    }
}
