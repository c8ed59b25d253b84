package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldsFullWidthFormsAndSpacesLikeNfkc() {
        assertEquals("(一)予以公开 123,4/", Text.fold("（一）予以公开\u3000１２３，４／"));
        assertEquals("a b", Text.fold("a\u00A0b"));
        assertEquals("ab", Text.fold("a\u200Bb"));
        assertEquals("一二", Text.fold("\u2F00\u4E8C"), "Kangxi radical 一 via NFKC");
        String plain = "规章";
        assertSame(plain, Text.fold(plain));
    }

    @Test
    void labelKeysIgnoreSpacesQuotesAndBracketStyles() {
        assertEquals(Text.labelKey("3.危及“三安全一稳定”"), Text.labelKey("3. 危及\"三安全一稳定\""));
        assertEquals(Text.labelKey("（七）总计"), Text.labelKey("(七) 总计"));
        assertEquals("(一)予以公开", Text.labelKey("【一】予以公开"));
    }

    @Test
    void stripsListMarkers() {
        for (String label : new String[] {"1.属于国家秘密", "1、属于国家秘密", "(1)属于国家秘密", "1)属于国家秘密", "属于国家秘密"}) {
            assertEquals("属于国家秘密", Text.stripMarkers(Text.labelKey(label)), label);
        }
        assertEquals("总计", Text.stripMarkers(Text.labelKey("七、总计")));
        assertEquals("总计", Text.stripMarkers(Text.labelKey("（七）总计")));
        assertEquals("本年度办理结果", Text.stripMarkers(Text.labelKey("三、本年度办理结果")));
        assertEquals("予以公开", Text.stripMarkers(Text.labelKey("三、（一）予以公开")));
        assertEquals("三安全一稳定", Text.stripMarkers("三安全一稳定"), "a numeral that is not a marker stays");
    }

    @Test
    void recognisesPlaceholdersAndUnits() {
        for (String p : new String[] {"/", "-", "—", "——", "–", "无", "\\"}) {
            assertTrue(Text.isPlaceholder(p), p);
        }
        assertFalse(Text.isPlaceholder("0"));
        assertFalse(Text.isPlaceholder("无效"));
        assertEquals(2, Text.unitLengthAt("5万元", 1));
        assertEquals(1, Text.unitLengthAt("5件", 1));
        assertEquals(0, Text.unitLengthAt("5年", 1));
    }

    @Test
    void isWhitespaceAgreesWithCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Character.isWhitespace(c) != Text.isWhitespace(c)) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }

    /** Tokens hold folded text, and their label key is computed without folding again: that needs this. */
    @Test
    void foldingTwiceChangesNothingAndTheKeyOfFoldedTextIsTheLabelKey() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String s = PageText.line(random, 8);
            String folded = Text.fold(s);
            assertEquals(folded, Text.fold(folded), s);
            assertEquals(Text.labelKey(s), Text.labelKeyOfFolded(folded), s);
        }
    }

    @Test
    void changesInKeyIsTrueExactlyForWhatTheLabelKeyDropsOrReplaces() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String one = String.valueOf(c);
            boolean changed = Character.isSurrogate(c) ? changesInKeyByDefinition(c)
                    : !Text.labelKeyOfFolded(one).equals(one);
            if (Text.changesInKey(c) != changed || changed != changesInKeyByDefinition(c)) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }

    /** The definition, written plainly: whitespace, quotes, and the brackets and comma the key unifies. */
    private static boolean changesInKeyByDefinition(char c) {
        return Character.isWhitespace(c) || "\"'“”‘’『』«»`".indexOf(c) >= 0 || "[【〔〖「]】〕〗」，".indexOf(c) >= 0;
    }
}
