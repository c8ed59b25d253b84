package io.github.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@link MessageFiles}: a message file read as UTF-8; a missing or failing one is an error naming it. */
class MessageFilesTest {

    @Test
    void readsUtf8AndClosesTheFile() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("kind=格式不允许这个值\nline=第 {0} 行，\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Properties entries = MessageFiles.load(in, "Texts_zh.properties", MessageFilesTest.class);
        assertEquals("格式不允许这个值", entries.getProperty("kind"));
        assertEquals("第 {0} 行，", entries.getProperty("line"));
        assertTrue(closed[0]);
    }

    @Test
    void aMissingFileIsNamedWithTheClassItShouldSitNextTo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MessageFiles.load(null, "Texts_zh.properties", MessageFilesTest.class));
        assertEquals("missing resource Texts_zh.properties next to " + MessageFilesTest.class.getName(), e.getMessage());
    }

    @Test
    void aFileThatCannotBeReadIsAnUncheckedIoError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThrows(UncheckedIOException.class, () -> MessageFiles.load(failing, "x.properties", Object.class));
    }
}
