package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link JsonText}: well-formedness as I-JSON defines it, and the escapes that make a message printable. */
class JsonTextTest {

    @Test
    void theFirstUnpairedSurrogateIsFound() {
        assertEquals(-1, JsonText.unpairedSurrogate(""));
        assertEquals(-1, JsonText.unpairedSurrogate("凉山州"));
        assertEquals(-1, JsonText.unpairedSurrogate("\uD840\uDC00\uDBFF\uDFFF\uD7FF\uE000"));
        assertEquals(0, JsonText.unpairedSurrogate("\uD800"));
        assertEquals(0, JsonText.unpairedSurrogate("\uDC00x"));
        assertEquals(0, JsonText.unpairedSurrogate("\uD800A"));
        assertEquals(1, JsonText.unpairedSurrogate("凉\uDBFF"));
        assertEquals(0, JsonText.unpairedSurrogate("\uDC00\uD800"), "a pair in the wrong order is two unpaired halves");
        assertEquals(2, JsonText.unpairedSurrogate("\uD840\uDC00\uDC00"));
        assertEquals(0, JsonText.unpairedSurrogate("\uD800\uD800\uDC00"));
        assertEquals(3, JsonText.unpairedSurrogate("abc\uDFFF"));
    }

    @Test
    void codesHaveFourUpperCaseDigits() {
        assertEquals("U+0000", JsonText.code('\u0000'));
        assertEquals("U+001B", JsonText.code('\u001B'));
        assertEquals("U+0085", JsonText.code('\u0085'));
        assertEquals("U+0ABC", JsonText.code('\u0ABC'));
        assertEquals("U+D800", JsonText.code('\uD800'));
        assertEquals("U+FFFF", JsonText.code('\uFFFF'));
    }

    @Test
    void quoteWritesAJsonStringLiteralWithEveryControlCharacterAndUnpairedSurrogateEscaped() {
        assertEquals("\"凉山州 / 𠀀\u2028\uFEFF\u00A0~\"", JsonText.quote("凉山州 / 𠀀\u2028\uFEFF\u00A0~"));
        assertEquals("\"\"", JsonText.quote(""));
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\"", JsonText.quote("\"\\\b\f\n\r\t"));
        assertEquals("\"a\\u0000\\u001f \\u007f\\u0080\\u009f\u00A0\"",
                JsonText.quote("a\u0000\u001F \u007F\u0080\u009F\u00A0"));
        assertEquals("\"\\ud800 \\udc00x \\ud800A \\udc00\\ud800 \uD840\uDC00\"",
                JsonText.quote("\uD800 \uDC00x \uD800A \uDC00\uD800 \uD840\uDC00"));
        assertEquals("\"\\udbff\"", JsonText.quote("\uDBFF"));
        assertEquals("\"x\\udfff\"", JsonText.quote("x\uDFFF"));
    }

    @Test
    void printableEscapesOnlyControlCharactersAndUnpairedSurrogates() {
        String clean = "/T3/a\"b\\c/凉 𠀀";
        assertSame(clean, JsonText.printable(clean));
        assertEquals("/a\\u001b[2J\\n\\u0085\"\\\\\uD840\uDC00\\ud800",
                JsonText.printable("/a\u001B[2J\n\u0085\"\\\\\uD840\uDC00\uD800"));
        assertEquals("\\u0000", JsonText.printable("\u0000"));
        assertEquals("ab\\t", JsonText.printable("ab\t"));
    }
}
