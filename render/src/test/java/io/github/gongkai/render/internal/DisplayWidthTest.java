package io.github.gongkai.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void eastAsianWideCharactersTakeTwoColumns() {
        assertEquals(0, DisplayWidth.of(""));
        assertEquals(5, DisplayWidth.of("12345"));
        assertEquals(4, DisplayWidth.of("规章"));
        assertEquals(18, DisplayWidth.of("第二十条第（一）项"), "fullwidth brackets are wide");
        assertEquals(4, DisplayWidth.of("１２"), "fullwidth digits are wide");
        assertEquals(6, DisplayWidth.of("한국어"));
        assertEquals(4, DisplayWidth.of("かな"));
        assertEquals(2, DisplayWidth.of("、"));
        assertEquals(2, DisplayWidth.of("\uD840\uDC0B"), "a CJK ideograph beyond the BMP");
        assertEquals(2, DisplayWidth.of("\uD83D\uDE00"), "an emoji");
    }

    @Test
    void ambiguousCharactersTakeOneAndMarksNone() {
        assertEquals(2, DisplayWidth.of("“”"));
        assertEquals(1, DisplayWidth.of("—"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(2, DisplayWidth.of("a\u200Bb"));
        assertEquals(3, DisplayWidth.of("Ω√é"));
    }
}
