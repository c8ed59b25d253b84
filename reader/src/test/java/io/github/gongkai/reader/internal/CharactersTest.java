package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.SourcePosition;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void theArrayPassReplacesUnpairedSurrogatesInPlaceAndKeepsPairs() {
        char[] cs = "a\uD83D\uDE00b\nc\uDC00d\uD800".toCharArray();
        Characters.Cleaned cleaned = Characters.replaceUnpairedSurrogates(cs);
        assertEquals("a\uD83D\uDE00b\nc\uFFFDd\uFFFD", new String(cs));
        assertEquals(2, cleaned.replaced());
        assertEquals(SourcePosition.line(2, 2), cleaned.first());
        assertNull(cleaned.text());
        assertFalse(cleaned.controls());
    }

    @Test
    void theArrayPassTellsWhetherThePageHoldsAControlANarrativeMayNot() {
        assertFalse(Characters.replaceUnpairedSurrogates("一\t二\r\n三\n 4".toCharArray()).controls());
        for (char c : new char[] {0, 1, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F}) {
            assertTrue(Characters.replaceUnpairedSurrogates(("一" + c + "二").toCharArray()).controls(),
                    Integer.toHexString(c));
        }
        assertTrue(Characters.replaceUnpairedSurrogates("x".toCharArray()).replaced() == 0);
    }

    @Test
    void theControlFlagAgreesWithTheNarrativeCleaningOnSeededPages() {
        SplittableRandom random = new SplittableRandom(20261205L);
        char[] alphabet = {'一', 'a', ' ', '\t', '\n', '\r', 0, 0x0C, 0x7F, 0x85, 0xA0, 0xD800, 0xDC00, 0xFFFD, '1'};
        for (int page = 0; page < 20_000; page++) {
            char[] cs = new char[random.nextInt(12)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            Characters.Cleaned cleaned = Characters.replaceUnpairedSurrogates(cs);
            String text = new String(cs);
            // Once the pass has replaced the unpaired surrogates, the narrative cleaning changes the text exactly
            // when the pass found a control character.
            assertEquals(cleaned.controls(), !Characters.narrative(text).equals(text), text);
        }
    }

    @Test
    void theStringPassNeverClaimsAPageFreeOfControls() {
        assertTrue(Characters.replaceUnpairedSurrogates("一二", false).controls());
        assertTrue(Characters.replaceUnpairedSurrogates("一\uD800", true).controls());
    }

    @Test
    void foldingNeverMakesAControlCharacter() {
        // Narratives are made of folded page text and line feeds: a page free of controls gives narratives free
        // of them only because folding makes none.
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue;
            }
            String folded = Text.fold(new String(Character.toChars(c)));
            for (int i = 0; i < folded.length(); i++) {
                char f = folded.charAt(i);
                assertFalse(Character.isISOControl(f) && f != '\t' && f != '\n' && f != '\r',
                        () -> "U+" + Integer.toHexString(f));
            }
        }
    }
}
