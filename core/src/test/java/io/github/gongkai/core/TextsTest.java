package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for the texts a report holds: well-formed Unicode, and no control characters. */
class TextsTest {

    private static final String FIELD = "header: organName";

    /** Texts that are well-formed and free of control characters, including the ones easy to get wrong. */
    private static final List<String> GOOD = List.of("", "凉山州经济和信息化局", "\uD840\uDC00区", "𠀀", "\uFEFF局",
            "\uFFFD", "a\u2028b\u2029c", "\u00A0", " ~", "\u00A0\u00FF", "\uD7FF\uE000", "\uDBFF\uDFFF", "😀");

    @Test
    void wellFormedTextsWithoutControlCharactersPassUnchanged() {
        for (String text : GOOD) {
            assertSame(text, Texts.singleLine(text, FIELD), text);
            assertSame(text, Texts.multiLine(text, FIELD), text);
        }
    }

    @Test
    void everyControlCharacterIsRejectedFromASingleLineWithItsCodeAndIndex() {
        for (char c : controlCharacters()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.singleLine("ab" + c + "d", FIELD));
            String expected = FIELD + " must hold no control character, found " + code(c) + " at index 2";
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    void aMultiLineTextMayHoldTabLineFeedAndCarriageReturnOnly() {
        assertEquals("一、\r\n\t总体情况\n", Texts.multiLine("一、\r\n\t总体情况\n", FIELD));
        for (char c : controlCharacters()) {
            if (c == '\t' || c == '\n' || c == '\r') {
                assertThrows(IllegalArgumentException.class, () -> Texts.singleLine("x" + c, FIELD));
                continue;
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Texts.multiLine("a\nb" + c, FIELD));
            assertEquals(FIELD + " must hold no control character other than TAB, LF and CR, found " + code(c)
                    + " at index 3", e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00x", "\uD800\u0041", "a\uDBFF", "\uDC00\uD800", "𠀀\uD800", "\uD800\uD800\uDC00"})
    void anUnpairedSurrogateIsRejectedWithItsCodeAndIndex(String text) {
        int at = firstUnpaired(text);
        String expected = FIELD + " must be well-formed Unicode, found the unpaired surrogate " + code(text.charAt(at))
                + " at index " + at;
        for (boolean multiLine : new boolean[] {false, true}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> check(text, multiLine));
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    void theMessageNeverHoldsTheBadCharacterItself() {
        for (String bad : List.of("\u0000", "\u001B[31m", "\u0085", "\uD800", "\uDFFF")) {
            for (boolean multiLine : new boolean[] {false, true}) {
                String message = assertThrows(IllegalArgumentException.class, () -> check(bad, multiLine))
                        .getMessage();
                assertTrue(message.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)),
                        message);
                assertFalse(message.contains(bad.substring(0, 1)), message);
            }
        }
    }

    @Test
    void codesAreWrittenAsUPlusFourUpperCaseHexDigits() {
        assertEquals("U+0000", Texts.code(0));
        assertEquals("U+009F", Texts.code(0x9F));
        assertEquals("U+D800", Texts.code(0xD800));
        assertEquals("U+20000", Texts.code(0x20000));
    }

    private static void check(String text, boolean multiLine) {
        if (multiLine) {
            Texts.multiLine(text, FIELD);
        } else {
            Texts.singleLine(text, FIELD);
        }
    }

    /** C0, DEL and C1: exactly the characters of general category Cc. */
    private static char[] controlCharacters() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xA0; c++) {
            if (c < 0x20 || c >= 0x7F) {
                all.append(c);
            }
        }
        String chars = all.toString();
        assertEquals(65, chars.length());
        assertTrue(chars.chars().allMatch(c -> Character.getType(c) == Character.CONTROL));
        return chars.toCharArray();
    }

    private static int firstUnpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        throw new AssertionError("no unpaired surrogate in the test input");
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
