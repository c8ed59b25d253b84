package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        ReportReader reader = ReportReader.create();
        assertEquals(SourceFormat.HTML, reader.read(fixture("html_2021_rowspan.html")).reading().format());
        assertEquals(SourceFormat.MARKDOWN, reader.read(fixture("markdown_split_2021.md")).reading().format());
        assertEquals(SourceFormat.TEXT, reader.read(fixture("text_2019.txt")).reading().format());
        assertEquals(SourceFormat.TEXT, reader.read(fixture("glued_2021.txt")).reading().format());
    }

    @Test
    void anExplicitFormatIsUsedAsGiven() throws IOException {
        // Markdown read as plain text still reads: pipes are just text between the numbers.
        ReadResult asText = ReportReader.create().read(fixture("markdown_split_2021.md"), SourceFormat.TEXT);
        assertEquals(SourceFormat.TEXT, asText.reading().format());
    }
}
