package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The CJK font is found on this machine, and a font named but missing fails the test with a message saying
 * what to do, rather than skipping it.
 */
class CjkFontTest {

    @Test
    void aFontIsFound() {
        assertTrue(CjkFont.file().canRead());
    }

    @Test
    void aMissingConfiguredFontFailsSayingWhatToDo() {
        String before = System.getProperty(CjkFont.PROPERTY);
        System.setProperty(CjkFont.PROPERTY, "/nonexistent/font.ttf");
        try {
            AssertionError e = assertThrows(AssertionError.class, CjkFont::file);
            assertTrue(e.getMessage().contains(CjkFont.PROPERTY), e::getMessage);
        } finally {
            if (before == null) {
                System.clearProperty(CjkFont.PROPERTY);
            } else {
                System.setProperty(CjkFont.PROPERTY, before);
            }
        }
    }
}
