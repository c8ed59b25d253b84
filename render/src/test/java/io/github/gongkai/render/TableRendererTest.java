package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>|*_#[x](y)&amp;";

    private static Report report(Edition edition) {
        return Report.builder(edition).organName("某县人民政府办公室").reportYear(edition == Edition.V2021 ? 2023 : 2019)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(12))
                .set(CellRef.parse("T3/newlyReceived/total"), CellValue.count(12))
                .build();
    }

    private static String render(TableFormat format, Report report) {
        return TableRenderer.of(format).render(report);
    }

    @Test
    void oneRendererPerFormat() {
        for (TableFormat format : TableFormat.values()) {
            assertSame(TableRenderer.of(format), TableRenderer.of(format));
            assertEquals(format, TableRenderer.of(format).format());
            assertEquals("TableRenderer[" + format + "]", TableRenderer.of(format).toString());
        }
        assertThrows(NullPointerException.class, () -> TableRenderer.of(null));
        assertThrows(NullPointerException.class, () -> TableRenderer.of(TableFormat.TEXT).render(null));
        assertThrows(NullPointerException.class,
                () -> TableRenderer.of(TableFormat.TEXT).render(report(Edition.V2021), null));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void theHeadingComesFirstAndEveryTableOfTheEditionFollows(TableFormat format) {
        String page = render(format, report(Edition.V2021));
        int heading = page.indexOf("某县人民政府办公室2023年政府信息公开工作年度报告");
        assertTrue(heading >= 0 && heading < page.indexOf("二、主动公开政府信息情况"), page);
        assertTrue(page.indexOf("二、主动公开") < page.indexOf("三、收到和处理") && page.indexOf("三、收到和处理")
                < page.indexOf("四、政府信息公开行政复议") && page.indexOf("四、政府信息公开行政复议")
                < page.indexOf("六、其他需要报告的事项"), page);
        for (String label : List.of("第二十条第（一）项", "本年制发件数", "本年收费金额（单位：万元）", "申请人情况", "法人或其他组织",
                "三、本年度办理结果", "（三）不予公开", "2.重复申请", "3.其他", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                "尚未审结", "发出收费通知的件数", "实际收取的总金额")) {
            assertTrue(page.contains(label), label);
        }
        assertTrue(page.endsWith("\n"));
        assertFalse(page.contains("\r"));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void the2019EditionHasItsOwnRowsAndNoSectionSix(TableFormat format) {
        String page = render(format, report(Edition.V2019));
        assertTrue(page.contains("本年新制作数量") && page.contains("政府集中采购") && page.contains("本年增/减"), page);
        assertTrue(page.contains("（六）其他处理"), page);
        assertFalse(page.contains("3.其他"), page);
        assertFalse(page.contains("六、其他需要报告的事项"), page);
    }

    @Test
    void htmlEscapesAHostileOrganName() {
        Report report = report(Edition.V2021).toBuilder().organName(HOSTILE).build();
        String html = render(TableFormat.HTML, report);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"
                + "|*_#[x](y)&amp;amp;2023年"), html);
    }

    @Test
    void markdownEscapesAHostileOrganNameAndAPipeInACell() {
        Report report = report(Edition.V2021).toBuilder().organName(HOSTILE)
                .set(CellRef.parse("T3/carriedOver/total"), CellValue.notApplicable("|"))
                .build();
        String md = render(TableFormat.MARKDOWN, report);
        assertTrue(md.startsWith("# \\<script\\>alert(1)\\</script\\>\"\\>\\<img src=x onerror=alert(2)\\>"
                + "\\|\\*\\_\\#\\[x\\](y)\\&amp;2023年政府信息公开工作年度报告\n"), md);
        assertTrue(md.contains("| 二、上年结转政府信息公开申请数量 |  |  |  |  |  |  | \\| |\n"), md);
    }

    @Test
    void textWritesTheOrganAsItIs() {
        Report report = report(Edition.V2021).toBuilder().organName(HOSTILE).build();
        assertTrue(render(TableFormat.TEXT, report).startsWith(HOSTILE + "2023年政府信息公开工作年度报告\n"));
    }

    @Test
    void cellsArePrintedAsTheReportHoldsThem() {
        Report report = Report.builder(Edition.V2019).organName("某局").reportYear(2020)
                .set(CellRef.parse("T2/licensing/change"), CellValue.signedCount(5))
                .set(CellRef.parse("T2/punishment/change"), CellValue.signedCount(-3))
                .set(CellRef.parse("T2/coercion/change"), CellValue.signedCount(0))
                .set(CellRef.parse("T2/centralizedProcurement/totalAmount"),
                        CellValue.amount(new BigDecimal("348.37"), AmountUnit.TEN_THOUSAND_YUAN))
                .set(CellRef.parse("T2/rules/newlyMade"), CellValue.notApplicable("—"))
                .build();
        String text = render(TableFormat.TEXT, report);
        assertTrue(text.contains("| 行政许可             |                |        +5 |              |\n"), text);
        assertTrue(text.contains("| 行政处罚 |                |        -3 |              |\n"), text);
        assertTrue(text.contains("| 行政强制 |                |         0 |              |\n"), text);
        assertTrue(text.contains("| 政府集中采购 |              | 348.37万元 |\n"), text);
        assertTrue(text.contains("| 规章       |              — |                |                |\n"), text);
    }

    @Test
    void amountsKeepTheirScaleAndShowTheirUnitUnlessTheHeaderDoes() {
        Report report = report(Edition.V2021).toBuilder()
                .set(CellRef.parse("T2/administrativeFees/amount"), CellValue.amount(new BigDecimal("12.50")))
                .set(CellRef.parse("S6/informationProcessingFees/amountNoticed"), CellValue.amount(new BigDecimal("0.00")))
                .set(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                        CellValue.amount(new BigDecimal("380"), AmountUnit.YUAN))
                .build();
        String html = render(TableFormat.HTML, report);
        assertTrue(html.contains("<th scope=\"row\">行政事业性收费</th><td colspan=\"3\">12.50</td>"), html);
        assertTrue(html.contains("<td>0.00元</td><td>380元</td>"), html);
        Report yuan = report.with(CellRef.parse("T2/administrativeFees/amount"),
                CellValue.amount(new BigDecimal("1200"), AmountUnit.YUAN));
        assertTrue(render(TableFormat.MARKDOWN, yuan).contains("| 行政事业性收费 | 1200元 |"));
    }

    @Test
    void anUnreadCellIsAQuestionMarkThatNoNumberCanBeMistakenFor() {
        CellRef cell = CellRef.parse("T3/newlyReceived/commercialEnterprise");
        Report report = report(Edition.V2021).with(cell, CellValue.unread(UnreadReason.AMBIGUOUS));
        assertTrue(render(TableFormat.HTML, report).contains("<td>12</td><td data-unread=\"ambiguous\">?</td><td></td>"));
        assertTrue(render(TableFormat.MARKDOWN, report).contains("| 一、本年新收政府信息公开申请数量 | 12 | ? |  |"));
        assertTrue(render(TableFormat.TEXT, report).contains("|     12 |        ? |          |"));
    }

    @Test
    void blankCellsAreEmpty() {
        String html = render(TableFormat.HTML, report(Edition.V2021));
        assertTrue(html.contains("<th scope=\"row\" colspan=\"3\">二、上年结转政府信息公开申请数量</th>"
                + "<td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"), html);
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void writingToAnAppendableGivesTheSameCharacters(TableFormat format) throws IOException {
        Report report = report(Edition.V2021);
        StringWriter writer = new StringWriter();
        TableRenderer.of(format).render(report, writer);
        assertEquals(render(format, report), writer.toString());
    }

    @Test
    void anAppendableThatThrowsPassesItsExceptionOn() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        for (TableFormat format : TableFormat.values()) {
            IOException e = assertThrows(IOException.class, () -> TableRenderer.of(format).render(report(Edition.V2021),
                    broken));
            assertEquals("disk full", e.getMessage());
        }
    }

    @Test
    void renderersAreSafeToShareBetweenThreads() throws Exception {
        Report report = RoundTripTest.generate(42);
        String expected = render(TableFormat.HTML, report);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> render(TableFormat.HTML, report)));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
