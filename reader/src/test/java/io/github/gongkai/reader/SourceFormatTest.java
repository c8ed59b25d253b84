package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFormatTest {

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures").resolve(name));
    }

    @Test
    void eachFormatIsDetectedFromTheContent() throws IOException {
        ReportReader reader = ReportReader.standard();
        assertEquals(SourceFormat.HTML, reader.read(fixture("html_2021_rowspan.html")).reading().format());
        assertEquals(SourceFormat.MARKDOWN, reader.read(fixture("markdown_split_2021.md")).reading().format());
        assertEquals(SourceFormat.TEXT, reader.read(fixture("text_2019.txt")).reading().format());
        assertEquals(SourceFormat.TEXT, reader.read(fixture("glued_2021.txt")).reading().format());
    }

    @Test
    void anExplicitFormatIsUsedAsGivenWhenTheContentIsNotClearlyAnother() throws IOException {
        // Pipe rows without a |---| separator row may stand in a text page: the format given is kept.
        String rows = fixture("markdown_split_2021.md").lines().filter(l -> !l.startsWith("|--") && !l.startsWith("| --"))
                .reduce("", (a, b) -> a + b + "\n");
        ReadResult asText = ReportReader.standard().read(rows, SourceFormat.TEXT);
        assertEquals(SourceFormat.TEXT, asText.reading().format());
        assertTrue(asText.reading().warnings().stream()
                .noneMatch(w -> w.code() == ReadingWarning.Code.FORMAT_FROM_CONTENT));
    }

    @Test
    void aFormatTheContentClearlyContradictsGivesWayWithAWarning() throws IOException {
        ReadResult result = ReportReader.standard().read(fixture("markdown_split_2021.md"), SourceFormat.TEXT);
        assertEquals(SourceFormat.MARKDOWN, result.reading().format());
        ReadingWarning w = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Code.FORMAT_FROM_CONTENT, w.code());
        assertTrue(w.message().contains("declared TEXT by the caller"), w.message());
        assertEquals(ReportReader.standard().read(fixture("markdown_split_2021.md")).report(), result.report());
    }

    @Test
    void aReaderToldNotToSniffUsesTheFormatGiven() throws IOException {
        // Markdown read as plain text still reads: pipes are just text between the numbers.
        ReportReader asGiven = ReportReader.builder().formatFromContent(false).build();
        ReadResult asText = asGiven.read(fixture("markdown_split_2021.md"), SourceFormat.TEXT);
        assertEquals(SourceFormat.TEXT, asText.reading().format());
        assertTrue(asText.reading().warnings().stream()
                .noneMatch(w -> w.code() == ReadingWarning.Code.FORMAT_FROM_CONTENT));
        assertTrue(asGiven.toString().contains("formatFromContent=false"), asGiven.toString());
    }
}
