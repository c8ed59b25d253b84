package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.internal.Headings.Sec;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static int[] heading(int at, Sec sec, boolean t3) {
        return new int[] {at, sec.ordinal(), t3 ? 1 : 0};
    }

    @Test
    void findsTheLastHeadingOfAText() {
        assertArrayEquals(heading(0, Sec.ONE, false), Headings.find("一、总体情况"));
        assertArrayEquals(heading(6, Sec.T3, true), Headings.find("一、总体情况三、收到和处理政府信息公开申请情况"));
        assertArrayEquals(heading(9, Sec.T4, true), Headings.find("三、收到和处理情况四、政府信息公开行政复议、行政诉讼情况"));
        assertNull(Headings.find("进一步提高总体情况"), "a numeral inside a word is no heading");
        assertNull(Headings.find("第三、收到和处理"), "nor one after 第");
        assertNull(Headings.find("四行政复议"), "table 四's heading needs its 、");
        assertNull(Headings.find("一、今年的工作总体情况"), "the keyword is too far from its numeral");
    }

    @Test
    void findsAHeadingGluedIntoProse() {
        String prose = "进一步加强政府信息公开工作。一是完善制度。二是强化公开。五、存在的主要问题及改进情况：一是公开不够及时。"
                + "六、其他需要报告的事项：无。";
        assertArrayEquals(heading(prose.indexOf("六、"), Sec.SIX, false), Headings.find(prose));
        assertNull(Headings.find("一是完善制度，二是强化公开。"), "a list in prose is no heading");
    }

    @Test
    void findsAHeadingBrokenOverTwoTexts() {
        assertTrue(Headings.mayBeBrokenHeading("二、主动公开政", Sec.ONE));
        assertTrue(Headings.mayBeBrokenHeading("二、", Sec.ONE));
        assertTrue(Headings.mayBeBrokenHeading("四、政府信息公开行政", Sec.T3));
        assertTrue(Headings.mayBeBrokenHeading("六、其他需", Sec.FIVE));
        assertFalse(Headings.mayBeBrokenHeading("二、主动公开政", Sec.T3), "sections come in order");
        assertFalse(Headings.mayBeBrokenHeading("二、上年结转政府信息公开申请数量", Sec.T3), "a row label of table 三");
        assertFalse(Headings.mayBeBrokenHeading("三、收到和", Sec.T2), "table 三 is started by its first label");
        assertFalse(Headings.mayBeBrokenHeading("二是强化公开", Sec.ONE), "no delimiter");
        assertFalse(Headings.mayBeBrokenHeading("六、其他事项说明如下", Sec.FIVE), "其他需要报告 cannot start in its window");
        assertFalse(Headings.mayBeBrokenHeading("二、二", Sec.ONE));
        assertArrayEquals(heading(0, Sec.T2, false), Headings.brokenHeading("二、主动公开政", "府信息情况"));
        assertArrayEquals(heading(0, Sec.T4, false), Headings.brokenHeading("四、政府信息公开行政", "复议、行政诉讼情况"));
        assertNull(Headings.brokenHeading("四、结转下年度继续办理", "0"));
        assertNull(Headings.brokenHeading("二、主动公开政", "三、收到和处理政府信息公开申请情况"),
                "the heading found is the next text's own");
    }

    @Test
    void tellsWhereAHeadingEndsBeforeItsTitle() {
        assertTrue(Headings.titleOpen(Sec.FIVE, "五、存在的主要问题"));
        assertTrue(Headings.titleOpen(Sec.FIVE, "五、政府信息公开工作存在的主要问题"));
        assertFalse(Headings.titleOpen(Sec.FIVE, "五、存在的主要问题及改进情况"), "the whole title");
        assertFalse(Headings.titleOpen(Sec.FIVE, "五、存在的主要问题:一是公开不够及时"));
        assertFalse(Headings.titleOpen(Sec.T2, "二、主动公开政府信息"), "only narrative sections");
        assertTrue(Headings.continuesTitle(Sec.FIVE, "五、存在的主要问题", "及改进情况"));
        assertTrue(Headings.continuesTitle(Sec.SIX, "六、其他需要报告", "的事项"));
        assertFalse(Headings.continuesTitle(Sec.FIVE, "五、存在的主要问题", "及改进情况一是公开不够及时"));
        assertFalse(Headings.continuesTitle(Sec.FIVE, "五、存在的主要问题", ""));
    }

    @Test
    void namesTablesAndMarkerSections() {
        assertEquals("三", Headings.tableName(ReportTable.T3));
        assertEquals("六", Headings.tableName(ReportTable.S6));
        assertTrue(Headings.isMarkerSection(Sec.T2.ordinal()));
        assertTrue(Headings.isMarkerSection(Sec.NONE.ordinal()));
        assertFalse(Headings.isMarkerSection(Sec.FIVE.ordinal()));
        assertTrue(Headings.mayStartKeyword('总'));
        assertFalse(Headings.mayStartKeyword('的'));
        assertTrue(Headings.mayStartKeyword('五'), "a broken heading's numeral");
        assertFalse(Headings.mayStartKeyword('三'), "table 三's heading is not looked for broken");
    }
}
