package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.internal.Headings.Sec;
import org.junit.jupiter.api.Test;

class SectionTitlesTest {

    private static int narrativeStart(Sec sec, String heading) {
        return SectionTitles.narrativeStart(sec, heading, 0, heading.length());
    }

    private static boolean open(Sec sec, String heading) {
        return SectionTitles.open(sec, heading, 0, heading.length());
    }

    @Test
    void theNarrativeStartsAfterTheTitleAndItsPunctuation() {
        assertEquals(6, narrativeStart(Sec.ONE, "一、总体情况"));
        assertEquals(7, narrativeStart(Sec.ONE, "一、总体情况:2021年"));
        assertEquals(15, narrativeStart(Sec.FIVE, "五、存在的主要问题及改进情况。一是"));
        assertEquals(22, narrativeStart(Sec.FIVE, "五、政府信息公开工作存在的主要问题及改进情况一是"), "the 2019 title");
        assertEquals(14, narrativeStart(Sec.FIVE, "五、存在的主要问题和改进情况一是"),
                "a variant ends at its first 情况");
        assertEquals(11, narrativeStart(Sec.SIX, "六、其他需要报告的事项本年度"));
        assertEquals(-1, narrativeStart(Sec.T2, "二、主动公开政府信息情况"), "a table has no narrative");
        assertEquals(-1, narrativeStart(Sec.FIVE, "五、问题" + "很多".repeat(20)), "no title told");
    }

    @Test
    void aHeadingInALongerTextIsReadBetweenItsOffsets() {
        String key = "2021年工作情况。五、存在的主要问题及改进情况一是……六、其他需要报告的事项无";
        int five = key.indexOf("五、");
        int six = key.indexOf("六、");
        assertEquals(key.indexOf("一是"), SectionTitles.narrativeStart(Sec.FIVE, key, five, six));
        assertEquals(key.length() - 1, SectionTitles.narrativeStart(Sec.SIX, key, six, key.length()));
        assertFalse(SectionTitles.open(Sec.FIVE, key, five, six));
        assertTrue(SectionTitles.open(Sec.FIVE, key, five, key.indexOf("及改进")));
    }

    @Test
    void aTitleBrokenAfterItsKeywordGoesOnInTheNextText() {
        assertTrue(open(Sec.FIVE, "五、存在的主要问题"));
        assertTrue(open(Sec.FIVE, "五、政府信息公开工作存在的主要问题"));
        assertFalse(open(Sec.FIVE, "五、存在的主要问题及改进情况"), "the whole title");
        assertFalse(open(Sec.FIVE, "五、存在的主要问题:一是公开不够及时"));
        assertFalse(open(Sec.T2, "二、主动公开政府信息"), "only narrative sections");
        assertEquals(5, SectionTitles.continuation(Sec.FIVE, "五、存在的主要问题", "及改进情况"));
        assertEquals(6, SectionTitles.continuation(Sec.FIVE, "五、存在的主要问题", "及改进情况:一是公开不够及时"));
        assertEquals(2, SectionTitles.continuation(Sec.FIVE, "五、存在的主要问题", "及改"), "a piece of the rest");
        assertEquals(3, SectionTitles.continuation(Sec.SIX, "六、其他需要报告", "的事项"));
        assertEquals(0, SectionTitles.continuation(Sec.FIVE, "五、存在的主要问题", "一是公开不够及时"));
        assertEquals(0, SectionTitles.continuation(Sec.FIVE, "五、存在的主要问题", ""));
    }
}
