package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownMarkupTest {

    @Test
    void strongEmphasisIsBlankedToAsManySpaces() {
        assertEquals("  （七）总计  ", MarkdownMarkup.blank("**（七）总计**"));
        assertEquals("   1259   ", MarkdownMarkup.blank("***1259***"));
        assertEquals("| 规章   22   |", MarkdownMarkup.blank("| 规章 **22** |"));
    }

    @Test
    void aSingleStarAndUnderscoresStay() {
        String footnote = "其他*";
        assertSame(footnote, MarkdownMarkup.blank(footnote), "a footnote's mark may be text");
        String link = "http://www.gov.cn/a__b_c.html";
        assertSame(link, MarkdownMarkup.blank(link), "links hold underscores");
    }

    @Test
    void lineBreakTagsInAnyCaseAreBlanked() {
        assertEquals("逾期不补正、    行政机关", MarkdownMarkup.blank("逾期不补正、<br>行政机关"));
        assertEquals("a     b", MarkdownMarkup.blank("a<BR/>b"));
        assertEquals("a      b", MarkdownMarkup.blank("a<br />b"));
        for (String notABreak : new String[] {"a<b>b", "a<br", "a<brx>", "1 < 2", "<bra>", "<"}) {
            assertSame(notABreak, MarkdownMarkup.blank(notABreak), notABreak);
        }
    }

    @Test
    void everyOtherCharacterKeepsItsIndex() {
        String line = "| **1.属于国家秘密** | 0<br>1 | 总计 |";
        String blanked = MarkdownMarkup.blank(line);
        assertEquals(line.length(), blanked.length());
        for (int i = 0; i < line.length(); i++) {
            char c = blanked.charAt(i);
            assertTrue(c == line.charAt(i) || c == ' ', "index " + i);
        }
        assertEquals(line.indexOf("总计"), blanked.indexOf("总计"));
    }

    @Test
    void aRangeIsTestedAndBlankedAlone() {
        char[] cs = "**a** | b".toCharArray();
        assertTrue(MarkdownMarkup.has(cs, 0, cs.length));
        assertFalse(MarkdownMarkup.has(cs, 5, cs.length));
        assertFalse(MarkdownMarkup.has(cs, 0, 1), "one star of a pair inside the range is no run");
        assertEquals("  a", new String(MarkdownMarkup.blank(cs, 0, 3)));
    }
}
