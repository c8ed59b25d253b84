package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    @Test
    void keysAndExtensions() {
        assertEquals("html", TableFormat.HTML.key());
        assertEquals("md", TableFormat.MARKDOWN.key());
        assertEquals("txt", TableFormat.TEXT.key());
        assertEquals("html", TableFormat.HTML.extension());
        assertEquals("md", TableFormat.MARKDOWN.extension());
        assertEquals("txt", TableFormat.TEXT.extension());
    }

    @Test
    void foundByKeyOrNameIgnoringCase() {
        assertEquals(Optional.of(TableFormat.HTML), TableFormat.fromKey("HTML"));
        assertEquals(Optional.of(TableFormat.MARKDOWN), TableFormat.fromKey("md"));
        assertEquals(Optional.of(TableFormat.MARKDOWN), TableFormat.fromKey("Markdown"));
        assertEquals(Optional.of(TableFormat.TEXT), TableFormat.fromKey("txt"));
        assertEquals(Optional.of(TableFormat.TEXT), TableFormat.fromKey("text"));
        assertEquals(Optional.empty(), TableFormat.fromKey("docx"));
        assertEquals(Optional.empty(), TableFormat.fromKey(""));
        assertThrows(NullPointerException.class, () -> TableFormat.fromKey(null));
    }
}
