package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.List;
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
    void aSectionsTitleAloneAfterAnotherNumeralIsItsHeading() {
        // An organ's own sections first, then the prescribed ones numbered anew.
        assertArrayEquals(heading(0, Sec.T2, false), Headings.find("一、主动公开政府信息情况"));
        assertArrayEquals(heading(0, Sec.T3, true), Headings.find("二、收到和处理政府信息公开申请情况"));
        assertArrayEquals(heading(0, Sec.T4, false), Headings.find("三、政府信息公开行政复议、行政诉讼情况"));
        assertArrayEquals(heading(0, Sec.FIVE, false), Headings.find("四、政府信息公开工作存在的主要问题及改进情况"));
        assertArrayEquals(heading(0, Sec.SIX, false), Headings.find("五、其他需要报告的事项:"));
        assertEquals(1, Headings.all("五.其他需要报告的事项", 0).size());
        // Only the title alone: words around it, or another title, are no heading.
        assertNull(Headings.find("三、主动公开工作情况"));
        assertNull(Headings.find("四、政府信息公开申请情况"));
        assertNull(Headings.find("一、主动公开政府信息情况如下"));
        assertNull(Headings.find("全文包括主动公开政府信息情况"));
        assertEquals(List.of(), Headings.all("一、主动公开政府信息情况", 1));
    }

    @Test
    void findsAHeadingGluedIntoProse() {
        String prose = "进一步加强政府信息公开工作。一是完善制度。二是强化公开。五、存在的主要问题及改进情况：一是公开不够及时。"
                + "六、其他需要报告的事项：无。";
        assertArrayEquals(heading(prose.indexOf("六、"), Sec.SIX, false), Headings.find(prose));
        assertNull(Headings.find("一是完善制度，二是强化公开。"), "a list in prose is no heading");
    }

    @Test
    void findsEveryHeadingOfAText() {
        String toc = "目录一、总体情况二、主动公开政府信息情况三、收到和处理政府信息公开申请情况";
        List<int[]> all = Headings.all(toc, 0);
        assertEquals(3, all.size());
        assertArrayEquals(heading(2, Sec.ONE, false), all.get(0));
        assertArrayEquals(heading(toc.indexOf("二、"), Sec.T2, false), all.get(1));
        assertArrayEquals(heading(toc.indexOf("三、"), Sec.T3, true), all.get(2));
        assertEquals(2, Headings.all(toc, 3).size(), "from an offset on");
        assertEquals(List.of(), Headings.all("一是完善制度，二是强化公开。", 0));
        String many = "五、改进四、复议".repeat(Headings.MAX_HEADINGS / 2) + "五、改进";
        assertEquals(null, Headings.all(many, 0), "more than the most: a table of contents or a hostile page");
        assertEquals(Headings.MAX_HEADINGS, Headings.all("五、改进四、复议".repeat(Headings.MAX_HEADINGS / 2), 0).size());
    }

    @Test
    void findsWhereAHeadingBrokenOverTwoTextsMayBegin() {
        assertEquals(0, Headings.brokenHeadingStart("二、主动公开政"));
        assertEquals(0, Headings.brokenAfter("二、主动公开政", 0, Sec.ONE));
        assertEquals(-1, Headings.brokenAfter("二、主动公开政", 0, Sec.T2), "a heading of its own section again");
        assertEquals(-1, Headings.brokenAfter("二、主动公开政", -1, Sec.ONE));
        assertEquals(0, Headings.brokenHeadingStart("二、"));
        assertEquals(0, Headings.brokenHeadingStart("四、政府信息公开行政"));
        assertEquals(0, Headings.brokenHeadingStart("四.政府信息公开行政"));
        assertEquals(0, Headings.brokenAfter("四、政府信息公开行政", 0, Sec.T3));
        assertEquals(-1, Headings.brokenAfter("四、政府信息公开行政", 0, Sec.FIVE), "in 五, a list item");
        assertEquals(0, Headings.brokenHeadingStart("六、其他需"));
        String runOn = "本机关认真贯彻落实《条例》。二、主动公开政";
        assertEquals(runOn.indexOf("二、"), Headings.brokenHeadingStart(runOn), "at the end of run-on text");
        assertEquals(-1, Headings.brokenHeadingStart("二、上年结转政府信息公开申请数量"), "a row label of table 三");
        assertEquals(-1, Headings.brokenHeadingStart("三、收到和"), "table 三 is started by its first label");
        assertEquals(-1, Headings.brokenHeadingStart("二是强化公开"), "no delimiter");
        assertEquals(-1, Headings.brokenHeadingStart("六、其他事项说明如下"), "其他需要报告 cannot start in its window");
        assertEquals(-1, Headings.brokenHeadingStart("第二、主动公开政"), "inside a word");
        assertEquals(-1, Headings.brokenHeadingStart("二、二"));
        assertArrayEquals(heading(0, Sec.T2, false), Headings.brokenHeading("二、主动公开政", 0, "府信息情况"));
        assertArrayEquals(heading(runOn.indexOf("二、"), Sec.T2, false), Headings.brokenHeading(runOn,
                runOn.indexOf("二、"), "府信息情况第二十条第(一)项"));
        assertArrayEquals(heading(0, Sec.T4, false), Headings.brokenHeading("四、政府信息公开行政", 0, "复议、行政诉讼情况"));
        assertNull(Headings.brokenHeading("四、结转下年度继续办理", 0, "0"));
        assertNull(Headings.brokenHeading("二、主动公开政", 0, "三、收到和处理政府信息公开申请情况"),
                "the heading found is the next text's own");
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
