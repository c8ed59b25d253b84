package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongkai.reader.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

    private static HeaderReader.Header read(String... lines) {
        List<SourcePosition> positions = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            positions.add(SourcePosition.line(i + 1, 1));
        }
        return HeaderReader.read(List.of(lines), positions);
    }

    @Test
    void readsOrganAndYearWhicheverComesFirstEvenOverTwoLines() {
        HeaderReader.Header h = read("当前位置:首页>政府信息公开>政府信息公开年报", "凉山州经济和信息化局2021年政府信息公开工作年度报告",
                "来源:州经信局时间:2022年01月26日");
        assertEquals("凉山州经济和信息化局", h.organ());
        assertEquals(2021, h.year());
        assertEquals(LocalDate.of(2022, 1, 26), h.date());
        HeaderReader.Header shanghai = read("正文", "2025 年上海市人民政府办公厅政府信息公开", "工作年度报告");
        assertEquals("上海市人民政府办公厅", shanghai.organ());
        assertEquals(2025, shanghai.year());
        assertEquals(SourcePosition.line(2, 1), shanghai.titlePosition());
    }

    @Test
    void aTitleIsReadThroughAConvertersMarkdownMarksBeforeItsYear() {
        String[][] titles = {{"**2025 年上海市人民政府办公厅政府信息公开", "工作年度报告**"},
            {"# 2025年上海市人民政府办公厅政府信息公开工作年度报告", ""},
            {"# **2025 年上海市人民政府办公厅政府信息公开工作年度报告**", ""},
            {"- 2025年上海市人民政府办公厅政府信息公开工作年度报告", ""}};
        for (String[] title : titles) {
            HeaderReader.Header h = read("正文", title[0], title[1]);
            assertEquals("上海市人民政府办公厅", h.organ(), title[0]);
            assertEquals(2025, h.year(), title[0]);
        }
        HeaderReader.Header before = read("## **凉山州经济和信息化局**2021年政府信息公开工作年度报告");
        assertEquals("凉山州经济和信息化局", before.organ(), "an organ before the year, marks and all");
    }

    @Test
    void aTitleIsReadSpacedOutWithItsYearInChineseOrAfterAListsNumber() {
        String[] titles = {"凉 山 州 经 济 和 信 息 化 局 2021 年 政 府 信 息 公 开 工 作 年 度 报 告",
            "凉山州经济和信息化局二〇二一年政府信息公开工作年度报告", "凉山州经济和信息化局二零二一年度政府信息公开工作年度报告",
            "１．凉山州经济和信息化局２０２１年政府信息公开工作年度报告", "（一）凉山州经济和信息化局2021年政府信息公开工作年度报告"};
        for (String title : titles) {
            HeaderReader.Header h = read(title);
            assertEquals("凉山州经济和信息化局", h.organ(), title);
            assertEquals(2021, h.year(), title);
        }
        assertEquals("三门峡市人民政府", read("三门峡市人民政府2021年政府信息公开工作年度报告").organ(),
                "a numeral that starts a name is no list's number");
        assertNull(read("某局一〇二年政府信息公开工作年度报告").year(), "three numerals are no year");
        assertNull(read("本报告根据《条例》编制，全文包括政府信息公开工作情况").organ(), "no year, no title");
    }

    @Test
    void readsTheStatisticsPeriodAndTheSourceAddress() {
        HeaderReader.Header h = read("标题: 平潭综合实验区2022年度政府信息公开工作年度报告", "发布时间: 2023-02-20 15:07",
                "原文链接: https://example.org/a.htm", "本报告中所列数据统计时限为2022年1月1日至2022年12月31日。");
        assertEquals("平潭综合实验区", h.organ());
        assertEquals(LocalDate.of(2023, 2, 20), h.date());
        assertEquals("https://example.org/a.htm", h.source());
        assertEquals(2022, h.periodYear());
        assertNull(read("没有标题").organ());
    }

    @Test
    void eachSearchGoesOnPastALineWhoseWordLeadsNowhere() {
        String[] lines = {"某局2022年度政府信息公开工作年度报告", "时间: 不详", "网页 http 版", "自1月1日起施行",
            "发布时间: 2023-02-20", "原文链接: https://example.org/a.htm", "统计时限为2022年1月1日至12月31日", "http://later.org",
            "时间: 2024-01-01"};
        HeaderReader.Header fromStrings = read(lines);
        Page page = Sources.text(String.join("\n\n", lines), true);
        page.tokens();
        HeaderReader.Header fromPage = HeaderReader.read(page.head());
        for (HeaderReader.Header h : List.of(fromStrings, fromPage)) {
            assertEquals(LocalDate.of(2023, 2, 20), h.date(), "the first 时间 line with a date");
            assertEquals(2022, h.periodYear(), "the first 1月1日 with a year");
            assertEquals("https://example.org/a.htm", h.source(), "the first http line with a link's word");
        }
        assertEquals(SourcePosition.line(11, 1), fromPage.sourcePosition(), "its line on the page, blank lines counted");
    }
}
