package io.github.gongkai.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void quoteAndPrintableAreCoresEscapes() {
        // The escaping itself is core's (MessageTextTest); the JSON layer's messages use it as it is.
        assertEquals("\"a\\\"\\u0000\"", JsonText.quote("a\"\u0000"));
        assertEquals("/a\\u0085\\ud800", JsonText.printable("/a\u0085\uD800"));
    }
}
