package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Line breaks: {@code \n}, {@code \r\n} and a lone {@code \r} (old Mac files) are each one line break, so a
 * page reads the same, cell for cell and position for position, whichever its files use.
 */
class LineBreaksTest {

    private static final ReportReader READER = ReportReader.standard();

    static Stream<Path> pages() {
        return Stream.of(Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt"),
                Path.of("src/test/resources/corpus/002_shanghai_office_2025.md"),
                Path.of("src/test/resources/corpus/005_pingtan_2022.txt"),
                Path.of("src/test/resources/fixtures/markdown_split_2021.md"),
                Path.of("src/test/resources/fixtures/text_2019.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aCarriageReturnAloneIsALineBreakLikeTheOthers(Path file, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String lf = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(lf.contains("\r"), "the fixture itself uses \\n");
        ReadResult expected = READER.read(file);
        for (String breakWith : new String[] {"\r", "\r\n"}) {
            String page = lf.replace("\n", breakWith);
            Path copy = dir.resolve(file.getFileName());
            Files.writeString(copy, page, StandardCharsets.UTF_8);
            ReadResult fromFile = READER.read(copy);
            String name = breakWith.equals("\r") ? "CR" : "CRLF";
            assertEquals(expected.report(), fromFile.report(), name + ": header, narrative and every cell");
            assertEquals(expected.reading(), fromFile.reading(), name + ": provenance and positions");
            ReadResult detected = READER.read(page);
            assertEquals(READER.read(lf).report(), detected.report(), name + ": the format detected the same");
            assertEquals(READER.read(lf).reading(), detected.reading(), name);
        }
    }
}
