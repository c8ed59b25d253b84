package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link Utf16#of} says UTF-16 exactly when Jackson reads the bytes as UTF-16: checked for every
 * combination of the bytes that matter to the detection in documents of two, three and four bytes (the
 * detection looks at four at most), by looking at the reader Jackson's parser uses: a test that fails if a
 * new Jackson detects otherwise.
 */
class Utf16Test {

    private static final byte[] BYTES = {0x00, 0x7B, 0x22, 0x20, (byte) 0xFE, (byte) 0xFF, (byte) 0xEF,
        (byte) 0xBB, (byte) 0xBF};
    private static final JsonFactory FACTORY = new JsonFactory();

    @Test
    void saysUtf16ExactlyWhenJacksonReadsUtf16() throws Exception {
        int checked = 0;
        for (byte a : BYTES) {
            for (byte b : BYTES) {
                check(new byte[] {a, b});
                for (byte c : BYTES) {
                    check(new byte[] {a, b, c});
                    for (byte d : BYTES) {
                        check(new byte[] {a, b, c, d});
                        checked++;
                    }
                }
            }
        }
        assertEquals(BYTES.length * BYTES.length * BYTES.length * BYTES.length, checked);
    }

    @Test
    void tellsTheByteOrder() {
        assertEquals(StandardCharsets.UTF_16BE, Utf16.of(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0x7B}, 4));
        assertEquals(StandardCharsets.UTF_16LE, Utf16.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x7B, 0}, 4));
        assertEquals(StandardCharsets.UTF_16BE, Utf16.of(new byte[] {0, 0x7B, 0, 0x22}, 4));
        assertEquals(StandardCharsets.UTF_16LE, Utf16.of(new byte[] {0x7B, 0, 0x22, 0}, 4));
        assertEquals(null, Utf16.of(new byte[] {0x7B, 0x22, 0, 0}, 4));
        assertEquals(null, Utf16.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, 4));
        assertEquals(null, Utf16.of(new byte[] {0x7B}, 1));
    }

    private static void check(byte[] head) throws Exception {
        assertEquals(jacksonReadsUtf16(head), Utf16.of(head, head.length) != null, () -> hex(head));
    }

    /** Whether Jackson's parser over these bytes reads through a reader other than its UTF-32 one. */
    private static boolean jacksonReadsUtf16(byte[] head) throws Exception {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(ObjectReadContext.empty(), head);
        } catch (JacksonException e) {
            return false; // an encoding Jackson rejects
        }
        try (parser) {
            Reader reader = readerOf(parser);
            if (reader == null) {
                return false; // UTF-8, read from the bytes
            }
            // UTF-16 is decoded whole into a StringReader (or an InputStreamReader); UTF-32 has its own reader.
            return reader instanceof StringReader || reader instanceof InputStreamReader;
        }
    }

    private static Reader readerOf(JsonParser parser) throws IllegalAccessException {
        for (Class<?> type = parser.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("_reader");
                field.setAccessible(true);
                return (Reader) field.get(parser);
            } catch (NoSuchFieldException e) {
                continue;
            }
        }
        return null;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
