package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link RoundTripCheck} against readings made from the rendering itself, independently of the PDF
 * reader: the reading a perfect reader would give (every cell as printed, positioned at its printed text, blank
 * cells at their cell, blank fee figures not found) passes for every layout and edition, which also shows that
 * the renderer's boxes are consistent; a reading one cell off, or a cell on the wrong page, fails naming it.
 */
class RoundTripCheckTest {

    /** How many of the round trip's cases are checked here (all of them: {@code -Dgongkai.pdf.cases=100}). */
    private static final int CASES = Integer.getInteger("gongkai.pdf.cases", 25);
    private static final CellRef CELL = CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);

    static List<Layout> layouts() {
        return Layout.all();
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aPerfectReadingPasses(Layout layout) {
        long[] seeds = PdfRoundTripTest.seeds();
        for (int i = 0; i < Math.min(seeds.length, CASES); i++) {
            long seed = seeds[i];
            PdfReports.Rendered rendered = PdfReports.render(PdfRoundTripTest.generate(seed).report(), layout, seed);
            List<String> problems = RoundTripCheck.problems(rendered, perfect(rendered, UnaryOperator.identity()));
            assertEquals(List.of(), problems, "seed " + Long.toHexString(seed) + ", " + layout);
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aReadingOneCellOffFailsNamingIt(Layout layout) {
        PdfReports.Rendered rendered = PdfReports.render(PdfRoundTripTest.generate(3).report(), layout, 3);
        Report report = rendered.report();
        CellValue other = CellValue.count(report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED,
                ApplicantColumn.TOTAL) + 1);
        ReadResult off = perfect(rendered, UnaryOperator.identity());
        off = new ReadResult(report.with(CELL, other), off.reading());
        List<String> problems = RoundTripCheck.problems(rendered, off);
        assertTrue(!problems.isEmpty() && problems.get(0).startsWith(CELL.toString()), problems::toString);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aCellOnTheWrongPageFails(Layout layout) {
        PdfReports.Rendered rendered = PdfReports.render(PdfRoundTripTest.generate(5).report(), layout, 5);
        ReadResult moved = perfect(rendered, p -> !p.cell().equals(CELL) ? p : new Provenance(CELL, p.raw(),
                SourcePosition.pageArea(((SourcePosition.PageArea) p.position()).page() + 1, 100, 100, 10, 10),
                List.of()));
        List<String> problems = RoundTripCheck.problems(rendered, moved);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(CELL + ": position"), problems::toString);
    }

    /** The reading a perfect reader gives of a rendering, each provenance passed through a change. */
    private static ReadResult perfect(PdfReports.Rendered rendered, UnaryOperator<Provenance> change) {
        Report report = rendered.report();
        List<Provenance> read = new ArrayList<>();
        List<Provenance> blank = new ArrayList<>();
        List<MissingCell> notFound = new ArrayList<>();
        for (CellRef ref : ReportFormat.of(report.edition()).cells()) {
            PrintedCell cell = rendered.cells().get(ref);
            if (cell == null) {
                notFound.add(MissingCell.of(ref, MissingCell.Code.FIGURE_NOT_STATED, Optional.empty()));
                continue;
            }
            Box box = cell.text().orElse(cell.cell());
            Provenance p = change.apply(new Provenance(ref, cell.printed(), SourcePosition.pageArea(cell.page(),
                    box.x(), box.y(), box.width(), box.height()), List.of()));
            (cell.printed().isEmpty() ? blank : read).add(p);
        }
        return new ReadResult(report, new ReadingReport(SourceFormat.PDF, report.edition(), read, blank, List.of(),
                notFound, List.of()));
    }
}
