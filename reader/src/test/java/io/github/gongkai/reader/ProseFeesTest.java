package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.UnreadReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Section 六's fee figures stated only in a sentence: the sample report with its section 六 replaced. A figure is
 * read only into a cell nothing printed, says so in its provenance and a warning, and never against a printed one.
 */
class ProseFeesTest {

    private static final ReportReader READER = ReportReader.standard();
    static final CellRef NOTICES = CellRef.parse("S6/informationProcessingFees/noticesIssued");
    static final CellRef NOTICED = CellRef.parse("S6/informationProcessingFees/amountNoticed");
    static final CellRef COLLECTED = CellRef.parse("S6/informationProcessingFees/amountCollected");

    private static String sample() throws IOException {
        return Files.readString(Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt"), StandardCharsets.UTF_8);
    }

    /** The sample with the sentence of section 六 replaced. */
    static ReadResult withSix(String sentence) throws IOException {
        String page = sample().replace("2021年,我未收取过信息处理费,发出收费通知的件数为0件、总金额为0,实际收取的总金额为0元。",
                sentence);
        return READER.read(page, SourceFormat.TEXT);
    }

    private static List<ReadingWarning> warnings(ReadResult r, ReadingWarning.Code code) {
        return r.reading().warnings().stream().filter(w -> w.code() == code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021年，本机关收取信息处理费共计380元。|380|YUAN|380元",
        "本年度共收取信息处理费0元。|0|YUAN|0元",
        "全年收取政府信息公开信息处理费 0 元，无其他需要报告的事项。|0|YUAN|0 元",
        "本年度实际收取信息处理费合计1.25万元。|1.25|TEN_THOUSAND_YUAN|1.25万元",
        "我局信息处理费共收取120元。|120|YUAN|120元",
        "本机关收取的信息处理费为380.50元（其中复制费20元）。|380.50|YUAN|380.50元"})
    void theAmountCollectedIsReadFromASentence(String sentence, String value, AmountUnit unit, String raw)
            throws IOException {
        ReadResult r = withSix(sentence);
        CellValue.Amount a = assertInstanceOf(CellValue.Amount.class, r.report().get(COLLECTED));
        assertEquals(new BigDecimal(value), a.value());
        assertEquals(unit, a.unit());
        Provenance p = r.provenance(COLLECTED).orElseThrow();
        assertEquals(raw, p.raw());
        assertTrue(p.note().orElseThrow().startsWith("stated only in a sentence of section 六"), p.toString());
        assertInstanceOf(SourcePosition.Line.class, p.position());
        assertEquals(1, warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE).size(), r.reading().toString());
        assertEquals(COLLECTED, warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE).get(0).cell().orElseThrow());
        assertTrue(r.reading().isNotFound(NOTICES), "not stated: " + r.reading());
        assertTrue(r.reading().isNotFound(NOTICED), "not stated: " + r.reading());
    }

    @Test
    void aDenialIsZeroAtTheWordsThatSaySo() throws IOException {
        ReadResult r = withSix("2021年，本机关未向申请人收取任何信息处理费。");
        assertEquals(0, ((CellValue.Amount) r.report().get(COLLECTED)).value().signum());
        Provenance p = r.provenance(COLLECTED).orElseThrow();
        assertEquals("未向申请人收取任何信息处理费", p.raw());
        SourcePosition.Line at = assertInstanceOf(SourcePosition.Line.class, p.position());
        assertEquals(10, at.column(), p.toString());
        assertTrue(r.reading().isNotFound(NOTICES));
    }

    @Test
    void noNoticeIssuedIsNoNoticeAndNoAmountNoticed() throws IOException {
        ReadResult r = withSix("本年度未发出收费通知，未收取信息处理费。");
        assertEquals(CellValue.count(0), r.report().get(NOTICES));
        assertEquals(0, ((CellValue.Amount) r.report().get(NOTICED)).value().signum());
        assertEquals(0, ((CellValue.Amount) r.report().get(COLLECTED)).value().signum());
        assertEquals("未发出收费通知", r.provenance(NOTICES).orElseThrow().raw());
        assertEquals(3, warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE).size());
        assertTrue(r.reading().isComplete(), r.reading().toString());
    }

    @Test
    void noticesIssuedAreReadWithTheirUnit() throws IOException {
        ReadResult r = withSix("本年度共发出收费通知书2份，收取信息处理费共计200元。");
        assertEquals(CellValue.count(2), r.report().get(NOTICES));
        assertEquals("2", r.provenance(NOTICES).orElseThrow().raw());
        assertTrue(r.reading().isNotFound(NOTICED));
        ReadResult bare = withSix("本年度发出收费通知2。");
        assertTrue(bare.reading().isNotFound(NOTICES), "a count without its unit is not read: " + bare.reading());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "超出部分按件收取信息处理费100元。",
        "收取信息处理费标准为每件100元。",
        "全县共收取信息处理费380元。",
        "各部门收取信息处理费合计380元。",
        "收取信息处理费100元/件。",
        "收取信息处理费约380元。",
        "收取信息处理费380。",
        "未收取信息处理费0元。",
        "应收取信息处理费380元。",
        "申请人逾期未按收费通知要求缴纳费用的，不再处理。",
        "信息处理费380元。"})
    void whatIsNotClearlyThisYearsFigureIsNotRead(String sentence) throws IOException {
        ReadResult r = withSix(sentence);
        for (CellRef cell : List.of(NOTICES, NOTICED, COLLECTED)) {
            assertEquals(CellValue.unread(UnreadReason.NOT_FOUND), r.report().get(cell), cell + " " + r.reading());
            assertTrue(r.reading().isNotFound(cell), cell + " " + r.reading());
        }
        assertEquals(List.of(), warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE));
    }

    @Test
    void thePrintedFigureWinsAndASentenceThatDisagreesIsAWarning() throws IOException {
        ReadResult r = withSix("本年度共收取信息处理费50元。发出收费通知的件数为1件、总金额为50元，实际收取的总金额为0元。");
        assertEquals(0, ((CellValue.Amount) r.report().get(COLLECTED)).value().signum());
        assertEquals("0元", r.provenance(COLLECTED).orElseThrow().raw());
        assertTrue(r.provenance(COLLECTED).orElseThrow().note().isEmpty());
        List<ReadingWarning> differs = warnings(r, ReadingWarning.Code.PROSE_FIGURE_DIFFERS);
        assertEquals(1, differs.size(), r.reading().toString());
        assertEquals(COLLECTED, differs.get(0).cell().orElseThrow());
        assertTrue(differs.get(0).message().contains("50元"), differs.get(0).message());
        assertEquals(List.of(), warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE));
    }

    @Test
    void aSentenceThatAgreesWithThePrintedFigureSaysNothing() throws IOException {
        ReadResult r = withSix("收取信息处理费0.01万元。发出收费通知的件数为1件、总金额为100元，实际收取的总金额为100元。");
        assertEquals(List.of(), warnings(r, ReadingWarning.Code.PROSE_FIGURE_DIFFERS));
        assertEquals(List.of(), warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE));
        assertEquals(READER.read(sample(), SourceFormat.TEXT).reading().warnings(), withSix(
                "2021年,我未收取过信息处理费,发出收费通知的件数为0件、总金额为0,实际收取的总金额为0元。").reading().warnings());
    }

    @Test
    void sentencesThatDisagreeAmongThemselvesAreAnAmbiguity() throws IOException {
        ReadResult r = withSix("全年收取信息处理费380元。经核实，本年度共收取信息处理费400元。");
        Ambiguity a = r.reading().ambiguity(COLLECTED).orElseThrow();
        assertEquals(2, a.candidateCount());
        assertEquals("380元 | 400元", a.raw());
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS), r.report().get(COLLECTED));
        ReadResult same = withSix("全年收取信息处理费380元。经核实，本年度共收取信息处理费380元。");
        assertEquals("380", ((CellValue.Amount) same.report().get(COLLECTED)).value().toPlainString());
    }

    @Test
    void aSecondHeadingOfSectionSixStartsItsSentencesAnew() throws IOException {
        ReadResult r = withSix("收取信息处理费380元。\n六、其他需要报告的事项\n本年度共收取信息处理费0元。");
        assertEquals(0, ((CellValue.Amount) r.report().get(COLLECTED)).value().signum());
        assertTrue(r.reading().ambiguity(COLLECTED).isEmpty());
    }

    @Test
    void htmlParagraphsAreSentencesOfTheirOwn() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"))
                .replace("<p>本机关2023年度发出收费通知的件数为１件，总金额为１００元，实际收取的总金额为０元。</p>",
                        "<p>本机关本年度未收取</p><p>信息处理费。收取信息处理费</p><p>共计１００元。</p>");
        ReadResult r = READER.read(html, SourceFormat.HTML);
        // "未收取" and "信息处理费" stand in different paragraphs; "共计１００元" is not the end of a fee clause.
        assertEquals(CellValue.unread(UnreadReason.NOT_FOUND), r.report().get(COLLECTED), r.reading().toString());
        ReadResult one = READER.read(html.replace("<p>共计１００元。</p>", "").replace("信息处理费。收取信息处理费",
                "共收取信息处理费１００元"), SourceFormat.HTML);
        assertEquals("100", ((CellValue.Amount) one.report().get(COLLECTED)).value().toPlainString());
        assertInstanceOf(SourcePosition.Block.class, one.provenance(COLLECTED).orElseThrow().position());
    }

    @Test
    void the2019EditionHasNoFeeCells() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/fixtures/text_2019.txt"));
        ReadResult r = READER.read(page + "\n收取信息处理费共计380元。", SourceFormat.TEXT);
        assertEquals(List.of(), warnings(r, ReadingWarning.Code.FIGURE_FROM_PROSE));
    }
}
