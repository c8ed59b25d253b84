package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportReaderTest {

    private static final Path SAMPLE = Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt");
    private static final ReportReader READER = ReportReader.standard();

    private static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSampleReportIntoExactlyItsPrintedValuesAndItValidatesClean() throws IOException {
        ReadResult result = READER.read(sample());
        Report report = result.report();
        assertEquals(Edition.V2021, report.edition());
        assertEquals(SourceFormat.TEXT, result.reading().format());
        assertEquals(CellRef.all(Edition.V2021).size(), result.reading().cellsRead().size());
        assertTrue(result.reading().isComplete());
        assertEquals(List.of(), result.reading().warnings());
        assertEquals(CellValue.count(64), report.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(CellValue.count(1), report.get(CellRef.parse("T2/normativeDocuments/inForce")));
        assertEquals(List.of(), Identities.violations(report));
        assertEquals("凉山州经济和信息化局", report.header().organName());
        assertEquals(2021, report.header().reportYear());
        assertEquals(LocalDate.of(2022, 1, 26), report.header().publicationDate().orElseThrow());
        Provenance p = result.provenance(CellRef.parse("T2/licensing/decisions")).orElseThrow();
        assertEquals(SourcePosition.line(61, 1), p.position());
        assertEquals("64", p.raw());
    }

    @Test
    void keepsTheNarrativeSections() throws IOException {
        Report report = READER.read(sample()).report();
        assertTrue(report.narrative().overview().orElseThrow().startsWith("2021年,州经济和信息化局"));
        assertTrue(report.narrative().problemsAndImprovements().orElseThrow().contains("存在问题"));
        assertTrue(report.narrative().otherMatters().orElseThrow().contains("信息处理费"));
    }

    @Test
    void aPublishedTableThatViolatesAnIdentityIsReadAsPrinted() throws IOException {
        List<String> lines = new ArrayList<>(List.of(sample().split("\n", -1)));
        assertEquals("0", lines.get(110)); // line 111: 一、本年新收 / 自然人
        lines.set(110, "5");
        ReadResult result = READER.read(String.join("\n", lines));
        assertEquals(CellValue.count(5), result.report().get(CellRef.parse("T3/newlyReceived/naturalPerson")));
        assertTrue(result.reading().isComplete());
        assertEquals(List.of(), result.reading().warnings(), "the reader does not judge the numbers");
        assertFalse(Identities.violations(result.report()).isEmpty(), "validation finds it");
    }

    @Test
    void toleratesTheLabelVariantsRealReportsUse() throws IOException {
        String text = sample().replace("(七)总计", "七、总计")
                .replace("四、结转下年度继续办理", "四、结转下一年度继续办理")
                .replace("1.属于国家秘密", "1、属于国家秘密")
                .replace("3.危及“三安全一稳定”", "3. 危及\"三安全一稳定\"")
                .replace("(一)予以公开", "（一） 予以公开")
                .replace("2.重复申请", "２．重复申请");
        ReadResult result = READER.read(text);
        assertTrue(result.reading().isComplete(), result.reading().toString());
        assertEquals(List.of(), result.reading().warnings());
    }

    @Test
    void aCellThatIsNotANumberOfItsColumnIsLeftUnreadAsDamagedAndReported() throws IOException {
        List<String> lines = new ArrayList<>(List.of(sample().split("\n", -1)));
        assertEquals("64", lines.get(60));
        lines.set(60, "6.4");
        ReadResult result = READER.read(String.join("\n", lines));
        CellRef cell = CellRef.parse("T2/licensing/decisions");
        assertEquals(CellValue.unread(UnreadReason.DAMAGED), result.report().get(cell));
        Ambiguity a = result.reading().ambiguity(cell).orElseThrow();
        assertTrue(a.reason().contains("count"), a.reason());
        assertTrue(result.reading().warnings().stream()
                .anyMatch(w -> w.code() == ReadingWarning.Code.UNREADABLE_VALUE && w.cell().orElseThrow().equals(cell)));
    }

    @Test
    void aFlattenedRowThatLostACellIsAmbiguousNotSplit() throws IOException {
        String text = sample().replace("二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0",
                "二、上年结转政府信息公开申请数量\n\n10\n\n0\n\n0\n\n0\n\n0\n\n10");
        ReadResult result = READER.read(text);
        Ambiguity a = result.reading().ambiguity(CellRef.parse("T3/carriedOver/total")).orElseThrow();
        assertEquals(7, a.cells().size());
        assertEquals(7, a.candidateCount(), "one candidate per place the lost cell could have been: " + a);
        assertTrue(a.reason().contains("lost"), a.reason());
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS), result.report().get(CellRef.parse("T3/carriedOver/total")));
    }

    @Test
    void aGluedRunTooLongToSearchIsNeverSplit() throws IOException {
        String text = sample().replace("一、本年新收政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0",
                "一、本年新收政府信息公开申请数量 1234567891234567891234567890");
        ReadResult result = ReportReader.builder().maxSplitSteps(1_000).build().read(text);
        Ambiguity a = result.reading().ambiguity(CellRef.parse("T3/newlyReceived/total")).orElseThrow();
        assertTrue(a.searchExhausted(), a.toString());
        String run = "1234567891234567891234567890";
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of(run, 6, 7)),
                result.report().get(CellRef.parse("T3/newlyReceived/total")));
        assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of(run, 0, 7)),
                result.report().get(CellRef.parse("T3/newlyReceived/naturalPerson")));
    }

    @Test
    void aPageThatIsNotAReportIsAnError() {
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> READER.read("<html><body><p>通知公告</p><table><tr><td>1</td></tr></table></body></html>"));
        assertEquals(ReportReadException.Reason.NOT_A_REPORT, e.reason());
        assertEquals(ReportReadException.Reason.NOT_A_REPORT,
                assertThrows(ReportReadException.class, () -> READER.read("")).reason());
    }

    @Test
    void aPageWithoutTableThreeIsAnError() throws IOException {
        String text = sample();
        String withoutT3 = text.substring(0, text.indexOf("三、收到和处理政府信息公开申请情况"));
        ReportReadException e = assertThrows(ReportReadException.class, () -> READER.read(withoutT3));
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, e.reason());
        String emptyT3 = withoutT3 + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n四、政府信息公开行政复议、行政诉讼情况\n";
        ReportReadException e2 = assertThrows(ReportReadException.class, () -> READER.read(emptyT3));
        assertEquals(ReportReadException.Reason.NO_APPLICATIONS_TABLE, e2.reason());
        assertTrue(e2.position().isPresent(), "names where table 三 was looked for");
        assertTrue(e2.getMessage().contains("line"), e2.getMessage());
    }

    @Test
    void limitsAreEnforced() throws IOException {
        ReportReader small = ReportReader.builder().maxInputLength(100).build();
        ReportReadException e = assertThrows(ReportReadException.class, () -> small.read(sample()));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertThrows(IllegalArgumentException.class, () -> ReportReader.builder().maxInputLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReportReader.builder().maxCandidates(0));
        assertThrows(IllegalArgumentException.class, () -> ReportReader.builder().maxSplitSteps(-1));
        assertThrows(IllegalArgumentException.class, () -> ReportReader.builder().maxHtmlGridCells(0));
        String html = "<table>" + "<tr><td rowspan=200 colspan=200>x</td></tr>".repeat(10) + "</table>"
                + "<p>三、收到和处理政府信息公开申请情况</p>";
        ReportReadException e2 = assertThrows(ReportReadException.class,
                () -> ReportReader.builder().maxHtmlGridCells(1000).build().readHtml(html));
        assertEquals(ReportReadException.Reason.LIMIT_EXCEEDED, e2.reason());
    }

    @Test
    void readingIsDeterministicAndTheReaderIsThreadSafe() throws Exception {
        String text = sample();
        ReadResult first = READER.read(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadResult>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> READER.read(text)));
            }
            for (Future<ReadResult> f : futures) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readsFilesByExtensionAndRecordsTheirSource(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("page.html");
        Files.writeString(html, Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html")));
        ReadResult r = READER.read(html);
        assertEquals(SourceFormat.HTML, r.reading().format());
        assertEquals("page.html", r.report().header().source().orElseThrow());
        ReadResult pingtan = READER.read(Path.of("src/test/resources/corpus/005_pingtan_2022.txt"));
        assertEquals("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm",
                pingtan.report().header().source().orElseThrow());
        Path latin1 = dir.resolve("bad.txt");
        Files.write(latin1, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertEquals(ReportReadException.Reason.UNREADABLE_INPUT,
                assertThrows(ReportReadException.class, () -> READER.read(latin1)).reason());
    }

    @Test
    void aDirectoryIsNamedInTheError(@TempDir Path dir) {
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> READER.read(dir));
        assertEquals(dir.toString(), e.getFile());
        assertEquals(dir + ": is a directory, not a report file", e.getMessage());
    }

    @Test
    void filesInGbkAreDecodedAndSaySo(@TempDir Path dir) throws IOException {
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"))
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">");
        Path declared = dir.resolve("gbk.html");
        Files.write(declared, html.getBytes(java.nio.charset.Charset.forName("GBK")));
        ReadResult fromHtml = READER.read(declared);
        assertEquals(READER.readHtml(html).report().cells(), fromHtml.report().cells());
        ReadingWarning w = fromHtml.reading().warnings().get(0);
        assertEquals(ReadingWarning.Code.CHARSET_NOT_UTF8, w.code());
        assertTrue(w.message().contains("GBK"), w.message());
        Path undeclared = dir.resolve("gbk.txt");
        Files.write(undeclared, sample().getBytes(java.nio.charset.Charset.forName("GBK")));
        ReadResult fromText = READER.read(undeclared);
        assertEquals(READER.read(sample()).report().cells(), fromText.report().cells());
        assertEquals("凉山州经济和信息化局", fromText.report().header().organName());
        assertTrue(fromText.reading().warnings().get(0).message().contains("GB18030"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gb2312", "GB2312", "gbk", "x-gbk", "csgb2312"})
    void aPageDeclaringGb2312OrGbkIsDecodedAsBrowsersDoWithTheCharactersOfGbk(String label, @TempDir Path dir)
            throws IOException {
        // Pages declare GB2312 and use GBK: 镕 and 堃 are GBK's alone, and GBK's A1AA is read as U+2014 (—) by
        // GB18030, as browsers read it, where Java's GB2312 reads U+2015 and replaces the others.
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"))
                .replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset="
                        + label + "\">")
                .replace("某某县人民政府办公室", "镕堃县人民政府办公室");
        Path page = dir.resolve("page.html");
        Files.write(page, html.getBytes(java.nio.charset.Charset.forName("GB18030")));
        ReadResult result = READER.read(page);
        assertEquals("镕堃县人民政府办公室", result.report().header().organName());
        assertEquals(READER.readHtml(html).report().cells(), result.report().cells(), "— read as the page has it");
        ReadingWarning w = result.reading().warnings().get(0);
        assertEquals(ReadingWarning.Detail.CHARSET_DECLARED, w.detail());
        String named = label.startsWith("gb2312") || label.equals("GB2312") ? "GB2312" : "GBK";
        assertEquals(List.of("page.html", named), w.arguments(), "the charset the page declares");
    }

    @Test
    void readHtmlIsReadWithTheHtmlFormat() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/fixtures/html_2021_rowspan.html"));
        assertEquals(READER.read(html, SourceFormat.HTML), READER.readHtml(html));
        assertEquals(READER.readHtml(html), READER.read(html));
    }

    @Test
    void aPageWithoutTitleGetsAnInferredHeaderAndSaysSo() throws IOException {
        String text = sample();
        String untitled = text.substring(text.indexOf("二、主动公开政府信息情况"));
        ReadResult result = READER.read(untitled);
        assertEquals(ReportReader.UNKNOWN_ORGAN, result.report().header().organName());
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.HEADER_INFERRED));
        assertInstanceOf(CellValue.Count.class, result.report().get(CellRef.parse("T2/licensing/decisions")));
    }

    @Test
    void damagedPagesGiveAResultOrAReportReadExceptionAndNothingElse() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources/corpus", "src/test/resources/fixtures",
            "src/test/resources/fixtures/content"}) {
            try (var files = Files.list(Path.of(dir))) {
                files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".csv")
                        && !f.toString().endsWith("README.md")).sorted().forEach(pages::add);
            }
        }
        java.util.Random random = new java.util.Random(42);
        String noise = "0123456789０１|（）()、. \n—/无一二三四五六七八九十总计规章<td>";
        int results = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            List<String> variants = new ArrayList<>();
            for (int cut = 0; cut < text.length(); cut += Math.max(1, text.length() / 40)) {
                variants.add(text.substring(0, cut));
                variants.add(text.substring(cut));
            }
            for (int i = 0; i < 40; i++) {
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 20; k++) {
                    int at = random.nextInt(sb.length());
                    char c = noise.charAt(random.nextInt(noise.length()));
                    if (random.nextBoolean()) {
                        sb.setCharAt(at, c);
                    } else {
                        sb.insert(at, c);
                    }
                }
                variants.add(sb.toString());
            }
            for (String v : variants) {
                try {
                    ReadResult r = READER.read(v);
                    int accounted = r.reading().cellsRead().size() + r.reading().blankCells().size()
                            + r.reading().notFound().size()
                            + r.reading().ambiguities().stream().mapToInt(a -> a.cells().size()).sum();
                    assertEquals(CellRef.all(r.edition()).size(), accounted, page.toString());
                    results++;
                } catch (ReportReadException expected) {
                    assertTrue(expected.getMessage() != null);
                }
            }
        }
        assertTrue(results > 100, "most damaged pages still read: " + results);
    }

    @Test
    void proseInsideTableThreeThatNamesARowDoesNotUseTheRowUp() throws IOException {
        String text = sample().replace("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
                "本年度不予处理的申请中,重复申请 3 件。");
        ReadResult result = READER.read(text);
        assertTrue(result.reading().isComplete(), result.reading().toString());
        assertEquals(CellValue.count(0), result.report().get(CellRef.parse("T3/notProcessed.duplicate/total")));
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.UNPLACED_NUMBERS
                && w.message().contains("3 件")), result.reading().toString());
    }

    @Test
    void tableThreeWithoutItsHeadingIsFoundByItsFirstRow() throws IOException {
        String text = sample().replace("三、收到和处理政府信息公开申请情况", "");
        ReadResult result = READER.read(text);
        assertTrue(result.reading().isComplete(), result.reading().toString());
        assertTrue(result.reading().warnings().stream().anyMatch(w -> w.code() == ReadingWarning.Code.HEADING_MISSING));
    }

    @Test
    void describesItsLimits() {
        assertTrue(ReportReader.builder().maxCandidates(5).build().toString().contains("maxCandidates=5"));
    }
}
