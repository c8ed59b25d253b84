package io.github.gongkai.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReportReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ReaderComparison} relies on; the timing itself is not tested. */
class ReaderComparisonTest {

    /** The reader on this class path, as a jar or a directory of classes. */
    private static Path readerBuild() throws Exception {
        return Path.of(ReportReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aBuildIsLoadedApartFromTheClassPathButSharesItsCore() throws Exception {
        ReaderComparison.Reader build = ReaderComparison.Reader.load(readerBuild());
        assertNotSame(ReportReader.class, build.reader().getClass(), "the reader's classes come from the build");

        String page = Fixtures.page("liangshan-2021.txt");
        Object result = build.readOnce(page);
        Object report = result.getClass().getMethod("report").invoke(result);
        assertSame(Report.class, report.getClass(), "core comes from the class path, so both builds share it");
        assertEquals(ReportReader.standard().read(page).report(), report);
    }

    @Test
    void twoBuildsAreTwoLoaders() throws Exception {
        ReaderComparison.Reader one = ReaderComparison.Reader.load(readerBuild());
        ReaderComparison.Reader other = ReaderComparison.Reader.load(readerBuild());
        assertNotSame(one.reader().getClass(), other.reader().getClass());
    }

    @Test
    void aMissingJarIsNamed() {
        Path missing = Path.of("no-such-reader.jar");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReaderComparison.Reader.load(missing));
        assertEquals("no such jar: no-such-reader.jar", e.getMessage());
    }

    @Test
    void quartilesAreElementsOfTheSortedRatios() {
        ReaderComparison.Quartiles q = ReaderComparison.Quartiles.of(List.of(1.3, 0.9, 1.0, 1.1, 0.8, 1.2, 1.05, 0.95));
        assertEquals(0.95, q.lower());
        assertEquals(1.05, q.median());
        assertEquals(1.2, q.upper());
        ReaderComparison.Quartiles one = ReaderComparison.Quartiles.of(List.of(0.97));
        assertEquals(new ReaderComparison.Quartiles(0.97, 0.97, 0.97), one);
        assertThrows(IllegalArgumentException.class, () -> ReaderComparison.Quartiles.of(List.of()));
    }
}
