package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample report ({@code golden/seed.txt}, a copy of the shared seed page 000_5f5cda31151d78ea.txt: the
 * 2021 report of 凉山州经济和信息化局, read with the reader) renders byte for byte as the committed golden files
 * {@code golden/liangshan-2021.html}, {@code .md} and {@code .txt}. After a deliberate change, rewrite them
 * with {@code -Dgongkai.render.golden.write=true} and look at the difference.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean WRITE = Boolean.getBoolean("gongkai.render.golden.write");

    static Report seedReport() throws IOException {
        ReadResult result = ReportReader.standard().read(GOLDEN.resolve("seed.txt"));
        assertTrue(result.reading().isComplete(), result.reading()::toString);
        return result.report();
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void theSeedReportRendersAsTheGoldenFile(TableFormat format) throws IOException {
        String rendered = TableRenderer.of(format).render(seedReport());
        Path golden = GOLDEN.resolve("liangshan-2021." + format.extension());
        if (WRITE) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered,
                () -> golden + " differs; -Dgongkai.render.golden.write=true rewrites it");
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void theGoldenFileReadsBackAsTheSeedReport(TableFormat format) throws IOException {
        Report seed = seedReport();
        String golden = Files.readString(GOLDEN.resolve("liangshan-2021." + format.extension()),
                StandardCharsets.UTF_8);
        assertEquals(null, RoundTripTest.problem(seed, golden, format));
    }
}
