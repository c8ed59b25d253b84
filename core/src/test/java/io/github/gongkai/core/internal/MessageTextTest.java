package io.github.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link MessageText}: control characters and unpaired surrogates as JSON escapes, everything else as it is. */
class MessageTextTest {

    @Test
    void quoteWritesAJsonStringLiteralWithEveryControlCharacterAndUnpairedSurrogateEscaped() {
        assertEquals("\"凉山州 / 𠀀\u2028\uFEFF\u00A0~\"", MessageText.quote("凉山州 / 𠀀\u2028\uFEFF\u00A0~"));
        assertEquals("\"\"", MessageText.quote(""));
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\"", MessageText.quote("\"\\\b\f\n\r\t"));
        assertEquals("\"a\\u0000\\u001f \\u007f\\u0080\\u009f\u00A0\"",
                MessageText.quote("a\u0000\u001F \u007F\u0080\u009F\u00A0"));
        assertEquals("\"\\ud800 \\udc00x \\ud800A \\udc00\\ud800 \uD840\uDC00\"",
                MessageText.quote("\uD800 \uDC00x \uD800A \uDC00\uD800 \uD840\uDC00"));
        assertEquals("\"\\udbff\"", MessageText.quote("\uDBFF"));
        assertEquals("\"x\\udfff\"", MessageText.quote("x\uDFFF"));
    }

    @Test
    void printableEscapesOnlyControlCharactersAndUnpairedSurrogates() {
        String clean = "/T3/a\"b\\c/凉 𠀀";
        assertSame(clean, MessageText.printable(clean));
        assertEquals("/a\\u001b[2J\\n\\u0085\"\\\\\uD840\uDC00\\ud800",
                MessageText.printable("/a\u001B[2J\n\u0085\"\\\\\uD840\uDC00\uD800"));
        assertEquals("\\u0000", MessageText.printable("\u0000"));
        assertEquals("ab\\t", MessageText.printable("ab\t"));
    }
}
