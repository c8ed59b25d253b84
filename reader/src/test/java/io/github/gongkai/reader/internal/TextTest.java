package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
